package dev.charter.runtime.ledger.history;

import java.util.Arrays;

/**
 * The minute buckets of every key of one windowed query, in shared primitive arrays: each entry a
 * minute, a count and a sum (for a query that sums), chained to the key's next later entry, so
 * that a key's entries form a list sorted by minute. Entries of dropped minutes are reused. Not
 * thread-safe.
 */
final class MinuteEntries {

    /** The end of a chain. */
    static final int NONE = -1;

    private long[] minutes = new long[64];
    private long[] counts = new long[64];
    /** The sums; null for a count. */
    private final SumColumn sums;

    private int[] next = new int[64];
    /** The first free entry, chained through {@link #next}. */
    private int free = NONE;
    /** Entries handed out so far. */
    private int used;

    private int live;

    MinuteEntries(boolean summed) {
        this.sums = summed ? new SumColumn(64) : null;
    }

    /** A new entry for {@code minute} holding one decision whose amount is {@code a} of {@code amounts}, chained to nothing. */
    int add(long minute, AmountColumn amounts, int a) {
        int e;
        if (free != NONE) {
            e = free;
            free = next[e];
        } else {
            e = used++;
            if (e == minutes.length) {
                int capacity = e * 2;
                minutes = Arrays.copyOf(minutes, capacity);
                counts = Arrays.copyOf(counts, capacity);
                next = Arrays.copyOf(next, capacity);
                if (sums != null) {
                    sums.grow(capacity);
                }
            }
        }
        minutes[e] = minute;
        counts[e] = 1;
        next[e] = NONE;
        if (sums != null) {
            sums.clear(e);
            sums.add(e, amounts, a);
        }
        live++;
        return e;
    }

    /** Adds one decision whose amount is {@code a} of {@code amounts} to entry {@code e}. */
    void count(int e, AmountColumn amounts, int a) {
        counts[e]++;
        if (sums != null) {
            sums.add(e, amounts, a);
        }
    }

    /** Frees entry {@code e}; its successor, returned, is the caller's to keep. */
    int release(int e) {
        int after = next[e];
        next[e] = free;
        free = e;
        live--;
        return after;
    }

    long minute(int e) {
        return minutes[e];
    }

    long count(int e) {
        return counts[e];
    }

    SumColumn sums() {
        return sums;
    }

    int next(int e) {
        return next[e];
    }

    void link(int e, int successor) {
        next[e] = successor;
    }

    /** Entries in use, over all keys. */
    int live() {
        return live;
    }
}
