package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntSort;

/**
 * Equality of a value and a relation's column as the runtime tests it: an int meets a decimal
 * column by value (the runtime converts the argument to the column's type); terms of any other
 * two different sorts never agree.
 */
final class Terms {

    private Terms() {}

    @SuppressWarnings("unchecked")
    static BoolExpr equal(Context z3, Expr<?> left, Expr<?> right) {
        if (left.getSort().equals(right.getSort())) {
            return z3.mkEq(left, right);
        }
        if (left.getSort().equals(z3.getIntSort()) && right.getSort().equals(z3.getRealSort())) {
            return z3.mkEq(z3.mkInt2Real((Expr<IntSort>) left), right);
        }
        if (left.getSort().equals(z3.getRealSort()) && right.getSort().equals(z3.getIntSort())) {
            return z3.mkEq(left, z3.mkInt2Real((Expr<IntSort>) right));
        }
        return z3.mkFalse();
    }
}
