package dev.charter.runtime.bundle;

import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Assertion;
import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.DatalogAtom;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.EnumDecl;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.ObjectParameter;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.RecordType;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.ir.Term;
import dev.charter.runtime.ir.ValueType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random valid programs for round-trip properties: random schemas, relations, strata of
 * clauses (facts, joins, recursion, negation, comparisons), rules with random well-typed
 * conditions ({@link RandomExprs}), assertions and outcomes. Deterministic for a seed.
 */
final class RandomPrograms {

    private final Random random;
    private final List<EnumDecl> enums = new ArrayList<>();
    private final List<Field> context = new ArrayList<>();
    private final List<ActionDecl> actions = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<String> routes = List.of("ops", "legal", "security");

    private RandomPrograms(long seed) {
        this.random = new Random(seed);
    }

    static Program generate(long seed) {
        return new RandomPrograms(seed).program();
    }

    private Program program() {
        int enumCount = random.nextInt(3);
        for (int i = 0; i < enumCount; i++) {
            List<String> values = new ArrayList<>();
            for (int v = 0; v <= random.nextInt(4); v++) {
                values.add("v" + i + "_" + v);
            }
            enums.add(new EnumDecl(new EnumType("E" + i), values, span()));
        }
        List<ValueType> paramTypes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            paramTypes.add(columnType());
        }
        for (int i = 0; i < random.nextInt(5); i++) {
            context.add(new Field("c" + i, columnType(), span()));
        }
        ValueType element = columnType();
        ListType listType = new ListType(element == PrimitiveType.ACTION ? PrimitiveType.STRING : element, 3);
        ValueType member = columnType();
        ListType recordList = new ListType(
                new RecordType(
                        List.of(
                                new RecordType.Member(
                                        "k", member == PrimitiveType.ACTION ? PrimitiveType.INT : member, false),
                                new RecordType.Member("m", PrimitiveType.STRING, true)),
                        random.nextBoolean()),
                2);
        for (int a = 0; a <= random.nextInt(4); a++) {
            List<Field> parameters = new ArrayList<>();
            for (int p = 0; p < paramTypes.size(); p++) {
                if (random.nextBoolean()) {
                    // One name, one type across actions, so rules over several actions can read it.
                    // p4 is optional wherever it is declared.
                    parameters.add(new Field("p" + p, paramTypes.get(p), span(), p == 4));
                }
            }
            if (random.nextBoolean()) {
                // The list `l: list<T, 3>`, one element type wherever it is declared.
                parameters.add(new Field("l", listType, span()));
            }
            if (random.nextBoolean()) {
                // The list of objects `r: list<{ k: T, m?: T }, 2>`, its members one type wherever it is declared.
                parameters.add(new Field("r", recordList, span()));
            }
            List<ObjectParameter> objects = new ArrayList<>();
            if (random.nextBoolean()) {
                // The optional object `o: { q: T, r?: T }` wherever it is declared.
                objects.add(new ObjectParameter("o", true, random.nextBoolean(), span()));
                parameters.add(new Field("o.q", paramTypes.get(0), span()));
                parameters.add(new Field("o.r", paramTypes.get(1), span(), true));
            }
            actions.add(new ActionDecl(
                    (random.nextBoolean() ? "ns." : "") + "a" + a,
                    parameters,
                    span(),
                    random.nextInt(4) == 0,
                    objects));
        }
        Schema schema = new Schema(enums, context, actions);
        List<Stratum> strata = datalog();
        boolean declareRoutes = random.nextBoolean();
        RandomExprs exprs = new RandomExprs(random, schema, relations, this::span);
        List<DecisionRule> rules = new ArrayList<>();
        for (int r = 0; r < random.nextInt(6); r++) {
            rules.add(rule(r, exprs));
        }
        List<Assertion> assertions = new ArrayList<>();
        for (int a = 0; a < random.nextInt(3); a++) {
            assertions.add(new Assertion("assert" + a, exprs.condition(null, 3), span()));
        }
        Metadata metadata = new Metadata(
                "random-" + random.nextInt(1000),
                random.nextLong(),
                random.nextBoolean() ? exprs.string() : null,
                random.nextBoolean() ? LocalDate.ofEpochDay(random.nextInt(40000)) : null,
                "UTC");
        return Program.of(
                metadata,
                schema,
                relations,
                strata,
                rules,
                outcome(),
                outcome(),
                assertions,
                declareRoutes ? routes : List.of());
    }

    private ValueType columnType() {
        List<ValueType> types = new ArrayList<>(List.of(
                PrimitiveType.BOOL,
                PrimitiveType.INT,
                PrimitiveType.DECIMAL,
                PrimitiveType.STRING,
                PrimitiveType.DATE,
                PrimitiveType.ACTION,
                EnumType.WEEKDAY));
        enums.forEach(e -> types.add(e.type()));
        return types.get(random.nextInt(types.size()));
    }

    /** Input relations, then one stratum per derived relation, each reading only what came before. */
    private List<Stratum> datalog() {
        for (int i = 0; i <= random.nextInt(3); i++) {
            relations.add(relation("in" + i, true, columns(1 + random.nextInt(3))));
        }
        List<Stratum> strata = new ArrayList<>();
        for (int d = 0; d < random.nextInt(4); d++) {
            Relation source = relations.get(random.nextInt(relations.size()));
            Relation derived = relation("d" + d, false, source.columns());
            List<Relation> earlier = List.copyOf(relations);
            relations.add(derived);
            strata.add(new Stratum(List.of(derived.name()), clauses(derived, source, earlier)));
        }
        return strata;
    }

    private List<Clause> clauses(Relation derived, Relation source, List<Relation> earlier) {
        RandomExprs values = new RandomExprs(random, new Schema(enums, context, actions), relations, this::span);
        List<Term> vars = new ArrayList<>();
        for (int i = 0; i < derived.arity(); i++) {
            vars.add(new Term.Variable("X" + i, span()));
        }
        List<BodyLiteral> body = new ArrayList<>(List.of(new BodyLiteral.Positive(atom(source.name(), vars))));
        if (random.nextBoolean()) {
            body.add(new BodyLiteral.Comparison(
                    random.nextBoolean() ? CompareOp.EQ : CompareOp.NE,
                    vars.get(0),
                    vars.get(vars.size() - 1),
                    span()));
        }
        Relation negated = earlier.get(random.nextInt(earlier.size()));
        if (random.nextBoolean()) {
            List<Term> terms = new ArrayList<>();
            for (Field column : negated.columns()) {
                terms.add(new Term.Constant(values.value(column.type()), span()));
            }
            body.add(new BodyLiteral.Negated(atom(negated.name(), terms), span()));
        }
        List<Clause> clauses = new ArrayList<>(List.of(new Clause(atom(derived.name(), vars), body, span())));
        if (random.nextBoolean()) {
            clauses.add(new Clause(
                    atom(derived.name(), vars),
                    List.of(
                            new BodyLiteral.Positive(atom(derived.name(), vars)),
                            new BodyLiteral.Positive(atom(source.name(), vars))),
                    span()));
        }
        List<Term> fact = new ArrayList<>();
        derived.columns().forEach(c -> fact.add(new Term.Constant(values.value(c.type()), span())));
        clauses.add(new Clause(atom(derived.name(), fact), List.of(), span()));
        return clauses;
    }

    private List<Field> columns(int arity) {
        List<Field> columns = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            columns.add(new Field("col" + i, columnType(), span()));
        }
        return columns;
    }

    private Relation relation(String name, boolean input, List<Field> columns) {
        return new Relation(name, columns, input, span());
    }

    private DatalogAtom atom(String relation, List<Term> terms) {
        return new DatalogAtom(relation, terms, span());
    }

    private DecisionRule rule(int index, RandomExprs exprs) {
        Set<String> matched = new LinkedHashSet<>();
        for (int i = 0; i <= random.nextInt(actions.size()); i++) {
            matched.add(actions.get(random.nextInt(actions.size())).name());
        }
        Effect effect = Effect.values()[random.nextInt(3)];
        String route = effect == Effect.ESCALATE ? routes.get(random.nextInt(routes.size())) : null;
        return new DecisionRule(
                "rule" + index,
                effect,
                List.copyOf(matched),
                route,
                exprs.condition(List.copyOf(matched), 3),
                random.nextLong(),
                random.nextBoolean() ? exprs.string() : null,
                span());
    }

    private Outcome outcome() {
        return random.nextBoolean()
                ? Outcome.deny(span())
                : new Outcome(Effect.ESCALATE, routes.get(random.nextInt(routes.size())), span());
    }

    SourceSpan span() {
        int line = 1 + random.nextInt(500);
        int column = 1 + random.nextInt(80);
        return random.nextInt(10) == 0
                ? SourceSpan.builtin()
                : new SourceSpan(
                        "f" + random.nextInt(3) + ".charter", line, column, line + random.nextInt(3), column + 5);
    }
}
