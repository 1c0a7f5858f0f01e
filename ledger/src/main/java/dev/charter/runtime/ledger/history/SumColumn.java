package dev.charter.runtime.ledger.history;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A column of exact running sums of decimal amounts, one per index, in one {@code long} array (a
 * sum's unscaled value and scale side by side, with room after them for a few {@code long} fields
 * of the owner's, so that what the owner keeps per index shares the sum's cache line): each an
 * unscaled {@code long} at a fixed scale of {@value #FIXED} fraction digits while every amount
 * added to it and the sum fit that, a {@link BigDecimal} from the first amount or result that does
 * not. A sum's value and scale are those of summing its amounts as {@code BigDecimal}s from
 * {@link BigDecimal#ZERO}: the exact sum at the largest scale of zero and the amounts. Amounts come
 * as {@link AmountColumn} parses them. Not thread-safe.
 */
final class SumColumn {

    static final int FIXED = 6;

    /** Longs per index: the sum's two, then the owner's. */
    private final int stride;
    /**
     * By index {@code i}, from {@code stride i}: the sum unscaled at the fixed scale; the largest
     * scale of the amounts added, 0 … {@value #FIXED} while fixed, any scale once a
     * {@code BigDecimal}; the owner's fields.
     */
    private long[] fields;
    /** The sums that left the fixed form; null until the first does. */
    private BigDecimal[] big;

    SumColumn(int capacity) {
        this(capacity, 0);
    }

    /** A column with {@code ownFields} longs of the owner's beside each sum. */
    SumColumn(int capacity, int ownFields) {
        this.stride = 2 + ownFields;
        this.fields = new long[stride * capacity];
    }

    /** Indexes held: every index is below it. */
    int capacity() {
        return fields.length / stride;
    }

    /** Makes room for indexes below {@code capacity}; new sums and fields are zero. */
    void grow(int capacity) {
        if (stride * capacity <= fields.length) {
            return;
        }
        fields = Arrays.copyOf(fields, stride * capacity);
        if (big != null) {
            big = Arrays.copyOf(big, capacity);
        }
    }

    /** The owner's field {@code k} of index {@code i}. */
    long field(int i, int k) {
        return fields[stride * i + 2 + k];
    }

    void setField(int i, int k, long value) {
        fields[stride * i + 2 + k] = value;
    }

    void addToField(int i, int k, long delta) {
        fields[stride * i + 2 + k] += delta;
    }

    /** Sets sum {@code i} to zero at scale 0. */
    void clear(int i) {
        fields[stride * i] = 0;
        fields[stride * i + 1] = 0;
        if (big != null) {
            big[i] = null;
        }
    }

    /** Adds amount {@code a} of {@code amounts} to sum {@code i}; an absent amount adds nothing. */
    void add(int i, AmountColumn amounts, int a) {
        int scale = amounts.scale(a);
        if (scale == AmountColumn.NONE) {
            return;
        }
        int at = stride * i;
        if (scale != AmountColumn.BIG && (big == null || big[i] == null)) {
            long amount = amounts.unscaled(a);
            long sum = fields[at];
            long total = sum + amount;
            if (((sum ^ total) & (amount ^ total)) >= 0) {
                fields[at] = total;
                fields[at + 1] = Math.max(fields[at + 1], scale);
                return;
            }
        }
        BigDecimal amount = amounts.value(a);
        fields[at + 1] = Math.max(fields[at + 1], amount.scale());
        setBig(i, exact(i).add(amount));
    }

    /** Sets sum {@code i} to sum {@code j} of {@code from}, value and scale. */
    void copy(int i, SumColumn from, int j) {
        fields[stride * i] = from.fields[from.stride * j];
        fields[stride * i + 1] = from.fields[from.stride * j + 1];
        BigDecimal value = from.big == null ? null : from.big[j];
        if (value != null) {
            setBig(i, value);
        } else if (big != null) {
            big[i] = null;
        }
    }

    /**
     * Subtracts a part of sum {@code i}, a sum of some of the amounts it added: {@code big} when
     * that part left the fixed form, else {@code unscaled} at the fixed scale. The scale stays:
     * it covers the part's amounts.
     */
    void subtract(int i, long unscaled, BigDecimal big) {
        if (big == null && (this.big == null || this.big[i] == null)) {
            long sum = fields[stride * i];
            long difference = sum - unscaled;
            if (((sum ^ unscaled) & (sum ^ difference)) >= 0) {
                fields[stride * i] = difference;
                return;
            }
        }
        setBig(i, exact(i).subtract(big != null ? big : BigDecimal.valueOf(unscaled, FIXED)));
    }

    /** Sum {@code i}, at the largest scale of zero and the amounts added. */
    BigDecimal value(int i) {
        return exact(i).setScale((int) fields[stride * i + 1]);
    }

    private BigDecimal exact(int i) {
        BigDecimal value = big == null ? null : big[i];
        return value != null ? value : BigDecimal.valueOf(fields[stride * i], FIXED);
    }

    private void setBig(int i, BigDecimal value) {
        if (big == null) {
            big = new BigDecimal[fields.length / stride];
        }
        big[i] = value;
    }
}
