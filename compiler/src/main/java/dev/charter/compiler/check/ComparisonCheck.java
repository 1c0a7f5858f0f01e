package dev.charter.compiler.check;

import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.ValueType;

/**
 * What may be compared with what, in conditions and in Datalog bodies alike: equal types, or an
 * int with a decimal; and {@code < <= > >=} only on ints, decimals and dates.
 */
final class ComparisonCheck {

    private final Diagnostics diagnostics;

    ComparisonCheck(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Reports and returns false when the comparison has no meaning. */
    boolean check(CompareOp op, ValueType left, ValueType right, SourceSpan span) {
        boolean comparable = left.equals(right) || (left.isNumeric() && right.isNumeric());
        if (!comparable) {
            diagnostics.report(
                    DiagnosticCode.TYPE_MISMATCH,
                    span,
                    "cannot compare " + Constants.article(left) + " with " + Constants.article(right),
                    "both sides of `" + op.symbol() + "` must have the same type (an int and a decimal also compare)");
            return false;
        }
        if (op.isOrdering() && !left.isOrdered()) {
            diagnostics.report(
                    DiagnosticCode.UNORDERED_COMPARISON,
                    span,
                    "`" + op.symbol() + "` needs numbers or dates, but this compares " + plural(left),
                    "use `==` or `!=`, or `in { ... }` for several values");
            return false;
        }
        return true;
    }

    private static String plural(ValueType type) {
        return Constants.article(type).replaceFirst("^an? ", "") + " values";
    }
}
