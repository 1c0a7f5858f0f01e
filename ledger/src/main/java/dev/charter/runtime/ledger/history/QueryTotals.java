package dev.charter.runtime.ledger.history;

import java.math.BigDecimal;

/**
 * The state of one history query: its keys ({@link KeyTable}) and, per key, the count and sum of
 * the matching decisions held, in arrays by key id; for a windowed query also the key's minute
 * buckets ({@link MinuteEntries}), oldest first. Minutes that fall out of every later decision's
 * window are dropped as the ledger's clock passes them: each time a key gets a new latest minute,
 * that minute and the key are noted in a queue, and once the clock's horizon passes the noted
 * minute the key's older minutes are dropped, and the key forgotten when none is left. Not
 * thread-safe.
 */
final class QueryTotals {

    private static final int NONE = MinuteEntries.NONE;

    private final int query;
    private final HistoryQuerySpec spec;
    private final int sumSlot;
    private final long window;
    private final KeyTable keys = new KeyTable();
    /** The own field of a key that holds its count. */
    private static final int COUNT = 0;
    /**
     * The own field of a key of a windowed query that holds its oldest minute entry (high half)
     * and latest (low half); a query over the whole history has none.
     */
    private static final int LINKS = 1;
    /**
     * The own field of a key of a windowed query that holds the minute of its latest entry, while
     * it has one: a record of a later minute is added without reading that entry.
     */
    private static final int LATEST = 2;

    /**
     * By key id, side by side: its sum (zero for a count) and its {@link #COUNT}, {@link #LINKS}
     * and {@link #LATEST}, so that what a record changes of its key lies in one cache line.
     */
    private final SumColumn totals;
    /** Whether the query sums. */
    private final boolean summed;
    /** For reading a window's sum without changing the key's. */
    private final SumColumn scratch;
    /** Windowed: the minute buckets. */
    private final MinuteEntries entries;
    /** The queue of noted minutes and keys, a ring. */
    private long[] notedMinutes = new long[64];

    private int[] notedKeys = new int[64];
    private int notesHead;
    private int notes;

    QueryTotals(int query, HistoryQuerySpec spec, int sumSlot) {
        this.query = query;
        this.spec = spec;
        this.sumSlot = sumSlot;
        this.window = spec.windowMinutes();
        this.summed = sumSlot >= 0;
        this.totals = new SumColumn(16, spec.windowed() ? 3 : 1);
        this.scratch = new SumColumn(1);
        this.entries = spec.windowed() ? new MinuteEntries(sumSlot >= 0) : null;
    }

    HistoryQuerySpec spec() {
        return spec;
    }

    /**
     * Counts decision {@code r} of {@code batch} at {@code minute}, with {@code latestMinute} the
     * ledger's clock: nothing when it lacks the key's attributes or its minute is out of every
     * later window.
     */
    void add(HistoryBatch batch, int r, long minute, long latestMinute) {
        int start = batch.keyStart(r, query);
        if (start < 0 || (entries != null && minute <= latestMinute - window)) {
            return;
        }
        byte[] arena = batch.arena();
        int length = batch.keyLength(r, query);
        int hash = batch.keyHash(r, query);
        int id = keys.find(arena, start, length, hash);
        if (id < 0) {
            id = keys.add(arena, start, length, hash);
            start(id);
        }
        totals.addToField(id, COUNT, 1);
        AmountColumn amounts = batch.amounts();
        int a = summed ? batch.amount(r, sumSlot) : -1;
        if (summed) {
            totals.add(id, amounts, a);
        }
        if (entries != null) {
            addToWindow(id, minute, amounts, a);
        }
    }

    /**
     * What the query reads for request {@code r} of {@code batch} decided at {@code nowMinute},
     * with {@code latestMinute} the ledger's clock; null when the request lacks the key's attributes.
     */
    Aggregate read(HistoryBatch batch, int r, long nowMinute, long latestMinute) {
        int start = batch.keyStart(r, query);
        if (start < 0) {
            return null;
        }
        int id = keys.find(batch.arena(), start, batch.keyLength(r, query), batch.keyHash(r, query));
        if (id < 0) {
            return Aggregate.NONE;
        }
        if (entries == null) {
            return new Aggregate(totals.field(id, COUNT), summed ? totals.value(id) : BigDecimal.ZERO);
        }
        dropThrough(id, latestMinute - window);
        long horizon = Math.max(latestMinute, nowMinute) - window;
        long count = totals.field(id, COUNT);
        if (summed) {
            scratch.copy(0, totals, id);
        }
        for (int e = oldest(id); e != NONE && entries.minute(e) <= horizon; e = entries.next(e)) {
            count -= entries.count(e);
            if (summed) {
                entries.subtractFrom(e, scratch, 0);
            }
        }
        return new Aggregate(count, summed ? scratch.value(0) : BigDecimal.ZERO);
    }

