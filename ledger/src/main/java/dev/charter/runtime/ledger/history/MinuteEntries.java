package dev.charter.runtime.ledger.history;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The minute buckets of every key of one windowed query, in one shared {@code long} array, an
 * entry's fields side by side (its minute, count, the next later entry of its key and, for a
 * query that sums, its sum as an unscaled {@code long} at the fixed scale of {@link SumColumn}):
 * a key's entries form a list sorted by minute, and reading an entry touches one cache line. A
 * sum that leaves the fixed form is held as a {@link BigDecimal} beside. An entry keeps no scale
 * of its own: its amounts were also added to its key's sum, whose scale covers them. Entries of
 * dropped minutes are reused. Not thread-safe.
 */
final class MinuteEntries {

    /** The end of a chain. */
    static final int NONE = -1;

    private static final int MINUTE = 0;
    private static final int COUNT = 1;
    private static final int NEXT = 2;
    private static final int SUM = 3;

    /** Longs per entry. */
    private final int stride;

    private long[] fields;
    /** The sums that left the fixed form, by entry; null until the first does. */
    private BigDecimal[] big;
    /** The first free entry, chained through its next field. */
    private int free = NONE;
    /** Entries handed out so far. */
    private int used;

    private int live;

    MinuteEntries(boolean summed) {
        this.stride = summed ? 4 : 3;
        this.fields = new long[64 * stride];
    }

    /** A new entry for {@code minute} holding one decision whose amount is {@code a} of {@code amounts}, chained to nothing. */
    int add(long minute, AmountColumn amounts, int a) {
        int e;
        if (free != NONE) {
            e = free;
            free = (int) fields[e * stride + NEXT];
        } else {
            e = used++;
            if ((e + 1) * stride > fields.length) {
                fields = Arrays.copyOf(fields, fields.length * 2);
            }
        }
        int at = e * stride;
        fields[at + MINUTE] = minute;
        fields[at + COUNT] = 1;
        fields[at + NEXT] = NONE;
        if (stride > SUM) {
            fields[at + SUM] = 0;
            if (big != null && e < big.length) {
                big[e] = null;
            }
            addAmount(e, amounts, a);
        }
        live++;
        return e;
    }

    /** Adds one decision whose amount is {@code a} of {@code amounts} to entry {@code e}. */
    void count(int e, AmountColumn amounts, int a) {
        fields[e * stride + COUNT]++;
        if (stride > SUM) {
            addAmount(e, amounts, a);
        }
    }

    /** Subtracts the sum of entry {@code e} from sum {@code i} of {@code sums}, which holds its amounts too. */
    void subtractFrom(int e, SumColumn sums, int i) {
        sums.subtract(i, fields[e * stride + SUM], big == null || e >= big.length ? null : big[e]);
    }

    /** Frees entry {@code e}; its successor, returned, is the caller's to keep. */
    int release(int e) {
        int at = e * stride + NEXT;
        int after = (int) fields[at];
        fields[at] = free;
        free = e;
        live--;
        return after;
    }

    long minute(int e) {
        return fields[e * stride + MINUTE];
    }

    long count(int e) {
        return fields[e * stride + COUNT];
    }

    int next(int e) {
        return (int) fields[e * stride + NEXT];
    }

    void link(int e, int successor) {
        fields[e * stride + NEXT] = successor;
    }

    /** Entries in use, over all keys. */
    int live() {
        return live;
    }

    private void addAmount(int e, AmountColumn amounts, int a) {
        int scale = amounts.scale(a);
        if (scale == AmountColumn.NONE) {
            return;
        }
        BigDecimal held = big == null || e >= big.length ? null : big[e];
        int at = e * stride + SUM;
        if (held == null && scale != AmountColumn.BIG) {
            long amount = amounts.unscaled(a);
            long total = fields[at] + amount;
            if (((fields[at] ^ total) & (amount ^ total)) >= 0) {
                fields[at] = total;
                return;
            }
        }
        if (big == null || e >= big.length) {
            big = big == null ? new BigDecimal[Math.max(64, used)] : Arrays.copyOf(big, Math.max(big.length * 2, used));
        }
        BigDecimal sum = held != null ? held : BigDecimal.valueOf(fields[at], SumColumn.FIXED);
        big[e] = sum.add(amounts.value(a));
    }
}
