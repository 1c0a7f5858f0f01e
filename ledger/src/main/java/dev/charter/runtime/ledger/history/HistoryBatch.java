package dev.charter.runtime.ledger.history;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Records as a {@link HistoryIndex} takes them, in primitive columns: for each its kind and
 * sequence number; for a decision its minute, outcome and, per query of the plan, whether its
 * action matches and its key (the normalised values of the query's equalities, as bytes, with a
 * hash), and its summed amounts, parsed; for a resolution its escalation and outcome. A request
 * being decided is held the same way, so that the index reads its keys as it stored the earlier
 * ones. Filled by a reader of records (on any thread), then applied or read on the index's; reused
 * after {@link #clear}. Not thread-safe.
 *
 * <p>A decision or request is filled in steps: {@link #decision} or {@link #request}, then its
 * {@link #action} and {@link #value}s, then {@link #complete}. A value is normalised as
 * {@link Attribute#normalise} does, from its canonical bytes: a string, or a number held as
 * text, is decoded only for an attribute compared as a number.
 */
public final class HistoryBatch {

    private static final byte DECISION = 0;
    private static final byte RESOLUTION = 1;
    private static final byte OTHER = 2;
    private static final byte REQUEST = 3;
    private static final byte[] LONG_MAX = "9223372036854775807".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LONG_MIN = "9223372036854775808".getBytes(StandardCharsets.US_ASCII);
    private static final Outcome[] OUTCOMES = Outcome.values();

    private final HistoryPlan plan;
    private final int queries;
    private final int slots;
    private final Attribute[] attributes;
    /** Per slot, whether a query sums it. */
    private final boolean[] summed;

    private int size;
    private byte[] kinds;
    private long[] seqs;
    private long[] minutes;
    /** A decision's outcome (ordinal), a resolution's approval (1 when approved). */
    private byte[] outcomes;

    private long[] escalations;
    /** By record × query: whether the decision's action matches the query's pattern. */
    private boolean[] matches;
    /** By record × query: where the key lies in {@link #arena}, or -1 when the request lacks one of its attributes. */
    private int[] keyStarts;

    private int[] keyLengths;
    private int[] keyHashes;
    /** By record × slot, for summed slots. */
    private final AmountColumn amounts;

    private byte[] arena = new byte[256];
    private int arenaSize;
    /** The normalised values of the record being filled, by slot, in {@link #arena}; -1 when absent. */
    private final int[] valueStarts;

    private final int[] valueEnds;
    /** By slot, the decision or request its value belongs to: a value of an earlier one is absent. */
    private final long[] valueOwners;
    /** Decisions and requests started so far, in this batch's life. */
    private long started;

    public HistoryBatch(HistoryPlan plan) {
        this(plan, 16);
    }

    HistoryBatch(HistoryPlan plan, int capacity) {
        this.plan = plan;
        this.queries = plan.queries().size();
        List<Attribute> list = plan.attributes();
        this.slots = list.size();
        this.attributes = list.toArray(new Attribute[0]);
        this.summed = new boolean[slots];
        for (int q = 0; q < queries; q++) {
            if (plan.sumSlot(q) >= 0) {
                summed[plan.sumSlot(q)] = true;
            }
        }
        this.valueStarts = new int[slots];
        this.valueEnds = new int[slots];
        this.valueOwners = new long[slots];
        this.kinds = new byte[capacity];
        this.seqs = new long[capacity];
        this.minutes = new long[capacity];
        this.outcomes = new byte[capacity];
        this.escalations = new long[capacity];
        this.matches = new boolean[capacity * queries];
        this.keyStarts = new int[capacity * queries];
        this.keyLengths = new int[capacity * queries];
        this.keyHashes = new int[capacity * queries];
        this.amounts = new AmountColumn(capacity * slots);
    }

    public HistoryPlan plan() {
        return plan;
    }

    /** Records held. */
    public int size() {
        return size;
    }

    /** Empties the batch for reuse. */
    public void clear() {
        size = 0;
        arenaSize = 0;
    }

    /** Keeps only the first {@code records} records: drops a record a reader could not finish. */
    public void truncate(int records) {
        size = Math.min(size, records);
    }

    /** Adds record {@code seq}, which history does not read (an execution, a key rotation). */
    public void other(long seq) {
        int r = next(OTHER, seq, Long.MIN_VALUE);
        outcomes[r] = 0;
    }

    /** Adds the resolution record {@code seq}, recorded at {@code minute}, of the escalation {@code escalationSeq}. */
    public void resolution(long seq, long escalationSeq, boolean approved, long minute) {
        int r = next(RESOLUTION, seq, minute);
        escalations[r] = escalationSeq;
        outcomes[r] = (byte) (approved ? 1 : 0);
    }

    /**
     * Starts the decision record {@code seq}, recorded at {@code minute}; its action and values
     * follow, then {@link #complete}. Without an {@link #action}, it matches no query.
     */
    public void decision(long seq, long minute, Outcome outcome) {
        int r = next(DECISION, seq, minute);
        outcomes[r] = (byte) outcome.ordinal();
        started++;
    }

    /** Starts a request being decided, which the index reads and never stores; its values follow, then {@link #complete}. */
    public void request() {
        next(REQUEST, -1, Long.MIN_VALUE);
        started++;
    }

    /** The action of the record being filled: its name as UTF-8, {@code utf8[start, end)}. */
    public void action(byte[] utf8, int start, int end) {
        int base = (size - 1) * queries;
        for (int q = 0; q < queries; q++) {
            int same = plan.firstWithPattern(q);
            matches[base + q] = same < q ? matches[base + same] : plan.matchesAction(q, utf8, start, end);
        }
    }

    /** The action of the record being filled; null (it could not be read) matches no query. */
    public void action(String action) {
        int base = (size - 1) * queries;
        for (int q = 0; q < queries; q++) {
            matches[base + q] = plan.queries().get(q).matchesAction(action);
        }
    }

    /** The value of attribute {@code slot} of the record being filled: its canonical JSON text {@code canonical[start, end)}. */
    public void value(int slot, byte[] canonical, int start, int end) {
        Attribute attribute = attributes[slot];
        if (attribute.type() == Attribute.Type.VALUE || start == end) {
            keep(slot, canonical, start, end);
            return;
        }
        byte first = canonical[start];
        if (first == '"') {
            String normalised = attribute.normalise(new String(canonical, start, end - start, StandardCharsets.UTF_8));
            if (normalised != null) {
                byte[] text = normalised.getBytes(StandardCharsets.US_ASCII);
                keep(slot, text, 0, text.length);
            }
            return;
        }
        boolean number = first == '-' || (first >= '0' && first <= '9');
        if (!number) {
            return;
        }
        if (attribute.type() == Attribute.Type.INT
                ? fitsLong(canonical, start, end)
                : Attribute.plainInBounds(canonical, start, end)) {
            keep(slot, canonical, start, end);
        } else if (attribute.type() == Attribute.Type.DECIMAL) {
            // An exponent, or digits beyond the engine's bounds: read as the engine reads the parameter.
            String normalised =
                    attribute.normalise(new String(canonical, start, end - start, StandardCharsets.US_ASCII));
            if (normalised != null) {
                byte[] text = normalised.getBytes(StandardCharsets.US_ASCII);
                keep(slot, text, 0, text.length);
            }
        }
    }

    /** {@link #value(int, byte[], int, int)} for a canonical JSON text given as a string. */
    public void value(int slot, String canonicalText) {
        byte[] text = canonicalText.getBytes(StandardCharsets.UTF_8);
        value(slot, text, 0, text.length);
    }

    /** Finishes the record being filled: its keys, per query, from its values. */
    public void complete() {
        int r = size - 1;
        int base = r * queries;
        for (int q = 0; q < queries; q++) {
            int[] equalities = plan.equalitySlots(q);
            int start;
            int length;
            if (equalities.length == 1) {
                start = valueStart(equalities[0]);
                length = start < 0 ? 0 : valueEnds[equalities[0]] - start;
            } else {
                start = joined(equalities);
                length = start < 0 ? 0 : arenaSize - start;
            }
            keyStarts[base + q] = start;
            keyLengths[base + q] = length;
            keyHashes[base + q] = start < 0 ? 0 : KeyTable.hash(arena, start, start + length);
        }
    }

    /** A batch holding only record {@code r} of this one, for keeping it past this batch's reuse. */
    HistoryBatch copyOf(int r) {
        HistoryBatch copy = new HistoryBatch(plan, 1);
        int c = copy.next(kinds[r], seqs[r], minutes[r]);
        copy.outcomes[c] = outcomes[r];
        copy.escalations[c] = escalations[r];
        for (int q = 0; q < queries; q++) {
            int i = r * queries + q;
            copy.matches[q] = matches[i];
            copy.keyHashes[q] = keyHashes[i];
            copy.keyLengths[q] = keyLengths[i];
            if (keyStarts[i] < 0) {
                copy.keyStarts[q] = -1;
            } else {
                copy.keyStarts[q] = copy.arenaSize;
                copy.append(arena, keyStarts[i], keyStarts[i] + keyLengths[i]);
            }
        }
        for (int s = 0; s < slots; s++) {
            copy.amounts.copy(s, amounts, r * slots + s);
        }
        return copy;
    }

    boolean isDecision(int r) {
        return kinds[r] == DECISION;
    }

    boolean isResolution(int r) {
        return kinds[r] == RESOLUTION;
    }

    long seq(int r) {
        return seqs[r];
    }

    long minute(int r) {
        return minutes[r];
    }

    Outcome outcome(int r) {
        return OUTCOMES[outcomes[r]];
    }

    boolean approved(int r) {
        return outcomes[r] == 1;
    }

    long escalation(int r) {
        return escalations[r];
    }

    boolean matches(int r, int query) {
        return matches[r * queries + query];
    }

    /** Where the key of {@code query} lies in {@link #arena()}; -1 when the record lacks one of its attributes. */
    int keyStart(int r, int query) {
        return keyStarts[r * queries + query];
    }

    int keyLength(int r, int query) {
        return keyLengths[r * queries + query];
    }

    int keyHash(int r, int query) {
        return keyHashes[r * queries + query];
    }

    byte[] arena() {
        return arena;
    }

    AmountColumn amounts() {
        return amounts;
    }

    /** The index in {@link #amounts()} of the amount of {@code slot}. */
    int amount(int r, int slot) {
        return r * slots + slot;
    }

    private int next(byte kind, long seq, long minute) {
        if (size == kinds.length) {
            grow(size * 2);
        }
        int r = size++;
        kinds[r] = kind;
        seqs[r] = seq;
        minutes[r] = minute;
        int base = r * queries;
        for (int q = 0; q < queries; q++) {
            matches[base + q] = false;
            keyStarts[base + q] = -1;
        }
        for (int s = 0; s < slots; s++) {
            amounts.setNone(r * slots + s);
        }
        return r;
    }

    private void grow(int capacity) {
        kinds = Arrays.copyOf(kinds, capacity);
        seqs = Arrays.copyOf(seqs, capacity);
        minutes = Arrays.copyOf(minutes, capacity);
        outcomes = Arrays.copyOf(outcomes, capacity);
        escalations = Arrays.copyOf(escalations, capacity);
        matches = Arrays.copyOf(matches, capacity * queries);
        keyStarts = Arrays.copyOf(keyStarts, capacity * queries);
        keyLengths = Arrays.copyOf(keyLengths, capacity * queries);
        keyHashes = Arrays.copyOf(keyHashes, capacity * queries);
        amounts.grow(capacity * slots);
    }

    /** Where the normalised value of {@code slot} of the record being filled lies in {@link #arena}, or -1. */
    private int valueStart(int slot) {
        return valueOwners[slot] == started ? valueStarts[slot] : -1;
    }

    /** Keeps the normalised value {@code text[start, end)} of {@code slot}, and parses it when summed. */
    private void keep(int slot, byte[] text, int start, int end) {
        valueOwners[slot] = started;
        valueStarts[slot] = arenaSize;
        append(text, start, end);
        valueEnds[slot] = arenaSize;
        if (summed[slot]) {
            amounts.set((size - 1) * slots + slot, text, start, end);
        }
    }

    /** The start of the values of {@code equalities} joined by a line feed (which canonical JSON never holds unescaped), or -1. */
    private int joined(int[] equalities) {
        for (int slot : equalities) {
            if (valueStart(slot) < 0) {
                return -1;
            }
        }
        int start = arenaSize;
        for (int i = 0; i < equalities.length; i++) {
            if (i > 0) {
                reserve(1);
                arena[arenaSize++] = '\n';
            }
            append(arena, valueStarts[equalities[i]], valueEnds[equalities[i]]);
        }
        return start;
    }

    private void append(byte[] text, int start, int end) {
        reserve(end - start);
        System.arraycopy(text, start, arena, arenaSize, end - start);
        arenaSize += end - start;
    }

    private void reserve(int length) {
        if (arenaSize + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + length));
        }
    }

    /** Whether the canonical JSON number {@code text[start, end)} is an integer a {@code long} holds. */
    private static boolean fitsLong(byte[] text, int start, int end) {
        boolean negative = text[start] == '-';
        int from = negative ? start + 1 : start;
        int digits = end - from;
        if (digits == 0 || digits > 19) {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (text[i] < '0' || text[i] > '9') {
                return false;
            }
        }
        return digits < 19 || Arrays.compare(text, from, end, negative ? LONG_MIN : LONG_MAX, 0, 19) <= 0;
    }
}
