package dev.charter.solver;

import dev.charter.solver.DatalogConstitution.Clause;
import dev.charter.solver.DatalogConstitution.Comparison;
import dev.charter.solver.DatalogConstitution.Literal;
import dev.charter.solver.DatalogConstitution.Negated;
import dev.charter.solver.DatalogConstitution.Positive;
import dev.charter.solver.DatalogConstitution.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The second version for {@code charter diff}: the first with one change of the kind a reviewer
 * sees in a pull request — a clause's comparison constant, a dropped body literal, a flipped
 * negation, a rule's effect or priority — or no change at all. A change the compiler rejects
 * (dropping the literal that binds a variable) is replaced by another; when none compiles the
 * version is unchanged.
 */
final class ConstitutionMutations {

    private static final int ATTEMPTS = 20;

    private ConstitutionMutations() {}

    /** A second version and what changed, in words. */
    record Mutant(DatalogConstitution version, String change) {}

    static Mutant mutate(DatalogConstitution original, long seed) {
        return mutate(original, seed, 10);
    }

    /** A change to a clause only (constant, dropped literal, flipped negation): the changes that alter a derived relation. */
    static Mutant mutateClause(DatalogConstitution original, long seed) {
        return mutate(original, seed, 8);
    }

    /**
     * A change to what the versions read from the host: a new input relation a top-priority rule
     * reads, or {@code limit}'s int column retyped to decimal. Snapshots of the original fit both.
     */
    static Mutant mutateKnowledge(DatalogConstitution original, long seed) {
        Random random = new Random(seed);
        List<String> declarations = new ArrayList<>(original.declarations());
        int limit = declarations.indexOf("input relation limit(agent: string, max: int)");
        if (limit >= 0 && random.nextBoolean()) {
            declarations.set(limit, "input relation limit(agent: string, max: decimal)");
            Mutant retyped = new Mutant(original.withDeclarations(declarations), "limit.max retyped to decimal");
            if (RandomDatalogConstitutions.compiles(retyped.version())) {
                return retyped;
            }
            declarations = new ArrayList<>(original.declarations());
        }
        declarations.add("input relation vip(agent: string)");
        List<Rule> rules = new ArrayList<>(original.rules());
        rules.add(new Rule(
                "vip_rule", random.nextBoolean() ? "deny" : "permit", "*", null, List.of("vip(agent)"), null, 100));
        return new Mutant(original.withDeclarations(declarations).withRules(rules), "input relation vip added");
    }

