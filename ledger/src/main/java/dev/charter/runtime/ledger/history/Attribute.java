package dev.charter.runtime.ledger.history;

import dev.charter.runtime.json.CanonicalJson;
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
    /** Beyond this many characters (quotes included) a string holds no number a request can hold. */
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
     * {@link Type#VALUE}; for a number type, the number's canonical JSON text ({@code 1.5} for
     * {@code 1.50}, {@code "1.5"} and {@code 15e-1}: one text per number), or null when the value
     * is not such a number, which then agrees with no request and adds nothing to a sum. A JSON
     * number in canonical JSON is already its canonical text, so it is taken as it is.
     */
    public String normalise(String canonicalText) {
        if (canonicalText == null || type == Type.VALUE || canonicalText.isEmpty()) {
            return canonicalText;
        }
        char first = canonicalText.charAt(0);
        if (first != '"') {
            boolean number = first == '-' || (first >= '0' && first <= '9');
            return number && (type == Type.DECIMAL || fitsLong(canonicalText)) ? canonicalText : null;
        }
        if (canonicalText.length() > LONGEST) {
            return null;
        }
        String digits = canonicalText.substring(1, canonicalText.length() - 1);
        if (!(type == Type.INT ? INTEGER : DECIMAL).matcher(digits).matches()) {
            return null;
        }
        try {
            String text = CanonicalJson.numberText(new BigDecimal(digits));
            return type == Type.DECIMAL || fitsLong(text) ? text : null;
        } catch (NumberFormatException e) {
            return null; // an exponent beyond the int range
        }
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
