package dev.charter.compiler.check;

import dev.charter.runtime.ir.Regex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sets of code points as sorted, disjoint, non-adjacent ranges. */
final class CharRanges {

    static final int MAX_CODE_POINT = Character.MAX_CODE_POINT;

    private CharRanges() {
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
