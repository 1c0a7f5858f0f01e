package dev.charter.solver;

import dev.charter.solver.DatalogConstitution.Assertion;
import dev.charter.solver.DatalogConstitution.Atom;
import dev.charter.solver.DatalogConstitution.Clause;
import dev.charter.solver.DatalogConstitution.Comparison;
import dev.charter.solver.DatalogConstitution.Literal;
import dev.charter.solver.DatalogConstitution.Negated;
import dev.charter.solver.DatalogConstitution.Pools;
import dev.charter.solver.DatalogConstitution.Positive;
import dev.charter.solver.DatalogConstitution.Rule;
import dev.charter.solver.RandomDatalogConstitutions.Signature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Conditions over the relations of a generated constitution, for its rules and assertions. The
 * assertions are of four kinds, chosen so that both outcomes occur and the true ones need the
 * Datalog semantics to be proved:
 * <ul>
 *   <li>a rule's own condition implies its effect (true when it is the only top-priority rule that can match);
 *   <li>a clause instantiated on the request ({@code role(agent, admin) and grants(admin, pay) => may(agent, pay)}
 *       from {@code may(A, X) :- role(A, R), grants(R, X)}): true in every snapshot, since a
 *       relation holds what its clauses derive (named {@code implied_a<i>}) — or, one time in
 *       three, with a body literal left out, a near miss that is usually false;
 *   <li>an atom against the decision ({@code decision == permit => may(agent, action)});
 *   <li>escalations go to one route.
 * </ul>
 */
final class RandomAssertions {

    /** The name prefix of an assertion that is a clause instantiated whole: true in every snapshot, so a complete solver proves it. */
    static final String IMPLIED = "implied_";

    private final Random random;
    private final Pools pools;
    private final List<Signature> readable;
    private final List<Clause> clauses;

    RandomAssertions(Random random, Pools pools, List<Signature> readable, List<Clause> clauses) {
        this.random = random;
        this.pools = pools;
        this.readable = readable;
        this.clauses = clauses;
    }

    /** An atom over a readable relation (derived ones most often), possibly negated, with request values as arguments. */
    String atomCondition() {
        List<Signature> derived = readable.stream()
                .filter(s -> !s.input() && !RandomDatalogConstitutions.FIXED.contains(s))
                .toList();
        List<Signature> inputs = readable.stream().filter(Signature::input).toList();
        Signature relation = random.nextInt(10) < 6 && !derived.isEmpty()
                ? pick(derived)
                : random.nextInt(4) > 0 ? pick(inputs) : pick(RandomDatalogConstitutions.FIXED);
        String atom = relation.name() + "("
                + relation.types().stream().map(this::argument).collect(Collectors.joining(", ")) + ")";
        return random.nextInt(4) == 0 ? "not " + atom : atom;
    }

    private String argument(String type) {
        int roll = random.nextInt(10);
        return switch (type) {
            case "string" -> roll < 6 ? "agent" : roll < 8 ? "request.target" : constant(type);
            case "int" -> roll < 4 ? "request.amount" : roll < 6 ? "context.level" : roll < 8 ? constant(type) : "_";
            case "action" -> roll < 4 ? "action" : roll < 8 ? constant(type) : "_";
            default -> roll < 7 ? constant(type) : "_";
        };
    }

