package dev.charter.compiler.parse;

/** How stray characters are shown to a person, and what they were probably meant to be. */
final class StrayText {

    private static final int SHOWN = 20;

    private StrayText() {}

    /** The characters in backticks, invisible ones as {@code U+XXXX}, long runs shortened. */
    static String show(String text) {
        StringBuilder shown = new StringBuilder("`");
        int count = 0;
        for (int i = 0; i < text.length() && count < SHOWN; i = text.offsetByCodePoints(i, 1), count++) {
            int c = text.codePointAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || !Character.isDefined(c)) {
                shown.append(String.format("U+%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        }
        if (text.codePointCount(0, text.length()) > SHOWN) {
            shown.append("…");
        }
        return shown.append('`').toString();
    }

    /** A fix for the usual suspects (operators from other languages), or null. */
    static String suggestion(String text) {
        switch (text) {
            case "&&":
            case "&":
                return "write `and`";
            case "||":
            case "|":
                return "write `or`";
            case "!":
                return "write `not`";
            case "=":
                return "compare with `==`";
            case "#":
                return "comments start with `//`";
            case "'":
                return "strings are written in double quotes";
            case "[":
            case "]":
                return "sets and lists are written in braces `{ ... }`";
            default:
                return text.startsWith("'") ? "strings are written in double quotes" : null;
        }
    }
}
