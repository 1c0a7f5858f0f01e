package dev.charter.runtime.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.erdtman.jcs.NumberToJSON;

/**
 * Whether a JSON number literal is in RFC 8785 form: exactly what ECMAScript prints for the
 * IEEE-754 double it denotes. Short integers, the common case, are checked without parsing.
 */
final class CanonicalNumber {

    private CanonicalNumber() {
    }

    static boolean isNumberByte(byte b) {
        return (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
    }

    /** Whether {@code in[start, end)} is a number literal in canonical form. */
    static boolean isCanonical(byte[] in, int start, int end) {
        int length = end - start;
        if (length == 0) {
            return false;
        }
        boolean negative = in[start] == '-';
        int digits = length - (negative ? 1 : 0);
        int first = start + (negative ? 1 : 0);
        if (digits >= 1 && digits <= 15 && allDigits(in, first, end) && (in[first] != '0' || (digits == 1 && !negative))) {
            return true; // an integer that a double holds exactly, in its shortest form
        }
        String literal = new String(in, start, length, StandardCharsets.US_ASCII);
        try {
            double d = Double.parseDouble(literal);
            return Double.isFinite(d) && literal.equals(NumberToJSON.serializeNumber(d));
        } catch (NumberFormatException | IOException e) {
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
