package dev.charter.solver;

import com.microsoft.z3.Expr;
import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.DatalogAtom;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Term;
import dev.charter.runtime.ir.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A clause's terms as Z3 terms under a binding of its variables, and the language type of each variable. */
final class ClauseTerms {

    private final ValueCodec codec;
    private final Map<String, ValueType> types;

    ClauseTerms(ValueCodec codec, Program program, Clause clause) {
        this.codec = codec;
        this.types = new LinkedHashMap<>();
        read(program, clause.head());
        for (BodyLiteral literal : clause.body()) {
            if (literal instanceof BodyLiteral.Positive p) {
                read(program, p.atom());
            } else if (literal instanceof BodyLiteral.Negated n) {
                read(program, n.atom());
            }
        }
    }

    /** Each variable's type: the type of a column it stands in. */
    Map<String, ValueType> types() {
        return types;
    }

    private void read(Program program, DatalogAtom atom) {
        var relation = program.relation(atom.relation()).orElseThrow();
        for (int i = 0; i < atom.arity(); i++) {
            if (atom.terms().get(i) instanceof Term.Variable v) {
                types.putIfAbsent(v.name(), relation.columns().get(i).type());
            }
        }
    }

    List<Expr<?>> arguments(DatalogAtom atom, Map<String, Expr<?>> binding) {
        List<Expr<?>> out = new ArrayList<>();
        for (Term term : atom.terms()) {
            out.add(
                    term instanceof Term.Constant c
                            ? codec.encode(c.value())
                            : binding.get(((Term.Variable) term).name()));
        }
        return out;
    }

    DatalogComparison.Typed typed(Term term, Map<String, Expr<?>> binding) {
        if (term instanceof Term.Constant c) {
            return new DatalogComparison.Typed(
                    codec.encode(c.value()), c.value().type());
        }
        String name = ((Term.Variable) term).name();
        return new DatalogComparison.Typed(binding.get(name), types.get(name));
    }
}
