package dev.charter.compiler.check;

import dev.charter.runtime.ir.Regex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sets of code points as sorted, disjoint, non-adjacent ranges. */
final class CharRanges {

    static final int MAX_CODE_POINT = Character.MAX_CODE_POINT;

    private static final Regex.Range DIGITS = new Regex.Range('0', '9');
    private static final List<Regex.Range> WORD =
            List.of(DIGITS, new Regex.Range('A', 'Z'), new Regex.Range('_', '_'), new Regex.Range('a', 'z'));
    private static final List<Regex.Range> SPACE = List.of(new Regex.Range('\t', '\r'), new Regex.Range(' ', ' '));

    private CharRanges() {}

    /**
     * The ranges of {@code \d \w \s} (ASCII, as in {@link java.util.regex.Pattern}) for {@code d w s}
     * in either case, the caller complementing for upper case; null for any other letter.
     */
    static List<Regex.Range> shorthand(int c) {
        return switch (Character.toLowerCase(c)) {
            case 'd' -> List.of(DIGITS);
            case 'w' -> WORD;
            case 's' -> SPACE;
            default -> null;
        };
    }

    /** Sorts and merges overlapping or adjacent ranges. */
    static List<Regex.Range> normalise(List<Regex.Range> ranges) {
        List<Regex.Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Regex.Range::from));
        List<Regex.Range> merged = new ArrayList<>();
        for (Regex.Range r : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && r.from() <= merged.get(last).to() + 1) {
                Regex.Range previous = merged.get(last);
                merged.set(last, new Regex.Range(previous.from(), Math.max(previous.to(), r.to())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** Every code point not in {@code ranges}. */
    static List<Regex.Range> complement(List<Regex.Range> ranges) {
        List<Regex.Range> result = new ArrayList<>();
        int next = 0;
        for (Regex.Range r : normalise(ranges)) {
            if (r.from() > next) {
                result.add(new Regex.Range(next, r.from() - 1));
            }
            next = r.to() + 1;
        }
        if (next <= MAX_CODE_POINT) {
            result.add(new Regex.Range(next, MAX_CODE_POINT));
        }
        return result;
    }
}
