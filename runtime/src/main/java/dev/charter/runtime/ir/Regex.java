package dev.charter.runtime.ir;

import java.util.List;

/**
 * A parsed {@code matches} pattern. The language accepts one small regular-expression dialect
 * (literals, {@code .}, classes, {@code \d \w \s}, groups, {@code | * + ? {n,m}}, and the
 * anchors {@code ^ $} at the ends), which both the runtime (as an RE2/J pattern) and the solver
 * (as an automaton and a Z3 regular expression) interpret the same way.
 *
 * <p>Both the runtime and the solver expand bounded repetition into copies of its body, so a
 * pattern is limited in {@link #positions}: nested bounds such as {@code ((a{1000}){1000}){1000}}
 * would otherwise ask for a billion states of either.
 */
public sealed interface Regex {

    /** The largest bound of {@code {n,m}}. */
    int MAX_REPEAT = 1000;

    /** The most character positions a pattern may expand to; see {@link #positions}. */
    long MAX_POSITIONS = 10_000;

    /**
     * The character positions {@code regex} expands to once every repetition is written out
     * ({@code x{2,5}} is five copies of {@code x}, {@code x{2,}} three), saturating past
     * {@link #MAX_POSITIONS} so that nesting cannot overflow.
     */
    static long positions(Regex regex) {
        long n;
        if (regex instanceof Literal l) {
            n = l.text().codePointCount(0, l.text().length());
        } else if (regex instanceof AnyChar || regex instanceof CharClass) {
            n = 1;
        } else if (regex instanceof Concat c) {
            n = c.parts().stream().mapToLong(Regex::positions).sum();
        } else if (regex instanceof Union u) {
            n = u.alternatives().stream().mapToLong(Regex::positions).sum();
        } else {
            Repeat r = (Repeat) regex;
            long copies = r.max() == Repeat.UNBOUNDED ? r.min() + 1L : r.max();
            n = positions(r.body()) * copies;
        }
        return Math.min(n, MAX_POSITIONS + 1);
    }

    /** One code point range, inclusive. */
    record Range(int from, int to) {
        public Range {
            if (from > to) {
                throw new IllegalArgumentException("empty range " + from + "-" + to);
            }
        }
    }

    /** A literal string, matched character by character. */
    record Literal(String text) implements Regex {}

    /** Any single code point. */
    record AnyChar() implements Regex {}

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
    record Pattern(Regex body, boolean anchoredStart, boolean anchoredEnd) {}
}
