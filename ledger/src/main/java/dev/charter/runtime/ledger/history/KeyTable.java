package dev.charter.runtime.ledger.history;

import java.util.Arrays;

/**
 * The keys of one query, as byte strings, each with a small integer id that stays its own while it
 * is held: an open-addressed table (linear probing, at most half full, deletion by shifting back)
 * over ids, so that a key found costs one hash probe and one comparison of its bytes, and no object
 * per lookup. Ids of removed keys are reused. Not thread-safe.
 */
final class KeyTable {

    private static final int EMPTY = -1;

    /** Ids by table position; {@link #EMPTY} where none. */
    private int[] table = filled(16);
    /** By id: the key's bytes (null when the id is free) and hash. */
    private byte[][] keys = new byte[16][];

    private int[] hashes = new int[16];
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

    /** An upper bound of the ids: every id is below it. */
    int idLimit() {
        return ids;
    }

    /** The id of the key {@code data[start, start + length)} whose {@link HistoryBatch#hash} is {@code hash}, or -1. */
    int find(byte[] data, int start, int length, int hash) {
        int mask = table.length - 1;
        for (int at = hash & mask; ; at = (at + 1) & mask) {
            int id = table[at];
            if (id == EMPTY) {
                return -1;
            }
            if (hashes[id] == hash) {
                byte[] key = keys[id];
                if (key.length == length && Arrays.equals(key, 0, length, data, start, start + length)) {
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
                hashes = Arrays.copyOf(hashes, id * 2);
            }
        }
        keys[id] = Arrays.copyOfRange(data, start, start + length);
        hashes[id] = hash;
        place(id);
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
        int at = hashes[id] & mask;
        while (table[at] != id) {
            at = (at + 1) & mask;
        }
        table[at] = EMPTY;
        for (int next = (at + 1) & mask; table[next] != EMPTY; next = (next + 1) & mask) {
            int home = hashes[table[next]] & mask;
            if (((next - home) & mask) >= ((next - at) & mask)) {
                table[at] = table[next];
                table[next] = EMPTY;
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

    private void place(int id) {
        int mask = table.length - 1;
        int at = hashes[id] & mask;
        while (table[at] != EMPTY) {
            at = (at + 1) & mask;
        }
        table[at] = id;
    }

    private void rehash(int capacity) {
        table = filled(capacity);
        for (int id = 0; id < ids; id++) {
            if (keys[id] != null) {
                place(id);
            }
        }
    }

    private static int[] filled(int capacity) {
        int[] empty = new int[capacity];
        Arrays.fill(empty, EMPTY);
        return empty;
    }
}
