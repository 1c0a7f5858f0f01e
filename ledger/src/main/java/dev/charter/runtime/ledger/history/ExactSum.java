package dev.charter.runtime.ledger.history;

import java.math.BigDecimal;

/**
 * An exact running sum of decimal amounts, given as canonical number texts: an unscaled
 * {@code long} at a fixed scale of {@value #FIXED} fraction digits while every amount and the sum
 * fit it, a {@link BigDecimal} from the first amount or sum that does not. Its value and scale are
 * those of summing the amounts as {@code BigDecimal}s from {@link BigDecimal#ZERO}: the exact sum
 * at the largest scale of zero and the amounts. Not thread-safe.
 */
final class ExactSum {

    static final int FIXED = 6;
    /** Integer digits an amount may have to be held at the fixed scale: 12 + 6 digits fit a long. */
    private static final int INTEGER_DIGITS = 12;

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private long unscaled;
    private BigDecimal big;
    private int scale;

    ExactSum() {}

    private ExactSum(long unscaled, BigDecimal big, int scale) {
        this.unscaled = unscaled;
        this.big = big;
        this.scale = scale;
    }

    ExactSum copy() {
        return new ExactSum(unscaled, big, scale);
    }

    /** Adds the amount whose canonical number text is {@code text}; null adds nothing. */
    void add(String text) {
        if (text == null) {
            return;
        }
        if (big == null && addFixed(text)) {
            return;
        }
        BigDecimal amount = new BigDecimal(text);
        scale = Math.max(scale, amount.scale());
        big = exact().add(amount);
    }

    /** Subtracts {@code other}, a sum of amounts this sum also added. */
    void subtract(ExactSum other) {
        scale = Math.max(scale, other.scale);
        if (big == null && other.big == null) {
            long difference = unscaled - other.unscaled;
            if (((unscaled ^ other.unscaled) & (unscaled ^ difference)) >= 0) {
                unscaled = difference;
                return;
            }
        }
        big = exact().subtract(other.exact());
    }

    /** The sum, at the largest scale of zero and the amounts added. */
    BigDecimal value() {
        return exact().setScale(scale);
    }

    private BigDecimal exact() {
        return big != null ? big : BigDecimal.valueOf(unscaled, FIXED);
    }

    /** Adds an amount of the form {@code -?[0-9]+(\.[0-9]{1,6})?} that fits; false, changing nothing, otherwise. */
    private boolean addFixed(String text) {
        int length = text.length();
        int i = text.charAt(0) == '-' ? 1 : 0;
        int digitsFrom = i;
        long value = 0;
        while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            value = value * 10 + (text.charAt(i) - '0');
            i++;
        }
        int integerDigits = i - digitsFrom;
        if (integerDigits == 0 || integerDigits > INTEGER_DIGITS) {
            return false;
        }
        int fraction = 0;
        if (i < length && text.charAt(i) == '.') {
            i++;
            int fractionFrom = i;
            while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
            }
            fraction = i - fractionFrom;
            if (fraction == 0 || fraction > FIXED) {
                return false;
            }
        }
        if (i != length) {
            return false;
        }
        long amount = value * POWERS[FIXED - fraction];
        if (digitsFrom == 1) {
            amount = -amount;
        }
        long total = unscaled + amount;
        if (((unscaled ^ total) & (amount ^ total)) < 0) {
            return false;
        }
        unscaled = total;
        scale = Math.max(scale, fraction);
        return true;
    }
}
