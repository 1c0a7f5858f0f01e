package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * A tuple a relation may hold, as Z3 terms: it is in the relation exactly when {@code guard}
 * holds. A relation's contents are then a finite list of such tuples — the constants of a fixed
 * relation (guard true), the slots of a bounded fact snapshot, or what its clauses derive from them.
 */
record SymbolicTuple(BoolExpr guard, List<Expr<?>> terms) {

    SymbolicTuple {
        terms = List.copyOf(terms);
    }

    /** {@code relation(arguments)} over the tuples; a null argument is a wildcard. */
    static BoolExpr member(Context z3, List<SymbolicTuple> tuples, List<Expr<?>> arguments) {
        List<BoolExpr> options = new ArrayList<>();
        for (SymbolicTuple tuple : tuples) {
            List<BoolExpr> parts = new ArrayList<>();
            parts.add(tuple.guard());
            for (int i = 0; i < arguments.size(); i++) {
                if (arguments.get(i) != null) {
                    parts.add(Terms.equal(z3, arguments.get(i), tuple.terms().get(i)));
                }
            }
            options.add(z3.mkAnd(parts.toArray(new BoolExpr[0])));
        }
        return (BoolExpr) z3.mkOr(options.toArray(new BoolExpr[0])).simplify();
    }
}
