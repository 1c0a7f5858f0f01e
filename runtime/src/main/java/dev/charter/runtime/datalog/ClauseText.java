package dev.charter.runtime.datalog;

import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.DatalogAtom;
import dev.charter.runtime.ir.Term;

/** A clause as a constitution writes it, without its position, e.g. {@code may(B, X) :- delegates(A, B, X), may(A, X).} */
public final class ClauseText {

    private ClauseText() {}

    public static String of(Clause clause) {
        StringBuilder out = new StringBuilder();
        atom(clause.head(), out);
        for (int i = 0; i < clause.body().size(); i++) {
            out.append(i == 0 ? " :- " : ", ");
            BodyLiteral literal = clause.body().get(i);
            if (literal instanceof BodyLiteral.Positive p) {
                atom(p.atom(), out);
            } else if (literal instanceof BodyLiteral.Negated n) {
                out.append("not ");
                atom(n.atom(), out);
            } else {
                BodyLiteral.Comparison c = (BodyLiteral.Comparison) literal;
                term(c.left(), out);
                out.append(' ').append(c.op().symbol()).append(' ');
                term(c.right(), out);
            }
        }
        return out.append('.').toString();
    }

    private static void atom(DatalogAtom atom, StringBuilder out) {
        out.append(atom.relation()).append('(');
        for (int i = 0; i < atom.arity(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            term(atom.terms().get(i), out);
        }
        out.append(')');
    }

    private static void term(Term term, StringBuilder out) {
        out.append(term instanceof Term.Variable v ? v.name() : Fact.literal(((Term.Constant) term).value()));
    }
}
