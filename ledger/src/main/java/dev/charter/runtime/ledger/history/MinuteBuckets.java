package dev.charter.runtime.ledger.history;

import java.math.BigDecimal;

/**
 * The matching decisions of one key of one windowed query: a count and a sum per minute, sorted by
 * minute, holding only minutes still inside the window, and their running totals. Records arrive
 * nearly in time order, so a new minute almost always goes at the end. Not thread-safe.
 */
final class MinuteBuckets {

    private long[] minutes = new long[2];
    private long[] counts = new long[2];
    private ExactSum[] sums;
    private int first;
    private int end;
    private long count;
    /** The running sum; null for a count. */
    private final ExactSum sum;

    MinuteBuckets(boolean summed) {
        this.sums = summed ? new ExactSum[2] : null;
        this.sum = summed ? new ExactSum() : null;
    }

    /**
     * Adds one decision at {@code minute} whose summed amount is the canonical number text
     * {@code amount} (null for none); the caller has checked that it is inside the window.
     */
    void add(long minute, String amount) {
        int at = end;
        while (at > first && minutes[at - 1] > minute) {
            at--;
        }
        count++;
        if (sums != null) {
            sum.add(amount);
        }
        if (at > first && minutes[at - 1] == minute) {
            counts[at - 1]++;
            if (sums != null) {
                sums[at - 1].add(amount);
            }
            return;
        }
        int offset = at - first;
        makeRoom();
        at = first + offset;
        System.arraycopy(minutes, at, minutes, at + 1, end - at);
        System.arraycopy(counts, at, counts, at + 1, end - at);
        minutes[at] = minute;
        counts[at] = 1;
        if (sums != null) {
            System.arraycopy(sums, at, sums, at + 1, end - at);
            sums[at] = new ExactSum();
            sums[at].add(amount);
        }
        end++;
    }

    /** Makes room for one more bucket at the end, compacting or growing the arrays. */
    private void makeRoom() {
        if (end < minutes.length) {
            return;
        }
        int live = end - first;
        int capacity = live + 1 > minutes.length / 2 ? minutes.length * 2 : minutes.length;
        minutes = move(minutes, capacity, live);
        counts = move(counts, capacity, live);
        if (sums != null) {
            ExactSum[] moved = new ExactSum[capacity];
            System.arraycopy(sums, first, moved, 0, live);
            sums = moved;
        }
        end = live;
        first = 0;
    }

    private long[] move(long[] from, int capacity, int live) {
        long[] to = capacity == from.length ? from : new long[capacity];
        System.arraycopy(from, first, to, 0, live);
        return to;
    }

    /** Drops the minutes at or before {@code horizon}, which no later decision's window reaches. */
    void dropThrough(long horizon) {
        while (first < end && minutes[first] <= horizon) {
            count -= counts[first];
            if (sums != null) {
                sum.subtract(sums[first]);
                sums[first] = null;
            }
            first++;
        }
        if (first == end) {
            first = 0;
            end = 0;
            if (minutes.length > 8) {
                minutes = new long[2];
                counts = new long[2];
                sums = sums == null ? null : new ExactSum[2];
            }
        }
    }

    /** The totals of the minutes after {@code horizon}, leaving the buckets as they are. */
    Aggregate totalsAfter(long horizon) {
        long n = count;
        ExactSum total = sum == null ? null : sum.copy();
        for (int i = first; i < end && minutes[i] <= horizon; i++) {
            n -= counts[i];
            if (total != null) {
                total.subtract(sums[i]);
            }
        }
        return new Aggregate(n, total == null ? BigDecimal.ZERO : total.value());
    }

    boolean isEmpty() {
        return first == end;
    }

    /** The latest minute held, or {@link Long#MIN_VALUE} when empty. */
    long newest() {
        return first == end ? Long.MIN_VALUE : minutes[end - 1];
    }

    long count() {
        return count;
    }

    BigDecimal sum() {
        return sum == null ? BigDecimal.ZERO : sum.value();
    }

    /** Buckets held, for memory accounting. */
    int buckets() {
        return end - first;
    }
}
