package dev.charter.solver;

import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.solver.DatalogConstitution.Atom;
import dev.charter.solver.DatalogConstitution.Clause;
import dev.charter.solver.DatalogConstitution.Comparison;
import dev.charter.solver.DatalogConstitution.Literal;
import dev.charter.solver.DatalogConstitution.Negated;
import dev.charter.solver.DatalogConstitution.Pools;
import dev.charter.solver.DatalogConstitution.Positive;
import dev.charter.solver.DatalogConstitution.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random constitutions whose rules read Datalog relations derived from {@code input relation}s:
 * one to three input relations (string, int, enum and action columns), relations fixed by facts,
 * and one to three derived relations whose clauses join, compare with constants, negate lower
 * relations and recurse; rules over those atoms with {@code agent}, request attributes and
 * constants — one in six contradicts a clause ({@code body and not head}, which no snapshot
 * satisfies; named {@code dead_r<i>}) or nearly does (a body literal left out) — and assertions
 * (see {@link RandomAssertions}).
 *
 * <p>Clauses are safe and stratified by construction: every variable is introduced by a positive
 * atom, and a relation negates only relations defined before it. The compiler still checks each
 * constitution, so what is generated is exactly what it accepts and lowers; one it rejected would
 * be drawn again from the same random stream.
 */
final class RandomDatalogConstitutions {

