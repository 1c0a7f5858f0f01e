package dev.charter.runtime.datalog;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.DatalogAtom;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.ir.Term;
import dev.charter.runtime.ir.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random stratified Datalog programs over small ints, with recursion, negation of lower strata,
 * comparisons, constants, repeated variables and constitution facts, plus random input facts.
 */
final class RandomDatalog {

    static final SourceSpan SPAN = new SourceSpan("random.charter", 1, 1, 1, 1);
    private static final String[] INPUTS = {"e0", "e1", "e2"};
    private static final int[] INPUT_ARITY = {2, 2, 1};
    private static final String[] DERIVED = {"p0", "p1", "p2", "p3"};
    private static final int[] DERIVED_ARITY = {1, 2, 3, 4};
    private static final String[] VARIABLES = {"X", "Y", "Z", "W"};

    private final Random random;

    RandomDatalog(long seed) {
        this.random = new Random(seed);
    }

    Program program() {
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < INPUTS.length; i++) {
            relations.add(new Relation(INPUTS[i], columns(INPUT_ARITY[i]), true, SPAN));
        }
        for (int i = 0; i < DERIVED.length; i++) {
            relations.add(new Relation(DERIVED[i], columns(DERIVED_ARITY[i]), false, SPAN));
        }
        List<Stratum> strata = new ArrayList<>();
        for (int i = 0; i < DERIVED.length; i++) {
            List<Clause> clauses = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int c = 0; c < count; c++) {
                clauses.add(random.nextInt(6) == 0 ? fact(i) : clause(i));
            }
            strata.add(new Stratum(List.of(DERIVED[i]), clauses));
        }
        return Program.of(
                new Metadata("random", 1, null, null, "UTC"),
                new Schema(List.of(), List.of(), List.of()),
                relations,
                strata,
                List.of(),
                Outcome.deny(SPAN),
                Outcome.deny(SPAN),
                List.of(),
                List.of());
    }

    FactSnapshot snapshot() {
        FactSnapshot.Builder b = FactSnapshot.builder();
        for (int i = 0; i < INPUTS.length; i++) {
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                Object[] tuple = new Object[INPUT_ARITY[i]];
                for (int c = 0; c < tuple.length; c++) {
                    tuple[c] = (long) random.nextInt(5);
                }
                b.add(INPUTS[i], tuple);
            }
        }
        return b.build();
    }

    private static List<Field> columns(int arity) {
        List<Field> columns = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            columns.add(new Field("c" + i, PrimitiveType.INT, SPAN));
        }
        return columns;
    }

    private Clause fact(int stratum) {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < DERIVED_ARITY[stratum]; i++) {
            terms.add(constant());
        }
        return new Clause(new DatalogAtom(DERIVED[stratum], terms, SPAN), List.of(), SPAN);
    }

    private Clause clause(int stratum) {
        List<BodyLiteral> body = new ArrayList<>();
        Set<String> bound = new LinkedHashSet<>();
        int positives = 1 + random.nextInt(3);
        for (int i = 0; i < positives; i++) {
            int pick = random.nextInt(INPUTS.length + stratum + 1);
            String relation = pick < INPUTS.length ? INPUTS[pick] : DERIVED[pick - INPUTS.length];
            int arity = pick < INPUTS.length ? INPUT_ARITY[pick] : DERIVED_ARITY[pick - INPUTS.length];
            List<Term> terms = new ArrayList<>();
            for (int c = 0; c < arity; c++) {
                if (random.nextInt(5) == 0) {
                    terms.add(constant());
                } else {
                    String v = VARIABLES[random.nextInt(VARIABLES.length)];
                    bound.add(v);
                    terms.add(new Term.Variable(v, SPAN));
                }
            }
            body.add(new BodyLiteral.Positive(new DatalogAtom(relation, terms, SPAN)));
        }
        if (random.nextInt(3) == 0) {
            int pick = random.nextInt(INPUTS.length + stratum);
            String relation = pick < INPUTS.length ? INPUTS[pick] : DERIVED[pick - INPUTS.length];
            int arity = pick < INPUTS.length ? INPUT_ARITY[pick] : DERIVED_ARITY[pick - INPUTS.length];
            List<Term> terms = new ArrayList<>();
            for (int c = 0; c < arity; c++) {
                terms.add(boundOrConstant(bound));
            }
            body.add(new BodyLiteral.Negated(new DatalogAtom(relation, terms, SPAN), SPAN));
        }
        if (random.nextInt(3) == 0) {
            CompareOp op = CompareOp.values()[random.nextInt(CompareOp.values().length)];
            body.add(new BodyLiteral.Comparison(op, boundOrConstant(bound), boundOrConstant(bound), SPAN));
        }
        List<Term> head = new ArrayList<>();
        for (int c = 0; c < DERIVED_ARITY[stratum]; c++) {
            head.add(boundOrConstant(bound));
        }
        return new Clause(new DatalogAtom(DERIVED[stratum], head, SPAN), body, SPAN);
    }

    private Term boundOrConstant(Set<String> bound) {
        if (bound.isEmpty() || random.nextInt(4) == 0) {
            return constant();
        }
        List<String> vars = new ArrayList<>(bound);
        return new Term.Variable(vars.get(random.nextInt(vars.size())), SPAN);
    }

    private Term constant() {
        return new Term.Constant(new Value.IntValue(random.nextInt(5)), SPAN);
    }
}
