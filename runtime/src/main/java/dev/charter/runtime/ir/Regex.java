package dev.charter.runtime.ir;

import java.util.List;

/**
 * A parsed {@code matches} pattern. The language accepts one small regular-expression dialect
 * (literals, {@code .}, classes, {@code \d \w \s}, groups, {@code | * + ? {n,m}}, and the
 * anchors {@code ^ $} at the ends), which both the runtime (as a {@link java.util.regex.Pattern})
 * and the solver (as a Z3 regular expression) interpret the same way.
 */
public sealed interface Regex {

    /** One code point range, inclusive. */
    record Range(int from, int to) {
        public Range {
            if (from > to) {
                throw new IllegalArgumentException("empty range " + from + "-" + to);
            }
        }
    }

    /** A literal string, matched character by character. */
    record Literal(String text) implements Regex {
    }

    /** Any single code point. */
    record AnyChar() implements Regex {
    }

    /** One code point in (or, when {@code negated}, outside) the ranges. */
    record CharClass(List<Range> ranges, boolean negated) implements Regex {
        public CharClass {
            ranges = List.copyOf(ranges);
        }
    }

    record Concat(List<Regex> parts) implements Regex {
        public Concat {
            parts = List.copyOf(parts);
        }
    }

    record Union(List<Regex> alternatives) implements Regex {
        public Union {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** {@code min} to {@code max} repetitions; {@code max == UNBOUNDED} for {@code *} and {@code +}. */
    record Repeat(Regex body, int min, int max) implements Regex {
        public static final int UNBOUNDED = -1;
    }

    /** A whole pattern with its anchors. */
    record Pattern(Regex body, boolean anchoredStart, boolean anchoredEnd) {
    }
}
