package dev.charter.runtime.ir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated constitution: the one input the runtime evaluator and the solver accept.
 *
 * <p>A program cannot be forged into an inconsistent state: its only constructor is private and
 * {@link #of} checks every structural invariant the interpreters rely on (names resolve, arities
 * and types agree, strata are ordered, no rule or default yields PERMIT without a rule). The
 * compiler's lowering builds programs from checked source; the bundle reader rebuilds them from
 * signed bytes; both go through the same validation.
 */
public final class Program {

    private final Metadata metadata;
    private final Schema schema;
    private final List<Relation> relations;
    private final List<Stratum> strata;
    private final List<DecisionRule> rules;
    private final Outcome defaultOutcome;
    private final Outcome conflictOutcome;
    private final List<Assertion> assertions;
    private final List<String> routes;
    private final Map<HistoryQuery, Integer> historyIndex;
    private final List<HistoryQuery> historyQueries;

    private Program(
            Metadata metadata,
            Schema schema,
            List<Relation> relations,
            List<Stratum> strata,
            List<DecisionRule> rules,
            Outcome defaultOutcome,
            Outcome conflictOutcome,
            List<Assertion> assertions,
            List<String> routes) {
        this.metadata = metadata;
        this.schema = schema;
        this.relations = List.copyOf(relations);
        this.strata = List.copyOf(strata);
        this.rules = List.copyOf(rules);
        this.defaultOutcome = defaultOutcome;
        this.conflictOutcome = conflictOutcome;
        this.assertions = List.copyOf(assertions);
        this.routes = List.copyOf(routes);
        this.historyIndex = indexHistoryQueries(this.rules, this.assertions);
        this.historyQueries = List.copyOf(historyIndex.keySet());
    }

    private static Map<HistoryQuery, Integer> indexHistoryQueries(
            List<DecisionRule> rules, List<Assertion> assertions) {
        List<Expr> conditions = new ArrayList<>();
        rules.forEach(r -> conditions.add(r.condition()));
        assertions.forEach(a -> conditions.add(a.condition()));
        Map<HistoryQuery, Integer> index = new LinkedHashMap<>();
        for (Expr condition : conditions) {
            for (Expr e : condition.subtree()) {
                if (e instanceof Expr.History h) {
                    index.putIfAbsent(h.query(), index.size());
                }
            }
        }
        return index;
    }

    /**
     * Validates and builds a program.
     *
     * @param routes the declared escalation routes; empty when the constitution declares none
     * @throws InvalidProgramException listing every invariant that does not hold
     */
    public static Program of(
            Metadata metadata,
            Schema schema,
            List<Relation> relations,
            List<Stratum> strata,
            List<DecisionRule> rules,
            Outcome defaultOutcome,
            Outcome conflictOutcome,
            List<Assertion> assertions,
            List<String> routes) {
        Program program = new Program(
                metadata, schema, relations, strata, rules, defaultOutcome, conflictOutcome, assertions, routes);
        List<String> problems = new ProgramValidator(program).problems();
        if (!problems.isEmpty()) {
            throw new InvalidProgramException(problems);
        }
        return program;
    }

    public Metadata metadata() {
        return metadata;
    }

    public Schema schema() {
        return schema;
    }

    public List<Relation> relations() {
        return relations;
    }

    public Optional<Relation> relation(String name) {
        return relations.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public List<Stratum> strata() {
        return strata;
    }

    public List<DecisionRule> rules() {
        return rules;
    }

    public Optional<DecisionRule> rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public Outcome defaultOutcome() {
        return defaultOutcome;
    }

    public Outcome conflictOutcome() {
        return conflictOutcome;
    }

    public List<Assertion> assertions() {
        return assertions;
    }

    public List<String> routes() {
        return routes;
    }

    /**
     * The distinct queries of the program's history terms, each once, in the order they first
     * occur (rules in order, then assertions, each condition parents before children). A query's
     * position is its index: the number a {@code HistoryReader} is asked about, stable for a
     * program and for its bundle. Empty when no condition reads history.
     */
    public List<HistoryQuery> historyQueries() {
        return historyQueries;
    }

    /** The index of {@code query} in {@link #historyQueries}. */
    public int historyIndex(HistoryQuery query) {
        Integer index = historyIndex.get(query);
        if (index == null) {
            throw new IllegalArgumentException("no history term of the program reads " + query);
        }
        return index;
    }

    @Override
    public String toString() {
        return "Program[" + metadata.name() + " v" + metadata.version() + ", " + rules.size() + " rules]";
    }
}
