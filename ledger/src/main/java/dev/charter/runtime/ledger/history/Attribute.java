package dev.charter.runtime.ledger.history;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A request attribute a history query reads, by its dotted path into the request object
 * ({@code agent}, {@code session}, {@code request.customer}), and how its values compare: as JSON
 * values ({@link Type#VALUE}), or as numbers, so that {@code 1.50}, {@code 1.5} and
 * {@code "1.5"} are one decimal, as the engine reads them.
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

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    /** Beyond this many characters a text is no number a request can hold. */
    private static final int LONGEST = 1026;

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
     * The value as history compares it, from its canonical JSON text: the text itself for
     * {@link Type#VALUE}; for a number type, the number's one text ({@code 1.5} for {@code 1.50}
     * and {@code "1.5"}), or null when the value is not such a number, which then agrees with no
     * request and adds nothing to a sum.
     */
    public String normalise(String canonicalText) {
        if (canonicalText == null || type == Type.VALUE) {
            return canonicalText;
        }
        BigDecimal number = number(canonicalText);
        if (number == null) {
            return null;
        }
        if (type == Type.INT) {
            try {
                return Long.toString(number.longValueExact());
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return number.stripTrailingZeros().toString();
    }

    private BigDecimal number(String text) {
        if (text.isEmpty() || text.length() > LONGEST) {
            return null;
        }
        boolean quoted = text.charAt(0) == '"';
        String digits = quoted ? text.substring(1, text.length() - 1) : text;
        Pattern form = quoted && type == Type.INT ? INTEGER : DECIMAL;
        if (!form.matcher(digits).matches()) {
            return null;
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null; // an exponent beyond the int range
        }
    }
}
