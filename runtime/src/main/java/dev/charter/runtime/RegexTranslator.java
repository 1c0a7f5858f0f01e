package dev.charter.runtime;

import dev.charter.runtime.ir.Regex;
import java.util.regex.Pattern;

/**
 * Turns a parsed {@code matches} pattern into a {@link Pattern} with the language's meaning:
 * every literal quoted, {@code .} any code point, anchors only where the pattern has them, and a
 * test that is true when the string contains a match ({@link java.util.regex.Matcher#find}).
 */
final class RegexTranslator {

    private RegexTranslator() {
    }

    static Pattern compile(Regex.Pattern pattern) {
        StringBuilder out = new StringBuilder();
        if (pattern.anchoredStart()) {
            out.append("\\A");
        }
        append(pattern.body(), out);
        if (pattern.anchoredEnd()) {
            out.append("\\z");
        }
        return Pattern.compile(out.toString(), Pattern.DOTALL);
    }

    private static void append(Regex regex, StringBuilder out) {
        if (regex instanceof Regex.Literal l) {
            l.text().codePoints().forEach(c -> codePoint(c, out));
        } else if (regex instanceof Regex.AnyChar) {
            out.append('.');
        } else if (regex instanceof Regex.CharClass c) {
            out.append(c.negated() ? "[^" : "[");
            for (Regex.Range r : c.ranges()) {
                codePoint(r.from(), out);
                if (r.to() != r.from()) {
                    out.append('-');
                    codePoint(r.to(), out);
                }
            }
            out.append(']');
        } else if (regex instanceof Regex.Concat c) {
            out.append("(?:");
            c.parts().forEach(p -> append(p, out));
            out.append(')');
        } else if (regex instanceof Regex.Union u) {
            out.append("(?:");
            for (int i = 0; i < u.alternatives().size(); i++) {
                if (i > 0) {
                    out.append('|');
                }
                append(u.alternatives().get(i), out);
            }
            out.append(')');
        } else {
            Regex.Repeat r = (Regex.Repeat) regex;
            out.append("(?:");
            append(r.body(), out);
            out.append("){").append(r.min()).append(',');
            if (r.max() != Regex.Repeat.UNBOUNDED) {
                out.append(r.max());
            }
            out.append('}');
        }
    }

    private static void codePoint(int c, StringBuilder out) {
        out.append("\\x{").append(Integer.toHexString(c)).append('}');
    }
}
