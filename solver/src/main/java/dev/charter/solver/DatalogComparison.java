package dev.charter.solver;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntSort;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.ValueType;

/**
 * A comparison in a Datalog clause body, as the runtime's evaluator decides it: ints and decimals
 * numerically, dates by date, every other pair by equality of type and value, and an ordering
 * test between values that have no order is false.
 */
final class DatalogComparison {

    private DatalogComparison() {}

    /** A term with the language type of the value it stands for. */
    record Typed(Expr<?> term, ValueType type) {}

    static BoolExpr encode(Context z3, CompareOp op, Typed left, Typed right) {
        if (numeric(left.type()) && numeric(right.type())) {
            return order(z3, op, real(z3, left), real(z3, right));
        }
        if (left.type() == PrimitiveType.DATE && right.type() == PrimitiveType.DATE) {
            return order(z3, op, (ArithExpr<?>) left.term(), (ArithExpr<?>) right.term());
        }
        if (op.isOrdering()) {
            return z3.mkFalse();
        }
        BoolExpr equal = left.type().equals(right.type()) ? z3.mkEq(left.term(), right.term()) : z3.mkFalse();
        return op == CompareOp.EQ ? equal : z3.mkNot(equal);
    }

    private static boolean numeric(ValueType type) {
        return type == PrimitiveType.INT || type == PrimitiveType.DECIMAL;
    }

    @SuppressWarnings("unchecked")
    private static ArithExpr<?> real(Context z3, Typed typed) {
        return typed.type() == PrimitiveType.INT
                ? z3.mkInt2Real((Expr<IntSort>) typed.term())
                : (ArithExpr<?>) typed.term();
    }

    private static BoolExpr order(Context z3, CompareOp op, ArithExpr<?> left, ArithExpr<?> right) {
        return switch (op) {
            case EQ -> z3.mkEq(left, right);
            case NE -> z3.mkNot(z3.mkEq(left, right));
            case LT -> z3.mkLt(left, right);
            case LE -> z3.mkLe(left, right);
            case GT -> z3.mkGt(left, right);
            case GE -> z3.mkGe(left, right);
        };
    }
}
