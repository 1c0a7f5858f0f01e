package dev.charter.runtime;

import com.google.re2j.Pattern;
import dev.charter.runtime.ir.Regex;

/**
 * Turns a parsed {@code matches} pattern into an RE2/J {@link Pattern} with the language's
 * meaning: every literal and class bound written as a code point escape, {@code .} any code point,
 * anchors only where the pattern has them, and a test that is true when the string contains a
 * match ({@link com.google.re2j.Matcher#find}).
 *
 * <p>RE2/J rather than {@code java.util.regex}: it matches in time linear in the text and with
 * constant stack, so a long legitimate message is decided instead of overflowing a backtracking
 * matcher's stack. The pattern is generated from the parsed tree, never from the author's text,
 * so no syntax both engines would read differently reaches it.
 */
final class RegexTranslator {

    private RegexTranslator() {}

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
            out.append("(?:");
            l.text().codePoints().forEach(c -> codePoint(c, out));
            out.append(')');
        } else if (regex instanceof Regex.AnyChar) {
            out.append('.');
        } else if (regex instanceof Regex.CharClass c) {
            charClass(c, out);
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

    /** A class with no ranges has no bracket syntax ({@code []} opens a class holding {@code ]}). */
    private static void charClass(Regex.CharClass c, StringBuilder out) {
        if (c.ranges().isEmpty()) {
            out.append(c.negated() ? "." : "[^\\x{0}-\\x{10ffff}]");
            return;
        }
        out.append(c.negated() ? "[^" : "[");
        for (Regex.Range r : c.ranges()) {
            codePoint(r.from(), out);
            if (r.to() != r.from()) {
                out.append('-');
                codePoint(r.to(), out);
            }
        }
        out.append(']');
    }

    private static void codePoint(int c, StringBuilder out) {
        out.append("\\x{").append(Integer.toHexString(c)).append('}');
    }
}
