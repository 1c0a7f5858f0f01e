package dev.charter.runtime.datalog;

import static dev.charter.runtime.datalog.RandomDatalog.SPAN;

import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.DatalogAtom;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.ir.Term;
import java.util.List;

/** {@code p1(X, Y) :- e0(X, Y).  p1(X, Z) :- p1(X, Y), e0(Y, Z).} over int edges {@code e0}. */
final class TransitiveClosure {

    private TransitiveClosure() {}

    static Program program() {
        List<Field> columns =
                List.of(new Field("from", PrimitiveType.INT, SPAN), new Field("to", PrimitiveType.INT, SPAN));
        Clause base = new Clause(atom("p1", "X", "Y"), List.of(new BodyLiteral.Positive(atom("e0", "X", "Y"))), SPAN);
        Clause step = new Clause(
                atom("p1", "X", "Z"),
                List.of(new BodyLiteral.Positive(atom("p1", "X", "Y")), new BodyLiteral.Positive(atom("e0", "Y", "Z"))),
                SPAN);
        return Program.of(
                new Metadata("closure", 1, null, null, "UTC"),
                new Schema(List.of(), List.of(), List.of()),
                List.of(new Relation("e0", columns, true, SPAN), new Relation("p1", columns, false, SPAN)),
                List.of(new Stratum(List.of("p1"), List.of(base, step))),
                List.of(),
                Outcome.deny(SPAN),
                Outcome.deny(SPAN),
                List.of(),
                List.of());
    }

    private static DatalogAtom atom(String relation, String... variables) {
        return new DatalogAtom(
                relation,
                java.util.Arrays.stream(variables)
                        .map(v -> (Term) new Term.Variable(v, SPAN))
                        .toList(),
                SPAN);
    }
}
