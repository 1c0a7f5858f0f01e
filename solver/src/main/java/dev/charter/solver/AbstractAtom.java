package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Expr;
import dev.charter.runtime.ir.Expr.Atom;
import java.util.List;

/**
 * An atom over a relation the solver abstracts (it depends on {@code input relation}s), with
 * its encoded arguments (null for a wildcard) and its term. A model gives each such atom a truth
 * value that a witness's fact snapshot must then realise.
 */
record AbstractAtom(Atom atom, List<Expr<?>> arguments, BoolExpr term) {

    AbstractAtom {
        arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
    }
}