    /** A relation a clause or condition may read: its name, column names and column types ({@code string}, {@code int}, {@code Role}, {@code action}). */
    record Signature(String name, List<String> columns, List<String> types, boolean input) {
        String declaration() {
            List<String> cols = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cols.add(columns.get(i) + ": " + types.get(i));
            }
            return (input ? "input " : "") + "relation " + name + "(" + String.join(", ", cols) + ")";
        }
    }

    static final List<Signature> INPUTS = List.of(
            new Signature("role", List.of("agent", "role"), List.of("string", "Role"), true),
            new Signature("limit", List.of("agent", "max"), List.of("string", "int"), true),
            new Signature("delegates", List.of("from", "to", "act"), List.of("string", "string", "action"), true),
            new Signature("blocked", List.of("agent"), List.of("string"), true),
            new Signature("owner", List.of("target", "agent"), List.of("string", "string"), true));
    static final List<Signature> FIXED = List.of(
            new Signature("grants", List.of("role", "act"), List.of("Role", "action"), false),
            new Signature("trusted", List.of("name"), List.of("string"), false));
    private static final List<String> DERIVED = List.of("may", "ok", "reach");
    private static final List<String> AGENTS = List.of("alice", "bob", "carol");
    private static final List<String> TARGETS = List.of("doc1", "doc2");
    private static final List<Long> THRESHOLDS = List.of(1L, 5L, 10L, 50L, 100L, 1000L);
    private static final List<String> ORDER = List.of(">", ">=", "<", "<=", "==", "!=");
    private static final int ATTEMPTS = 200;
    /** The name prefix of a rule whose condition contradicts a clause: it matches no request in any snapshot. */
    static final String DEAD = "dead_";

    private final Random random;
    private final long seed;
    private Pools pools;
    private final List<Signature> readable = new ArrayList<>();
    private final Map<String, String> variables = new LinkedHashMap<>();

    private RandomDatalogConstitutions(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** The constitution of this seed; it compiles. */
    static DatalogConstitution generate(long seed) {
        RandomDatalogConstitutions generator = new RandomDatalogConstitutions(seed);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            DatalogConstitution candidate = generator.attempt();
            if (compiles(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no compiling constitution in " + ATTEMPTS + " attempts from seed " + seed);
    }

    static boolean compiles(DatalogConstitution constitution) {
        return !Compiler.compile(List.of(new SourceFile("fuzz.charter", constitution.source())))
                .hasErrors();
    }

    private DatalogConstitution attempt() {
        readable.clear();
        List<Long> ints = new ArrayList<>(THRESHOLDS);
        Collections.shuffle(ints, random);
        pools = new Pools(AGENTS, TARGETS, List.copyOf(ints.subList(0, 2)));
        List<Signature> inputs = new ArrayList<>(INPUTS);
        Collections.shuffle(inputs, random);
        inputs = inputs.subList(0, 1 + random.nextInt(3));
        List<String> declarations = new ArrayList<>();
        inputs.forEach(s -> declarations.add(s.declaration()));
        FIXED.forEach(s -> declarations.add(s.declaration()));
        readable.addAll(inputs);
        readable.addAll(FIXED);
        List<Clause> clauses = new ArrayList<>();
        int derived = 1 + random.nextInt(3);
        for (int i = 0; i < derived; i++) {
            clauses.addAll(relation(DERIVED.get(i)));
        }
        RandomAssertions assertions = new RandomAssertions(random, pools, readable, clauses);
        List<Rule> rules = new ArrayList<>();
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            rules.add(rule("r" + i, assertions));
        }
        String fallback = random.nextInt(3) == 0 ? "escalate to \"desk\"" : "deny";
        String onConflict = random.nextBoolean() ? "deny" : "escalate to \"review\"";
        return new DatalogConstitution(
                seed,
                declarations,
                facts(),
                clauses,
                rules,
                fallback,
                onConflict,
                assertions.assertions(rules, 1 + random.nextInt(3)),
                pools);
    }

    private List<Clause> facts() {
        List<Clause> facts = new ArrayList<>();
        int grants = 1 + random.nextInt(4);
        for (int i = 0; i < grants; i++) {
            Clause fact = new Clause(
                    new Atom(
                            "grants",
                            List.of(pick(DatalogConstitution.ROLES), pick(DatalogConstitution.ACTION_SOURCES))),
                    List.of());
            if (!facts.contains(fact)) {
                facts.add(fact);
            }
        }
        facts.add(new Clause(new Atom("trusted", List.of(quote(pick(AGENTS)))), List.of()));
        return facts;
    }

    /** One to three clauses of a new derived relation, the later ones possibly recursive; the relation becomes readable. */
    private List<Clause> relation(String name) {
        List<String> types = new ArrayList<>();
        types.add(random.nextInt(5) == 0 ? pick(available()) : "string");
        if (random.nextBoolean()) {
            types.add(pick(available()));
        }
        List<Clause> out = new ArrayList<>();
        out.add(clause(name, types, false));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            out.add(clause(name, types, random.nextInt(3) == 0));
        }
        readable.add(new Signature(name, types.stream().map(t -> "c").toList(), types, false));
        return out;
    }

    private List<String> available() {
        return readable.stream().flatMap(s -> s.types().stream()).distinct().toList();
    }

    private Clause clause(String head, List<String> types, boolean recursive) {
        variables.clear();
        List<Literal> body = new ArrayList<>();
        List<String> headTerms = new ArrayList<>();
        if (recursive) {
            List<String> own = types.stream().map(this::fresh).toList();
            body.add(new Positive(new Atom(head, own)));
            body.add(new Positive(step(types.get(0), own.get(0), headTerms)));
            headTerms.addAll(own.subList(headTerms.size(), own.size()));
        }
        for (String type : types.subList(headTerms.size(), types.size())) {
            List<String> candidates =
                    ofType(type).stream().filter(v -> !headTerms.contains(v)).toList();
            if (!candidates.isEmpty() && (recursive || random.nextInt(10) < 3)) {
                headTerms.add(pick(candidates));
            } else {
                String v = fresh(type);
                body.add(new Positive(atomBinding(pickHaving(type), type, v)));
                headTerms.add(v);
            }
        }
        if (random.nextInt(10) < 3) {
            Signature extra = pick(readable);
            body.add(new Positive(atom(extra, true)));
        }
        List<String> numbers = ofType("int");
        if (!numbers.isEmpty() && random.nextInt(10) < 6) {
            body.add(new Comparison(pick(numbers), pick(ORDER), String.valueOf(pick(pools.ints()))));
        }
        List<String> strings = ofType("string");
        if (strings.size() > 1 && random.nextInt(10) == 0) {
            body.add(new Comparison(strings.get(0), "!=", strings.get(1)));
        }
        for (String type : List.of("string", "Role", "action")) {
            List<String> named = ofType(type);
            if (!named.isEmpty() && random.nextInt(10) < 2) {
                body.add(new Comparison(pick(named), random.nextBoolean() ? "==" : "!=", constant(type)));
            }
        }
        if (random.nextInt(10) < 4) {
            Signature negated = pick(readable);
            body.add(new Negated(atom(negated, false)));
        }
        return new Clause(new Atom(head, headTerms), body);
    }

    /**
     * The step of a recursive clause from {@code from}: an atom over a relation with two columns of
     * the type, one {@code from} and the other a new variable that becomes the head's first term
     * ({@code delegates(A, B, X)} in {@code may(B, X) :- may(A, X), delegates(A, B, X)}); with no
     * such relation, an atom that only constrains {@code from}.
     */
    private Atom step(String type, String from, List<String> headTerms) {
        List<Signature> edges = readable.stream()
                .filter(s -> s.types().stream().filter(type::equals).count() >= 2)
                .toList();
        if (edges.isEmpty() || random.nextInt(5) == 0) {
            return atomBinding(pickHaving(type), type, from);
        }
        Signature edge = pick(edges);
        int first = edge.types().indexOf(type);
        int second = edge.types().subList(first + 1, edge.types().size()).indexOf(type) + first + 1;
        String to = fresh(type);
        headTerms.add(to);
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < edge.types().size(); i++) {
            terms.add(i == first ? from : i == second ? to : term(edge.types().get(i), true));
        }
        return new Atom(edge.name(), terms);
    }

    /** An atom over {@code relation} with {@code variable} in its first column of {@code type}, the other columns random terms. */
    private Atom atomBinding(Signature relation, String type, String variable) {
        int at = relation.types().indexOf(type);
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < relation.types().size(); i++) {
            terms.add(i == at ? variable : term(relation.types().get(i), true));
        }
        return new Atom(relation.name(), terms);
    }

    private Atom atom(Signature relation, boolean positive) {
        return new Atom(
                relation.name(),
                relation.types().stream().map(t -> term(t, positive)).toList());
    }

    /** A term of a body atom: mostly a join with a variable of the type, else a constant, a wildcard or a new variable. */
    private String term(String type, boolean positive) {
        List<String> joins = ofType(type);
        int roll = random.nextInt(20);
        if (!joins.isEmpty() && (roll < 10 || !positive && roll < 16)) {
            return pick(joins);
        }
        if (!positive || roll < 13) {
            return constant(type);
        }
        return roll < 16 ? "_" : fresh(type);
    }

    private String fresh(String type) {
        String name = String.valueOf((char) ('A' + variables.size()));
        variables.put(name, type);
        return name;
    }

    private List<String> ofType(String type) {
        return variables.entrySet().stream()
                .filter(e -> e.getValue().equals(type))
                .map(Map.Entry::getKey)
                .toList();
    }

    private Signature pickHaving(String type) {
        return pick(readable.stream().filter(s -> s.types().contains(type)).toList());
    }

    private String constant(String type) {
        return constant(random, pools, type);
    }

    /** A constant of a column type, in source form, from the pools. */
    static String constant(Random random, Pools pools, String type) {
        return switch (type) {
            case "string" ->
                quote(
                        random.nextInt(4) == 0
                                ? pools.targets()
                                        .get(random.nextInt(pools.targets().size()))
                                : pools.agents()
                                        .get(random.nextInt(pools.agents().size())));
            case "int" ->
                String.valueOf(pools.ints().get(random.nextInt(pools.ints().size())));
            case "Role" -> DatalogConstitution.ROLES.get(random.nextInt(DatalogConstitution.ROLES.size()));
            case "action" ->
                DatalogConstitution.ACTION_SOURCES.get(random.nextInt(DatalogConstitution.ACTION_SOURCES.size()));
            default -> throw new IllegalArgumentException(type);
        };
    }

    private Rule rule(String name, RandomAssertions conditions) {
        String effect = pick(List.of("permit", "permit", "deny", "escalate"));
        String actions = pick(List.of(
                "pay",
                "view",
                "\"Repo/grant:v2-admin\"",
                "pay",
                "{ pay, view }",
                "*",
                "\"Repo/*\"",
                "{ view, \"Repo/grant:*\" }"));
        List<String> when = new ArrayList<>();
        String ruleName = name;
        if (random.nextInt(6) == 0) {
            boolean nearMiss = random.nextBoolean();
            when.addAll(conditions.againstClause(nearMiss));
            ruleName = nearMiss ? name : DEAD + name;
        } else {
            int conjuncts = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
            for (int i = 0; i < conjuncts; i++) {
                when.add(random.nextInt(10) < 6 ? conditions.atomCondition() : conditions.plainCondition());
            }
        }
        String unless = random.nextInt(7) == 0 ? conditions.atomCondition() : null;
        long priority = pick(List.of(0L, 0L, 5L, 10L));
        return new Rule(
                ruleName,
                effect,
                actions,
                effect.equals("escalate") ? pick(List.of("desk", "review")) : null,
                when,
                unless,
                priority);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    static String quote(String text) {
        return "\"" + text + "\"";
    }
}
