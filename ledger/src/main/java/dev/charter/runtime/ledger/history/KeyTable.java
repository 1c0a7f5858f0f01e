package dev.charter.runtime.ledger.history;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The keys of one query, as byte strings, each with a small integer id that stays its own while it
 * is held: an open-addressed table (linear probing, at most three quarters full, deletion by shifting back)
 * whose slots hold, side by side, a key's hash and id, its length and its first sixteen bytes, so
 * that finding a key of up to sixteen bytes reads one slot and nothing else (a longer key's bytes
 * are held apart and compared too). No object per lookup. Ids of removed keys are reused. Not
 * thread-safe.
 */
final class KeyTable {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Longs per slot: hash and id + 1 (0 when empty), length, bytes 0–7, bytes 8–15 (zero-padded). */
    private static final int SLOT = 4;

    private static final int INLINE = 2 * Long.BYTES;

    private long[] table = new long[16 * SLOT];
    /** By id: the key's hash, and its length (-1 when the id is free). */
    private int[] hashes = new int[16];

    private int[] lengths = new int[16];
    /** By id, the bytes of a key longer than {@value #INLINE} bytes; null for a shorter one. */
    private byte[][] longKeys = new byte[16][];
    /** Free ids, as a stack. */
    private int[] free = new int[16];

    private int freeCount;
    /** Ids handed out so far: every id is below it. */
    private int ids;

    private int size;

    /** Keys held. */
    int size() {
        return size;
    }

    /** The id of the key {@code data[start, start + length)} whose {@link #hash} is {@code hash}, or -1. */
    int find(byte[] data, int start, int length, int hash) {
        long first = word(data, start, start + length);
        long second = word(data, start + Long.BYTES, start + length);
        int mask = table.length / SLOT - 1;
        for (int at = hash & mask; ; at = (at + 1) & mask) {
            int base = at * SLOT;
            long slot = table[base];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == hash
                    && table[base + 1] == length
                    && table[base + 2] == first
                    && table[base + 3] == second) {
                int id = (int) slot - 1;
                if (length <= INLINE || Arrays.equals(longKeys[id], 0, length, data, start, start + length)) {
                    return id;
                }
            }
        }
    }

    /** Adds the key, not held yet, and returns its id. */
    int add(byte[] data, int start, int length, int hash) {
        if ((size + 1) * 4 * SLOT > table.length * 3L) {
            rehash(table.length * 2);
        }
        int id;
        if (freeCount > 0) {
            id = free[--freeCount];
        } else {
            id = ids++;
            if (id == lengths.length) {
                hashes = Arrays.copyOf(hashes, id * 2);
                lengths = Arrays.copyOf(lengths, id * 2);
                longKeys = Arrays.copyOf(longKeys, id * 2);
            }
        }
        hashes[id] = hash;
        lengths[id] = length;
        longKeys[id] = length > INLINE ? Arrays.copyOfRange(data, start, start + length) : null;
        int base = emptySlot(hash) * SLOT;
        table[base] = ((long) hash << 32) | (id + 1L);
        table[base + 1] = length;
        table[base + 2] = word(data, start, start + length);
        table[base + 3] = word(data, start + Long.BYTES, start + length);
        size++;
        return id;
    }

    /** Whether {@code id} holds a key. */
    boolean holds(int id) {
        return id < ids && lengths[id] >= 0;
    }

    /** Removes the key of {@code id}, which is then free. */
    void remove(int id) {
        int mask = table.length / SLOT - 1;
        int at = hashes[id] & mask;
        while ((int) table[at * SLOT] != id + 1) {
            at = (at + 1) & mask;
        }
        table[at * SLOT] = 0;
        for (int next = (at + 1) & mask; table[next * SLOT] != 0; next = (next + 1) & mask) {
            int home = (int) (table[next * SLOT] >>> 32) & mask;
            if (((next - home) & mask) >= ((next - at) & mask)) {
                System.arraycopy(table, next * SLOT, table, at * SLOT, SLOT);
                table[next * SLOT] = 0;
                at = next;
            }
        }
        lengths[id] = -1;
        longKeys[id] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = id;
        size--;
    }

    /**
     * A hash of the key bytes {@code data[start, end)}, spread over every bit, a function of those
     * bytes alone: eight bytes at a time, the last eight (overlapping the word before) for a key
     * of eight bytes or more.
     */
    static int hash(byte[] data, int start, int end) {
        int length = end - start;
        long h = length * 0x9E3779B97F4A7C15L;
        if (length < Long.BYTES) {
            long word = 0;
            for (int i = end - 1; i >= start; i--) {
                word = (word << 8) | (data[i] & 0xFF);
            }
            h = mix(h ^ word);
        } else {
            for (int i = start; i + Long.BYTES < end; i += Long.BYTES) {
                h = mix(h ^ (long) WORDS.get(data, i));
            }
            h = mix(h ^ (long) WORDS.get(data, end - Long.BYTES));
        }
        return (int) (h ^ (h >>> 32));
    }

    private static long mix(long h) {
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 31);
    }

    /** The first empty slot on the probe sequence of {@code hash}. */
    private int emptySlot(int hash) {
        int mask = table.length / SLOT - 1;
        int at = hash & mask;
        while (table[at * SLOT] != 0) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void rehash(int capacity) {
        long[] old = table;
        table = new long[capacity];
        for (int base = 0; base < old.length; base += SLOT) {
            if (old[base] != 0) {
                System.arraycopy(old, base, table, emptySlot((int) (old[base] >>> 32)) * SLOT, SLOT);
            }
        }
    }

    /** The bytes {@code data[from, min(from + 8, to))} as a little-endian word, zero-padded; 0 when none. */
    private static long word(byte[] data, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return 0;
        }
        if (n >= Long.BYTES) {
            return (long) WORDS.get(data, from);
        }
        if (from + Long.BYTES <= data.length) {
            return (long) WORDS.get(data, from) & ((1L << (8 * n)) - 1);
        }
        long word = 0;
        for (int i = to - 1; i >= from; i--) {
            word = (word << 8) | (data[i] & 0xFF);
        }
        return word;
    }
}
