package dev.charter.runtime.ledger.history;

import dev.charter.runtime.ParameterNumbers;
import dev.charter.runtime.json.CanonicalJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A request attribute a history query reads, by its dotted path into the request object
 * ({@code agent}, {@code session}, {@code request.customer}), and how its values compare: as JSON
 * values ({@link Type#VALUE}), or as numbers read exactly as the engine reads them, so that
 * {@code 1.50}, {@code 1.5} and {@code "1.5"} are one decimal and a value the engine refuses is
 * no number.
 */
public record Attribute(String path, Type type) {

    /** How an attribute's values are read and compared. */
    public enum Type {
        /** Equal when their canonical JSON texts are equal. */
        VALUE,
        /** A 64-bit integer: an integral JSON number, or a string of digits. */
        INT,
        /** A decimal: a JSON number, or a string holding one. */
        DECIMAL
    }

    /** Beyond this many characters (quotes included) a string holds no number the engine reads. */
    private static final int LONGEST = 202;

    public Attribute {
        Objects.requireNonNull(type, "type");
        if (path == null || path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
            throw new IllegalArgumentException("not a dotted attribute path: '" + path + "'");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                throw new IllegalArgumentException("an attribute path is printable ASCII: '" + path + "'");
            }
        }
    }

    public static Attribute value(String path) {
        return new Attribute(path, Type.VALUE);
    }

    /**
     * The value as history compares and sums it, from its canonical JSON text: the text itself
     * for {@link Type#VALUE}; for a number type, the canonical JSON text of the number the engine
     * reads from it ({@link ParameterNumbers}: {@code 1.5} for {@code 1.50}, {@code "1.5"} and
     * {@code 15e-1}; one text per number), or null when the engine would refuse it as a value of
     * the type (not a number, a decimal beyond the engine's bounds, an int string of more than 19
     * digits), which then agrees with no request and adds nothing to a sum. A canonical JSON
     * number the engine reads as it is is taken as it is.
     */
    public String normalise(String canonicalText) {
        if (canonicalText == null || type == Type.VALUE || canonicalText.isEmpty()) {
            return canonicalText;
        }
        char first = canonicalText.charAt(0);
        Object raw;
        if (first == '"') {
            if (canonicalText.length() > LONGEST || canonicalText.indexOf('\\') >= 0) {
                return null; // no number's characters are escaped in canonical JSON
            }
            raw = canonicalText.substring(1, canonicalText.length() - 1);
        } else if (first == '-' || (first >= '0' && first <= '9')) {
            byte[] ascii = canonicalText.getBytes(StandardCharsets.US_ASCII);
            if (type == Type.INT ? fitsLong(canonicalText) : plainInBounds(ascii, 0, ascii.length)) {
                return canonicalText;
            }
            try {
                raw = new BigDecimal(canonicalText);
            } catch (NumberFormatException e) {
                return null; // an exponent beyond the int range
            }
        } else {
            return null;
        }
        if (type == Type.INT) {
            Long value = ParameterNumbers.intOf(raw);
            return value == null ? null : Long.toString(value);
        }
        BigDecimal value = ParameterNumbers.decimalOf(raw);
        return value == null ? null : CanonicalJson.numberText(value);
    }

    /**
     * Whether the canonical number text {@code ascii[from, to)} is written out ({@code -?D+(.D+)?})
     * with at most {@link ParameterNumbers#MAX_DIGITS} digits before and after its point: a decimal
     * within the engine's bounds, whose canonical text it already is.
     */
    static boolean plainInBounds(byte[] ascii, int from, int to) {
        int digitsFrom = ascii[from] == '-' ? from + 1 : from;
        int point = -1;
        for (int i = digitsFrom; i < to; i++) {
            byte c = ascii[i];
            if (c == '.' && point < 0) {
                point = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        int integerDigits = (point < 0 ? to : point) - digitsFrom;
        int fractionDigits = point < 0 ? 0 : to - point - 1;
        return integerDigits <= ParameterNumbers.MAX_DIGITS && fractionDigits <= ParameterNumbers.MAX_DIGITS;
    }

    /** Whether a canonical number text is an integer a {@code long} holds. */
    private static boolean fitsLong(String text) {
        int from = text.charAt(0) == '-' ? 1 : 0;
        if (text.length() - from > 19 || text.length() == from) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        try {
            Long.parseLong(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
