package dev.charter.runtime.ledger.history;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a summed attribute from its canonical JSON text: a JSON number, or a string holding a
 * decimal ({@code "500.00"}), as a request may give a decimal either way (docs/requests.md).
 */
final class Amounts {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    /** Beyond this many characters a text is no amount a request can hold. */
    private static final int LONGEST = 1024;

    private Amounts() {}

    /** The number {@code text} denotes, or null when it is not a number nor a decimal string. */
    static BigDecimal parse(String text) {
        if (text == null || text.isEmpty() || text.length() > LONGEST + 2) {
            return null;
        }
        char first = text.charAt(0);
        String digits = first == '"' ? text.substring(1, text.length() - 1) : text;
        if (!(first == '"' || first == '-' || (first >= '0' && first <= '9'))
                || !DECIMAL.matcher(digits).matches()) {
            return null;
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null; // an exponent beyond int range
        }
    }
}