    /** A comparison of request attributes with constants. */
    String plainCondition() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> "request.amount " + pick(List.of(">", ">=", "<", "<=")) + " " + pick(pools.ints());
            case 2 -> "context.level " + pick(List.of(">", "<=", "==")) + " " + pick(pools.ints());
            case 3 -> random.nextBoolean() ? "context.verified" : "not context.verified";
            case 4 -> "request.target == " + constant("string");
            default -> "agent == " + constant("string");
        };
    }

    List<Assertion> assertions(List<Rule> rules, int count) {
        List<Assertion> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            if (kind >= 3 && kind < 7) {
                boolean nearMiss = random.nextInt(3) == 0;
                Instance instance = instance(pick(clauses), nearMiss);
                out.add(new Assertion(
                        (nearMiss ? "a" : IMPLIED + "a") + i,
                        String.join(" and ", instance.body()) + " => " + instance.head()));
                continue;
            }
            String condition = kind < 3
                    ? fromRule(pick(rules))
                    : kind < 9
                            ? againstDecision()
                            : "decision == escalate => route == \"" + pick(List.of("desk", "review")) + "\"";
            out.add(new Assertion("a" + i, condition));
        }
        return out;
    }

    private String fromRule(Rule rule) {
        List<String> premise = new ArrayList<>();
        switch (rule.actions()) {
            case "*" -> {}
            case "{ pay, view }" -> premise.add("(pay or view)");
            default -> premise.add(rule.actions());
        }
        rule.when().forEach(c -> premise.add("(" + c + ")"));
        if (rule.unless() != null) {
            premise.add("not (" + rule.unless() + ")");
        }
        String conclusion = "decision == " + rule.effect();
        return premise.isEmpty() ? conclusion : String.join(" and ", premise) + " => " + conclusion;
    }

    /**
     * The clause with each variable replaced by a request value or constant of its type: its body
     * as conjuncts and its head. With {@code dropOne}, one body literal is left out, so that the
     * body no longer implies the head (a near miss).
     */
    record Instance(List<String> body, String head) {}

    Instance instance(Clause clause, boolean dropOne) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        for (Literal literal : clause.body()) {
            if (literal instanceof Positive p) {
                Signature s = signature(p.atom().relation());
                for (int i = 0; i < p.atom().terms().size(); i++) {
                    types.putIfAbsent(p.atom().terms().get(i), s.types().get(i));
                }
            }
        }
        int dropped = dropOne && clause.body().size() > 1
                ? random.nextInt(clause.body().size())
                : -1;
        List<String> premise = new ArrayList<>();
        for (int j = 0; j < clause.body().size(); j++) {
            Literal literal = clause.body().get(j);
            String text = literal instanceof Positive p
                    ? instantiate(p.atom(), values, types)
                    : literal instanceof Negated n
                            ? "not " + instantiate(n.atom(), values, types)
                            : substitute(((Comparison) literal).left(), values, types) + " "
                                    + ((Comparison) literal).op() + " "
                                    + substitute(((Comparison) literal).right(), values, types);
            if (j != dropped) {
                premise.add(text);
            }
        }
        return new Instance(premise, instantiate(clause.head(), values, types));
    }

    /** A rule condition that holds on no request ({@code body and not head}), or with {@code dropOne} usually on some. */
    List<String> againstClause(boolean dropOne) {
        Instance instance = instance(pick(clauses), dropOne);
        List<String> conjuncts = new ArrayList<>(instance.body());
        conjuncts.add("not " + instance.head());
        return conjuncts;
    }

    private String instantiate(Atom atom, Map<String, String> values, Map<String, String> types) {
        return atom.relation() + "("
                + atom.terms().stream().map(t -> substitute(t, values, types)).collect(Collectors.joining(", ")) + ")";
    }

    private String substitute(String term, Map<String, String> values, Map<String, String> types) {
        if (term.equals("_") || !Character.isUpperCase(term.charAt(0))) {
            return term;
        }
        return values.computeIfAbsent(term, v -> {
            String type = types.get(v);
            int roll = random.nextInt(10);
            return switch (type) {
                case "string" -> roll < 5 ? "agent" : roll < 7 ? "request.target" : constant(type);
                case "int" -> roll < 5 ? "request.amount" : roll < 7 ? "context.level" : constant(type);
                case "action" -> roll < 5 ? "action" : constant(type);
                default -> constant(type);
            };
        });
    }

    private String againstDecision() {
        String atom = atomCondition();
        return switch (random.nextInt(3)) {
            case 0 -> "decision == permit => " + atom;
            case 1 -> atom + " => decision != permit";
            default ->
                "action == " + pick(DatalogConstitution.ACTION_SOURCES) + " and " + atom + " => decision != deny";
        };
    }

    private Signature signature(String relation) {
        return readable.stream()
                .filter(s -> s.name().equals(relation))
                .findFirst()
                .orElseThrow();
    }

    private String constant(String type) {
        return RandomDatalogConstitutions.constant(random, pools, type);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
