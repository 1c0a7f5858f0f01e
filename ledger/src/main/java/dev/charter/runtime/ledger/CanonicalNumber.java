package dev.charter.runtime.ledger;

import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.json.JsonLimits;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Whether a JSON number literal is in canonical form: exactly the text
 * {@link CanonicalJson#numberText} gives for the number it denotes (for a number a double holds,
 * the RFC 8785 text). Short integers, the common case, are checked without parsing.
 */
final class CanonicalNumber {

    private CanonicalNumber() {}

    static boolean isNumberByte(byte b) {
        return (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
    }

    /** Whether {@code in[start, end)} is a number literal in canonical form. */
    static boolean isCanonical(byte[] in, int start, int end) {
        int length = end - start;
        if (length == 0 || length > JsonLimits.MAX_NUMBER_TEXT) {
            return false;
        }
        boolean negative = in[start] == '-';
        int digits = length - (negative ? 1 : 0);
        int first = start + (negative ? 1 : 0);
        if (digits >= 1
                && digits <= 21
                && allDigits(in, first, end)
                && (in[first] != '0' || (digits == 1 && !negative))) {
            return true; // an integer written as its digits, without a leading zero or a negative zero
        }
        String literal = new String(in, start, length, StandardCharsets.US_ASCII);
        try {
            return literal.equals(CanonicalJson.numberText(new BigDecimal(literal)));
        } catch (NumberFormatException | ArithmeticException e) {
            return false;
        }
    }

    private static boolean allDigits(byte[] in, int from, int to) {
        for (int i = from; i < to; i++) {
            if (in[i] < '0' || in[i] > '9') {
                return false;
            }
        }
        return true;
    }
}
