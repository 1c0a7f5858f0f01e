package dev.charter.runtime;

import dev.charter.runtime.ir.Expr;

/**
 * Which conditions can fail when evaluated: those with 64-bit arithmetic (overflow), a
 * {@code matches} test (the decision's budget), or a history term (no history to read). Every other node — comparisons, set membership,
 * string tests, Datalog look-ups of a well-typed request — yields true or false. Binding a
 * condition's variables to facts can fail too: it is charged to the decision's budget. A rule whose
 * condition cannot fail may be left unevaluated without changing the decision: it can only match
 * or not, and a decision settled above it does not depend on which.
 */
final class Fallibility {

    private Fallibility() {}

    static boolean canFail(Expr e) {
        return e.subtree().stream()
                .anyMatch(n -> n instanceof Expr.Arithmetic
                        || n instanceof Expr.Negate
                        || n instanceof Expr.Matches
                        || n instanceof Expr.Exists
                        || n instanceof Expr.History);
    }
}