    /** Drops the minutes at or before {@code horizon} of the keys noted by then; forgets keys left empty. */
    void expire(long horizon) {
        while (notes > 0 && notedMinutes[notesHead] <= horizon) {
            int id = notedKeys[notesHead];
            notesHead = (notesHead + 1) & (notedKeys.length - 1);
            notes--;
            if (keys.holds(id)) {
                dropThrough(id, horizon);
                if (oldest(id) == NONE) {
                    keys.remove(id);
                }
            }
        }
    }

    /** Keys held. */
    int keys() {
        return keys.size();
    }

    /** Minute buckets held over all keys. */
    int buckets() {
        return entries == null ? 0 : entries.live();
    }

    /** Sets up the state of the new key {@code id}: nothing counted. */
    private void start(int id) {
        if (id >= totals.capacity()) {
            totals.grow(Math.max(2 * totals.capacity(), id + 1));
        }
        totals.clear(id);
        totals.setField(id, COUNT, 0);
        if (entries != null) {
            setLinks(id, NONE, NONE);
        }
    }

    /** Adds one decision at {@code minute} to the buckets of key {@code id}; the caller has checked that it is inside the window. */
    private void addToWindow(int id, long minute, AmountColumn amounts, int a) {
        long links = totals.field(id, LINKS);
        int first = (int) (links >> 32);
        int last = (int) links;
        if (last == NONE) {
            int e = entries.add(minute, amounts, a);
            setLinks(id, e, e);
            totals.setField(id, LATEST, minute);
            note(minute, id);
            return;
        }
        long lastMinute = totals.field(id, LATEST);
        if (minute == lastMinute) {
            entries.count(last, amounts, a);
        } else if (minute > lastMinute) {
            int e = entries.add(minute, amounts, a);
            entries.link(last, e);
            setLinks(id, first, e);
            totals.setField(id, LATEST, minute);
            note(minute, id);
        } else {
            int before = NONE;
            int e = first;
            while (entries.minute(e) < minute) {
                before = e;
                e = entries.next(e);
            }
            if (entries.minute(e) == minute) {
                entries.count(e, amounts, a);
                return;
            }
            int added = entries.add(minute, amounts, a);
            entries.link(added, e);
            if (before == NONE) {
                setLinks(id, added, last);
            } else {
                entries.link(before, added);
            }
        }
    }

    /** Drops the minutes at or before {@code horizon} of key {@code id}, which no later decision's window reaches. */
    private void dropThrough(int id, long horizon) {
        int e = oldest(id);
        if (e == NONE || entries.minute(e) > horizon) {
            return;
        }
        while (e != NONE && entries.minute(e) <= horizon) {
            totals.addToField(id, COUNT, -entries.count(e));
            if (summed) {
                entries.subtractFrom(e, totals, id);
            }
            e = entries.release(e);
        }
        setLinks(id, e, e == NONE ? NONE : (int) totals.field(id, LINKS));
    }

    /** The oldest minute entry of key {@code id}, or {@link #NONE}. */
    private int oldest(int id) {
        return (int) (totals.field(id, LINKS) >> 32);
    }

    private void setLinks(int id, int oldest, int newest) {
        totals.setField(id, LINKS, ((long) oldest << 32) | (newest & 0xFFFFFFFFL));
    }

    private void note(long minute, int id) {
        if (notes == notedKeys.length) {
            int capacity = notes * 2;
            long[] minutes = new long[capacity];
            int[] ids = new int[capacity];
            for (int i = 0; i < notes; i++) {
                int at = (notesHead + i) & (notes - 1);
                minutes[i] = notedMinutes[at];
                ids[i] = notedKeys[at];
            }
            notedMinutes = minutes;
            notedKeys = ids;
            notesHead = 0;
        }
        int at = (notesHead + notes) & (notedKeys.length - 1);
        notedMinutes[at] = minute;
        notedKeys[at] = id;
        notes++;
    }
}
