package dev.charter.runtime.datalog;

import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.Value;
import java.math.BigDecimal;

/**
 * Comparison of Datalog values: ints and decimals numerically (so {@code 2 == 2.0}), dates by
 * date, and every other type by equality only; an ordering test on unordered values is false.
 */
final class ValueOrder {

    private ValueOrder() {}

    static boolean holds(CompareOp op, Value left, Value right) {
        if (isNumeric(left) && isNumeric(right)) {
            return op.test(number(left).compareTo(number(right)));
        }
        if (left instanceof Value.DateValue l && right instanceof Value.DateValue r) {
            return op.test(l.value().compareTo(r.value()));
        }
        if (op.isOrdering()) {
            return false;
        }
        return (op == CompareOp.EQ) == left.equals(right);
    }

    private static boolean isNumeric(Value v) {
        return v instanceof Value.IntValue || v instanceof Value.DecimalValue;
    }

    private static BigDecimal number(Value v) {
        return v instanceof Value.IntValue i ? BigDecimal.valueOf(i.value()) : ((Value.DecimalValue) v).value();
    }
}
