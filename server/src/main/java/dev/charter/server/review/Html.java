package dev.charter.server.review;

/**
 * Escaping for the review page. Every value that did not come from this package (agent names,
 * actions, arguments, reasons, reviewer names, rule names, proofs) goes through {@link #text}
 * before it reaches the page, in element content and in double-quoted attribute values alike.
 *
 * <p>Besides the five characters HTML gives meaning to, {@link #text} makes visible every
 * character that could make a value look like something else: control characters (C0, DEL, C1:
 * newlines, ANSI escape sequences), format characters (bidirectional overrides and isolates,
 * zero-width joiners and spaces), line and paragraph separators, and surrogates that are not
 * part of a pair. Each becomes the six characters {@code \}{@code uXXXX} of its code unit, so a
 * name such as {@code "bob\n approved by alice"} reads as one line with a visible {@code \}{@code u000A}.
 */
public final class Html {

    private Html() {}

    /** {@code value} as HTML text, safe in element content and in a double-quoted attribute value. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < length
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        int codePoint = Character.toCodePoint(c, value.charAt(i + 1));
                        if (invisible(codePoint)) {
                            visible(out, c);
                            visible(out, value.charAt(i + 1));
                        } else {
                            out.append(c).append(value.charAt(i + 1));
                        }
                        i++;
                    } else if (Character.isSurrogate(c) || invisible(c)) {
                        visible(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether a code point is one {@link #text} shows as {@code \}{@code uXXXX} rather than as itself. */
    static boolean invisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED -> true;
            default -> false;
        };
    }

    private static void visible(StringBuilder out, char c) {
        out.append("\\u").append(String.format("%04X", (int) c));
    }
}
