package dev.charter.runtime.ledger.history;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A column of summed amounts, one per index, each parsed once from its normalised number text:
 * an amount of the form {@code -?[0-9]{1,12}(\.[0-9]{1,6})?} as an unscaled {@code long} at the
 * fixed scale of {@link SumColumn}, with its own scale (its fraction digits); any other as a
 * {@link BigDecimal}; or none. Not thread-safe.
 */
final class AmountColumn {

    /** The scale of an absent amount, which adds nothing. */
    static final int NONE = -1;
    /** The scale of an amount held as a {@code BigDecimal}. */
    static final int BIG = -2;

    /** Integer digits an amount may have to be held at the fixed scale: 12 + 6 digits fit a long. */
    private static final int INTEGER_DIGITS = 12;

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private long[] unscaled;
    private int[] scales;
    /** The amounts held as {@code BigDecimal}s; an entry means something only where the scale is {@link #BIG}. */
    private BigDecimal[] big;

    AmountColumn(int capacity) {
        this.unscaled = new long[capacity];
        this.scales = new int[capacity];
        this.big = new BigDecimal[capacity];
    }

    void grow(int capacity) {
        if (capacity > unscaled.length) {
            unscaled = Arrays.copyOf(unscaled, capacity);
            scales = Arrays.copyOf(scales, capacity);
            big = Arrays.copyOf(big, capacity);
        }
    }

    void setNone(int a) {
        scales[a] = NONE;
    }

    /** Sets amount {@code a} to amount {@code b} of {@code from}. */
    void copy(int a, AmountColumn from, int b) {
        unscaled[a] = from.unscaled[b];
        scales[a] = from.scales[b];
        if (scales[a] == BIG) {
            big[a] = from.big[b];
        }
    }

    /** Sets amount {@code a} to the number whose canonical text is {@code text[from, to)} (ASCII). */
    void set(int a, byte[] text, int from, int to) {
        if (!setFixed(a, text, from, to)) {
            big[a] = new BigDecimal(new String(text, from, to - from, StandardCharsets.US_ASCII));
            scales[a] = BIG;
        }
    }

    /** The scale of amount {@code a} (its fraction digits, 0 … 6), or {@link #NONE} or {@link #BIG}. */
    int scale(int a) {
        return scales[a];
    }

    /** Amount {@code a} unscaled at the fixed scale; meaningful for a fixed amount only. */
    long unscaled(int a) {
        return unscaled[a];
    }

    /** Amount {@code a} as a {@code BigDecimal}, at its own scale; not for an absent amount. */
    BigDecimal value(int a) {
        return scales[a] == BIG
                ? big[a]
                : BigDecimal.valueOf(unscaled[a], SumColumn.FIXED).setScale(scales[a]);
    }

    private boolean setFixed(int a, byte[] text, int from, int to) {
        int i = from < to && text[from] == '-' ? from + 1 : from;
        int digitsFrom = i;
        long value = 0;
        while (i < to && text[i] >= '0' && text[i] <= '9') {
            value = value * 10 + (text[i] - '0');
            i++;
        }
        int integerDigits = i - digitsFrom;
        if (integerDigits == 0 || integerDigits > INTEGER_DIGITS) {
            return false;
        }
        int fraction = 0;
        if (i < to && text[i] == '.') {
            i++;
            int fractionFrom = i;
            while (i < to && text[i] >= '0' && text[i] <= '9' && i - fractionFrom < SumColumn.FIXED) {
                value = value * 10 + (text[i] - '0');
                i++;
            }
            fraction = i - fractionFrom;
            if (fraction == 0) {
                return false;
            }
        }
        if (i != to) {
            return false;
        }
        long amount = value * POWERS[SumColumn.FIXED - fraction];
        unscaled[a] = digitsFrom > from ? -amount : amount;
        scales[a] = fraction;
        return true;
    }
}
