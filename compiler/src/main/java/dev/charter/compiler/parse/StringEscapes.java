package dev.charter.compiler.parse;

/**
 * Escape sequences of Charter strings ({@code \" \\ \/ \b \f \n \r \t \\uXXXX}, as in JSON):
 * reading a quoted token into its value and writing a value back as a quoted literal.
 */
final class StringEscapes {

    private StringEscapes() {}

    /**
     * The value of a quoted string token. Bad escapes, already reported by the lexical screen,
     * are kept as written so a broken string still yields a value.
     */
    static String unquote(String token) {
        int end = token.length() > 1 && token.endsWith("\"") && !endsInsideEscape(token)
                ? token.length() - 1
                : token.length();
        StringBuilder value = new StringBuilder(end);
        int i = 1;
        while (i < end) {
            char c = token.charAt(i);
            if (c != '\\' || i + 1 >= end) {
                value.append(c);
                i++;
                continue;
            }
            int consumed = appendEscape(token, i, end, value);
            i += consumed;
        }
        return value.toString();
    }

    /** Appends the character that the escape at {@code at} stands for; returns how many characters it spans. */
    private static int appendEscape(String token, int at, int end, StringBuilder value) {
        char kind = token.charAt(at + 1);
        switch (kind) {
            case '"':
            case '\\':
            case '/':
                value.append(kind);
                return 2;
            case 'b':
                value.append('\b');
                return 2;
            case 'f':
                value.append('\f');
                return 2;
            case 'n':
                value.append('\n');
                return 2;
            case 'r':
                value.append('\r');
                return 2;
            case 't':
                value.append('\t');
                return 2;
            case 'u':
                if (at + 6 <= end && isHex(token.substring(at + 2, at + 6))) {
                    value.append((char) Integer.parseInt(token.substring(at + 2, at + 6), 16));
                    return 6;
                }
                value.append('\\');
                return 1;
            default:
                value.append('\\');
                return 1;
        }
    }

    /** Index of the backslash of the first escape that is not one of the language's, or -1. */
    static int firstInvalidEscape(String token) {
        for (int i = 1; i < token.length() - 1; i++) {
            if (token.charAt(i) != '\\') {
                continue;
            }
            char kind = token.charAt(i + 1);
            if ("\"\\/bfnrt".indexOf(kind) >= 0) {
                i++;
            } else if (kind == 'u' && i + 6 <= token.length() && isHex(token.substring(i + 2, i + 6))) {
                i += 5;
            } else {
                return i;
            }
        }
        return -1;
    }

    /** Whether the last quote of {@code token} is escaped (so the string is not actually closed). */
    static boolean endsInsideEscape(String token) {
        int backslashes = 0;
        for (int i = token.length() - 2; i >= 1 && token.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** {@code value} as a double-quoted literal that reads back to the same value. */
    static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"':
                    quoted.append("\\\"");
                    break;
                case '\\':
                    quoted.append("\\\\");
                    break;
                case '\b':
                    quoted.append("\\b");
                    break;
                case '\f':
                    quoted.append("\\f");
                    break;
                case '\n':
                    quoted.append("\\n");
                    break;
                case '\r':
                    quoted.append("\\r");
                    break;
                case '\t':
                    quoted.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
            }
        }
        return quoted.append('"').toString();
    }

    private static boolean isHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
