package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.charter.runtime.ir.CompareOp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class RuleIndexProperties {

    @Property(tries = 500)
    void evaluatesExactlyTheRulesWhoseIntervalsAllowTheValue(@ForAll long seed) {
        Random random = new Random(seed);
        Interval[] intervals = randomIntervals(random, r -> BigDecimal.valueOf(random.nextInt(20), 1));
        int n = intervals.length;
        RuleIndex index = RuleIndex.byInterval(ruleNumbers(n), 0, intervals);

        for (int v = -5; v < 25; v++) {
            BigDecimal x = BigDecimal.valueOf(v, 1).add(BigDecimal.valueOf(random.nextInt(2), 2));
            Frame f = new Frame(1, 0, null, 0, "agent", 0, null, null);
            f.slots[0] = x;
            List<Integer> expected = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                if (intervals[r].contains(x)) {
                    expected.add(r);
                }
            }
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), index.candidates(f), "x = " + x);
        }
    }

    /** Integer values (Longs) search the cuts as longs when every cut is an integer, as BigDecimals otherwise. */
    @Property(tries = 500)
    void integerValuesFindTheSameRulesWhetherOrNotEveryCutIsAnInteger(@ForAll long seed) {
        Random random = new Random(seed);
        boolean oneFractionalCut = random.nextBoolean();
        Interval[] intervals = randomIntervals(
                random,
                r -> r == 0 && oneFractionalCut
                        ? new BigDecimal("7.5")
                        : BigDecimal.valueOf(random.nextInt(20) - 5).setScale(random.nextInt(2)));
        int n = intervals.length;
        RuleIndex index = RuleIndex.byInterval(ruleNumbers(n), 0, intervals);

        for (long v = -8; v < 18; v++) {
            Frame f = new Frame(1, 0, null, 0, "agent", 0, null, null);
            f.slots[0] = v;
            List<Integer> expected = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                if (intervals[r].contains(BigDecimal.valueOf(v))) {
                    expected.add(r);
                }
            }
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), index.candidates(f), "v = " + v);
        }
    }

    /** Up to 40 rules' intervals, each the intersection of up to two comparisons with {@code bound.apply(rule)}. */
    private static Interval[] randomIntervals(Random random, IntFunction<BigDecimal> bound) {
        Interval[] intervals = new Interval[1 + random.nextInt(40)];
        for (int r = 0; r < intervals.length; r++) {
            intervals[r] = Interval.ALL;
            for (int c = random.nextInt(3); c > 0; c--) {
                CompareOp op = CompareOp.values()[random.nextInt(CompareOp.values().length)];
                intervals[r] = intervals[r].intersect(Interval.of(op, bound.apply(r)));
            }
        }
        return intervals;
    }

    private static int[] ruleNumbers(int n) {
        return IntStream.range(0, n).toArray();
    }
}
