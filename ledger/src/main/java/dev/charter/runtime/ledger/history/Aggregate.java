package dev.charter.runtime.ledger.history;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a history query read for one decision: how many earlier decisions matched, and the sum of
 * their summed attribute (zero for a count-only query).
 */
public record Aggregate(long count, BigDecimal sum) {

    public static final Aggregate NONE = new Aggregate(0, BigDecimal.ZERO);

    public Aggregate {
        Objects.requireNonNull(sum, "sum");
        if (count < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
    }

    /** Equal counts and numerically equal sums ({@code 5.0} and {@code 5} are the same sum). */
    public boolean sameAs(Aggregate other) {
        return count == other.count && sum.compareTo(other.sum) == 0;
    }
}
