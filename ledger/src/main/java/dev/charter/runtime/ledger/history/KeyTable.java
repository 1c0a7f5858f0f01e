package dev.charter.runtime.ledger.history;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The keys of one query, as byte strings, each with a small integer id that stays its own while it
 * is held: an open-addressed table (linear probing, at most half full, deletion by shifting back)
 * whose slots hold a key's hash and id together, so that a probe reads one array and a key found
 * costs one comparison of its bytes, and no object per lookup. Ids of removed keys are reused. Not
 * thread-safe.
 */
final class KeyTable {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** By table position: the key's hash in the high half, its id + 1 in the low half; 0 where none. */
    private long[] table = new long[16];
    /** By id: the key's bytes, null when the id is free. */
    private byte[][] keys = new byte[16][];
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

    /** The id of the key {@code data[start, start + length)} whose {@link HistoryBatch#hash} is {@code hash}, or -1. */
    int find(byte[] data, int start, int length, int hash) {
        int mask = table.length - 1;
        for (int at = hash & mask; ; at = (at + 1) & mask) {
            long slot = table[at];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == hash) {
                int id = (int) slot - 1;
                if (same(keys[id], data, start, length)) {
                    return id;
                }
            }
        }
    }

    /** Adds the key, not held yet, and returns its id. */
    int add(byte[] data, int start, int length, int hash) {
        if ((size + 1) * 2 > table.length) {
            rehash(table.length * 2);
        }
        int id;
        if (freeCount > 0) {
            id = free[--freeCount];
        } else {
            id = ids++;
            if (id == keys.length) {
                keys = Arrays.copyOf(keys, id * 2);
            }
        }
        keys[id] = Arrays.copyOfRange(data, start, start + length);
        place(((long) hash << 32) | (id + 1L));
        size++;
        return id;
    }

    /** Whether {@code id} holds a key. */
    boolean holds(int id) {
        return id < ids && keys[id] != null;
    }

    /** Removes the key of {@code id}, which is then free. */
    void remove(int id) {
        int mask = table.length - 1;
        int at = HistoryBatch.hash(keys[id], 0, keys[id].length) & mask;
        while ((int) table[at] != id + 1) {
            at = (at + 1) & mask;
        }
        table[at] = 0;
        for (int next = (at + 1) & mask; table[next] != 0; next = (next + 1) & mask) {
            int home = (int) (table[next] >>> 32) & mask;
            if (((next - home) & mask) >= ((next - at) & mask)) {
                table[at] = table[next];
                table[next] = 0;
                at = next;
            }
        }
        keys[id] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = id;
        size--;
    }

    private void place(long slot) {
        int mask = table.length - 1;
        int at = (int) (slot >>> 32) & mask;
        while (table[at] != 0) {
            at = (at + 1) & mask;
        }
        table[at] = slot;
    }

    private void rehash(int capacity) {
        long[] old = table;
        table = new long[capacity];
        for (long slot : old) {
            if (slot != 0) {
                place(slot);
            }
        }
    }

    /** Whether {@code key} holds the bytes {@code data[start, start + length)}, compared eight at a time. */
    private static boolean same(byte[] key, byte[] data, int start, int length) {
        if (key.length != length) {
            return false;
        }
        if (length < Long.BYTES) {
            for (int i = 0; i < length; i++) {
                if (key[i] != data[start + i]) {
                    return false;
                }
            }
            return true;
        }
        int last = length - Long.BYTES;
        if ((long) WORDS.get(key, last) != (long) WORDS.get(data, start + last)) {
            return false;
        }
        for (int i = 0; i < last; i += Long.BYTES) {
            if ((long) WORDS.get(key, i) != (long) WORDS.get(data, start + i)) {
                return false;
            }
        }
        return true;
    }
}
