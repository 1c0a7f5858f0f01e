package dev.charter.cli;

/**
 * The one escaping of strings that come from inputs (agent names, reviewers' words, file names,
 * records, messages that quote them) before a text renderer prints them for a person. A control
 * character in such a string could forge lines (a newline), rewrite the screen (an ANSI escape)
 * or reorder what is shown (a bidirectional override), so each is printed as a visible escape:
 * {@code \n}, {@code \r}, {@code \t}, else {@code \u001b}-style. Covered: C0 controls, DEL, C1
 * controls, and the Unicode bidirectional embeddings, overrides and isolates. JSON output needs
 * none of this: JSON escapes control characters itself.
 */
final class TerminalText {

    private TerminalText() {}

    /** {@code text} on one line: every control character escaped, newlines included. */
    static String line(String text) {
        return escape(text, false);
    }

    /** {@code text} as lines: every control character escaped except the newlines that separate them. */
    static String lines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepNewlines) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escaped = isControl(c) && !(keepNewlines && c == '\n');
            if (escaped && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escaped) {
                    out.append(escapeOf(c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static String escapeOf(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04x", (int) c);
        };
    }
}
