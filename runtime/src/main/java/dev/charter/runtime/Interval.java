package dev.charter.runtime;

import dev.charter.runtime.ir.CompareOp;
import java.math.BigDecimal;

/**
 * A set of numbers between two optional bounds, each open or closed: what the comparisons of a
 * rule's condition with constants allow one attribute to be.
 */
record Interval(BigDecimal low, boolean lowClosed, BigDecimal high, boolean highClosed) {

    static final Interval ALL = new Interval(null, false, null, false);

    /** The values {@code x} with {@code x op c}; {@code !=} allows everything but one point, which an interval over-approximates as all. */
    static Interval of(CompareOp op, BigDecimal c) {
        return switch (op) {
            case EQ -> new Interval(c, true, c, true);
            case LT -> new Interval(null, false, c, false);
            case LE -> new Interval(null, false, c, true);
            case GT -> new Interval(c, false, null, false);
            case GE -> new Interval(c, true, null, false);
            case NE -> ALL;
        };
    }

    Interval intersect(Interval o) {
        BigDecimal lo = low;
        boolean loClosed = lowClosed;
        if (o.low != null && (lo == null || o.low.compareTo(lo) > 0 || (o.low.compareTo(lo) == 0 && !o.lowClosed))) {
            lo = o.low;
            loClosed = o.lowClosed;
        }
        BigDecimal hi = high;
        boolean hiClosed = highClosed;
        if (o.high != null
                && (hi == null || o.high.compareTo(hi) < 0 || (o.high.compareTo(hi) == 0 && !o.highClosed))) {
            hi = o.high;
            hiClosed = o.highClosed;
        }
        return new Interval(lo, loClosed, hi, hiClosed);
    }

    boolean contains(BigDecimal x) {
        if (low != null) {
            int c = x.compareTo(low);
            if (c < 0 || (c == 0 && !lowClosed)) {
                return false;
            }
        }
        if (high != null) {
            int c = x.compareTo(high);
            return c < 0 || (c == 0 && highClosed);
        }
        return true;
    }
}
