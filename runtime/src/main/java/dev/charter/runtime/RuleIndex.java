package dev.charter.runtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The rules of one action that may match a request, in resolution order.
 *
 * <p>When many of an action's rules compare one numeric attribute with constants (tiered
 * limits: {@code request.amount >= 1000 and request.amount < 5000}), the number line is cut at
 * every constant, and each piece lists the rules whose comparisons allow it; a decision then
 * binary-searches the attribute's value and evaluates only that piece's rules. Rules are listed
 * in a piece unless their comparisons exclude it, so exactly the rules that can match are
 * evaluated, and a skipped rule's condition is provably false without error (only comparisons
 * preceded by conjuncts that cannot fail are used).
 */
final class RuleIndex {

    /** Above this many entries per rule, the pieces would cost more memory than they save time. */
    private static final int MAX_ENTRIES_PER_RULE = 64;

    private final int[] all;
    private final int slot;
    private final BigDecimal[] cuts;
    /**
     * The cuts as longs when every one is an integer in range, else null: an integer value then
     * searches one contiguous array without allocating, instead of a thousand BigDecimals spread
     * over the heap (with many rules, those cache misses were most of a decision's time).
     */
    private final long[] integralCuts;

    private final int[][] pieces;

    private RuleIndex(int[] all, int slot, BigDecimal[] cuts, int[][] pieces) {
        this.all = all;
        this.slot = slot;
        this.cuts = cuts;
        this.integralCuts = cuts == null ? null : integral(cuts);
        this.pieces = pieces;
    }

    private static long[] integral(BigDecimal[] cuts) {
        long[] longs = new long[cuts.length];
        for (int i = 0; i < cuts.length; i++) {
            try {
                longs[i] = cuts[i].longValueExact();
            } catch (ArithmeticException notAnInteger) {
                return null;
            }
        }
        return longs;
    }

    /** Every rule is a candidate. */
    static RuleIndex linear(int[] rules) {
        return new RuleIndex(rules, -1, null, null);
    }

    /**
     * Indexes {@code rules} (in resolution order) on the attribute in {@code slot}, given each
     * rule's interval for it ({@link Interval#ALL} when unconstrained); falls back to
     * {@link #linear} when the pieces would be too large.
     */
    static RuleIndex byInterval(int[] rules, int slot, Interval[] intervals) {
        TreeSet<BigDecimal> points = new TreeSet<>();
        for (Interval i : intervals) {
            if (i.low() != null) {
                points.add(i.low());
            }
            if (i.high() != null) {
                points.add(i.high());
            }
        }
        BigDecimal[] cuts = points.toArray(BigDecimal[]::new);
        // Piece 2k is the open gap below cuts[k] (above cuts[k-1]); piece 2k+1 is cuts[k] itself.
        int count = 2 * cuts.length + 1;
        List<List<Integer>> lists = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            lists.add(new ArrayList<>());
        }
        long entries = 0;
        for (int r = 0; r < rules.length; r++) {
            Interval interval = intervals[r];
            int from = interval.low() == null ? 0 : piece(cuts, interval.low(), interval.lowClosed() ? 1 : 2);
            int to = interval.high() == null ? count - 1 : piece(cuts, interval.high(), interval.highClosed() ? 1 : 0);
            for (int p = from; p <= to; p++) {
                lists.get(p).add(rules[r]);
            }
            entries += Math.max(0, to - from + 1);
            if (entries > (long) MAX_ENTRIES_PER_RULE * rules.length) {
                return linear(rules);
            }
        }
        int[][] pieces = new int[count][];
        for (int p = 0; p < count; p++) {
            pieces[p] = lists.get(p).stream().mapToInt(Integer::intValue).toArray();
        }
        return new RuleIndex(rules, slot, cuts, pieces);
    }

    /** The piece of a bound: its point ({@code offset} 1), the gap below it (0) or the gap above it (2). */
    private static int piece(BigDecimal[] cuts, BigDecimal bound, int offset) {
        return 2 * Arrays.binarySearch(cuts, bound, BigDecimal::compareTo) + offset;
    }

    /** Every rule that can match the request bound in {@code f}; a superset of the matching ones. */
    int[] candidates(Frame f) {
        int k = pieceOf(f);
        return k < 0 ? all : pieces[k];
    }

    /** The number of the piece holding the request bound in {@code f}, or -1 when every rule is a candidate. */
    int pieceOf(Frame f) {
        if (pieces == null) {
            return -1;
        }
        Object value = f.read(slot);
        if (value == null) {
            return -1;
        }
        // Exact either way: the longs order as the BigDecimals they equal.
        int k = value instanceof Long l && integralCuts != null
                ? Arrays.binarySearch(integralCuts, l)
                : Arrays.binarySearch(cuts, Node.decimal(value), BigDecimal::compareTo);
        return k >= 0 ? 2 * k + 1 : 2 * (-k - 1);
    }

    /** Every rule, in resolution order. */
    int[] all() {
        return all;
    }

    /** The rules of each piece, by piece number; empty when the index is linear. */
    int[][] pieces() {
        return pieces == null ? new int[0][] : pieces;
    }

    /** How many rules a decision evaluates, averaged over the pieces: what choosing an index minimises. */
    double meanCandidates() {
        if (pieces == null) {
            return all.length;
        }
        long entries = 0;
        for (int[] piece : pieces) {
            entries += piece.length;
        }
        return (double) entries / pieces.length;
    }
}