    /** Draws the kind of change from the first {@code kinds} of: none, constant (3), drop (2), flip (2), effect, priority. */
    private static Mutant mutate(DatalogConstitution original, long seed, int kinds) {
        Random random = new Random(seed);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Mutant mutant = switch (kinds == 10 ? random.nextInt(10) : 1 + random.nextInt(kinds - 1)) {
                case 0 -> new Mutant(original, "no change");
                case 1, 2, 3 -> clauseConstant(original, random);
                case 4, 5 -> dropLiteral(original, random);
                case 6, 7 -> flipNegation(original, random);
                case 8 -> ruleEffect(original, random);
                default -> rulePriority(original, random);
            };
            if (mutant != null && RandomDatalogConstitutions.compiles(mutant.version())) {
                return mutant;
            }
        }
        return new Mutant(original, "no change");
    }

    private static Mutant clauseConstant(DatalogConstitution original, Random random) {
        List<int[]> sites = sites(
                original,
                l -> l instanceof Comparison c
                        && !alternatives(original, c.right()).isEmpty());
        if (sites.isEmpty()) {
            return null;
        }
        int[] site = sites.get(random.nextInt(sites.size()));
        Comparison c = (Comparison) original.clauses().get(site[0]).body().get(site[1]);
        List<String> choices = alternatives(original, c.right());
        Comparison changed = new Comparison(c.left(), c.op(), choices.get(random.nextInt(choices.size())));
        return replaced(
                original, site, changed, "clause " + (site[0] + 1) + ": " + c.text() + " became " + changed.text());
    }

    /** The constants that could replace {@code constant}: an int ±1 or another threshold, another agent, role or action; none for a variable. */
    private static List<String> alternatives(DatalogConstitution original, String constant) {
        List<String> out = new ArrayList<>();
        if (constant.matches("-?\\d+")) {
            long now = Long.parseLong(constant);
            out.add(String.valueOf(now - 1));
            out.add(String.valueOf(now + 1));
            original.pools().ints().stream().filter(k -> k != now).forEach(k -> out.add(String.valueOf(k)));
        } else if (DatalogConstitution.ACTION_SOURCES.contains(constant)) {
            out.addAll(DatalogConstitution.ACTION_SOURCES);
        } else if (constant.startsWith("\"")) {
            original.pools().agents().forEach(a -> out.add(RandomDatalogConstitutions.quote(a)));
        } else if (DatalogConstitution.ROLES.contains(constant)) {
            out.addAll(DatalogConstitution.ROLES);
        }
        out.remove(constant);
        return out;
    }

    private static Mutant dropLiteral(DatalogConstitution original, Random random) {
        List<int[]> sites = sites(original, l -> true);
        if (sites.isEmpty()) {
            return null;
        }
        int[] site = sites.get(random.nextInt(sites.size()));
        Clause clause = original.clauses().get(site[0]);
        if (clause.body().size() < 2) {
            return null;
        }
        List<Literal> body = new ArrayList<>(clause.body());
        Literal dropped = body.remove(site[1]);
        return new Mutant(
                withClause(original, site[0], clause.withBody(body)),
                "clause " + (site[0] + 1) + ": dropped " + dropped.text());
    }

    private static Mutant flipNegation(DatalogConstitution original, Random random) {
        List<int[]> sites = sites(original, l -> l instanceof Negated || l instanceof Positive);
        int[] site = sites.get(random.nextInt(sites.size()));
        Literal literal = original.clauses().get(site[0]).body().get(site[1]);
        Literal flipped =
                literal instanceof Negated n ? new Positive(n.atom()) : new Negated(((Positive) literal).atom());
        return replaced(
                original,
                site,
                flipped,
                "clause " + (site[0] + 1) + ": " + literal.text() + " became " + flipped.text());
    }

    private static Mutant ruleEffect(DatalogConstitution original, Random random) {
        int index = random.nextInt(original.rules().size());
        Rule rule = original.rules().get(index);
        List<String> others = new ArrayList<>(List.of("permit", "deny", "escalate"));
        others.remove(rule.effect());
        String effect = others.get(random.nextInt(others.size()));
        String route = effect.equals("escalate") ? "desk" : null;
        return withRule(
                original,
                index,
                rule.withOutcome(effect, route, rule.priority()),
                "rule " + rule.name() + ": " + rule.effect() + " became " + effect);
    }

    private static Mutant rulePriority(DatalogConstitution original, Random random) {
        int index = random.nextInt(original.rules().size());
        Rule rule = original.rules().get(index);
        long priority = rule.priority() == 0 ? 5 + 5L * random.nextInt(2) : 0;
        return withRule(
                original,
                index,
                rule.withOutcome(rule.effect(), rule.route(), priority),
                "rule " + rule.name() + ": priority " + rule.priority() + " became " + priority);
    }

    /** Every (clause, literal) position whose literal passes the test. */
    private static List<int[]> sites(DatalogConstitution c, Predicate<Literal> test) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < c.clauses().size(); i++) {
            List<Literal> body = c.clauses().get(i).body();
            for (int j = 0; j < body.size(); j++) {
                if (test.test(body.get(j))) {
                    out.add(new int[] {i, j});
                }
            }
        }
        return out;
    }

    private static Mutant replaced(DatalogConstitution original, int[] site, Literal literal, String change) {
        Clause clause = original.clauses().get(site[0]);
        List<Literal> body = new ArrayList<>(clause.body());
        body.set(site[1], literal);
        return new Mutant(withClause(original, site[0], clause.withBody(body)), change);
    }

    private static DatalogConstitution withClause(DatalogConstitution original, int index, Clause clause) {
        List<Clause> clauses = new ArrayList<>(original.clauses());
        clauses.set(index, clause);
        return original.withClauses(clauses);
    }

    private static Mutant withRule(DatalogConstitution original, int index, Rule rule, String change) {
        List<Rule> rules = new ArrayList<>(original.rules());
        rules.set(index, rule);
        return new Mutant(original.withRules(rules), change);
    }
}
