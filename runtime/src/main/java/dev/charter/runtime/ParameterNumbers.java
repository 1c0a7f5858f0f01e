package dev.charter.runtime;

import java.math.BigDecimal;

/**
 * How an {@code int} or {@code decimal} parameter is read from its JSON value (docs/requests.md):
 * by the engine when it binds a request, and by the ledger's history when it sums or compares
 * an earlier request's parameter, so that both read a value as the same number or both refuse it.
 * A value is given as a parsed request holds it: a JSON number as its exact {@link BigDecimal},
 * a JSON string as its {@link String}; anything else is no number.
 *
 * <p>Decimals are bounded (at most {@value #MAX_DIGITS} digits before and after the point) so
 * that no input can make exact arithmetic expensive; ints and decimals also accept their digits
 * as a string ({@code "15000.00"}).
 */
public final class ParameterNumbers {

    /** The most digits a decimal has before, and after, its point. */
    public static final int MAX_DIGITS = 40;

    private ParameterNumbers() {}

    /**
     * The int {@code raw} holds: an integral JSON number within 64 bits, or a string of 1 to 19
     * digits, optionally after a {@code -}, within 64 bits; null for anything else.
     */
    public static Long intOf(Object raw) {
        try {
            if (raw instanceof BigDecimal d) {
                return d.longValueExact();
            }
            if (raw instanceof String s && isInteger(s)) {
                return Long.parseLong(s);
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /**
     * The decimal {@code raw} holds, in its one normal form (trailing zeros stripped: {@code 1.5}
     * for {@code 1.50}, {@code "1.5"} and {@code 15e-1}): a JSON number, or a string of decimal
     * syntax with an exponent of at most 4 digits; null for anything else and for a decimal beyond
     * the bounds.
     */
    public static BigDecimal decimalOf(Object raw) {
        BigDecimal d = null;
        if (raw instanceof BigDecimal n) {
            d = n;
        } else if (raw instanceof String s && isDecimal(s)) {
            d = new BigDecimal(s);
        }
        return d != null && inBounds(d) ? RawJson.normalise(d) : null;
    }

    /** Whether a decimal stays within the bounds every decimal on the decision path respects. */
    static boolean inBounds(BigDecimal d) {
        if (d.signum() == 0) {
            return true;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        int integerDigits = stripped.precision() - stripped.scale();
        return stripped.scale() <= MAX_DIGITS && integerDigits <= MAX_DIGITS;
    }

    /** {@code -?[0-9]{1,19}}, checked by hand: this runs for every attribute of every request. */
    static boolean isInteger(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        return s.length() > start && s.length() - start <= 19 && digits(s, start, s.length()) == s.length();
    }

    /** {@code -?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]{1,4})?}, at most 200 characters. */
    static boolean isDecimal(String s) {
        if (s.length() > 200) {
            return false;
        }
        int i = s.startsWith("-") ? 1 : 0;
        int end = digits(s, i, s.length());
        if (end == i) {
            return false;
        }
        if (end < s.length() && s.charAt(end) == '.') {
            int fraction = end + 1;
            end = digits(s, fraction, s.length());
            if (end == fraction) {
                return false;
            }
        }
        if (end < s.length() && (s.charAt(end) == 'e' || s.charAt(end) == 'E')) {
            int exponent =
                    end + 1 < s.length() && (s.charAt(end + 1) == '+' || s.charAt(end + 1) == '-') ? end + 2 : end + 1;
            end = digits(s, exponent, s.length());
            return end > exponent && end - exponent <= 4 && end == s.length();
        }
        return end == s.length();
    }

    /** The index of the first non-digit at or after {@code from}. */
    private static int digits(String s, int from, int to) {
        int i = from;
        while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
