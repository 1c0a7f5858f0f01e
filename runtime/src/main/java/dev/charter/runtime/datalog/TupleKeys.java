package dev.charter.runtime.datalog;

import java.util.Arrays;

/**
 * Keys over a subset of a tuple's columns. Most keys pack into one {@code long} (primitive maps,
 * no allocation): up to two interned ids of 32 bits, or three of 21 bits (two million distinct
 * values); the rest are boxed as {@link Wide}. Whether a key packs depends only on its ids, so a
 * tuple always finds its key in the same map.
 */
final class TupleKeys {

    private static final int SMALL = 1 << 21;

    private TupleKeys() {}

    /** Whether the key of {@code columns} of {@code tuple} packs; a null {@code columns} means all columns. */
    static boolean packs(int[] tuple, int[] columns) {
        int width = columns == null ? tuple.length : columns.length;
        if (width <= 2) {
            return true;
        }
        if (width > 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (tuple[columns == null ? i : columns[i]] >= SMALL) {
                return false;
            }
        }
        return true;
    }

    /** The packed key of {@code columns} of {@code tuple} (all columns when null); {@link #packs} holds. */
    static long packed(int[] tuple, int[] columns) {
        int width = columns == null ? tuple.length : columns.length;
        int shift = width == 3 ? 21 : 32;
        long key = 0;
        for (int i = 0; i < width; i++) {
            key = (key << shift) | (tuple[columns == null ? i : columns[i]] & 0xFFFF_FFFFL);
        }
        return key;
    }

    static Wide wide(int[] tuple, int[] columns) {
        if (columns == null) {
            return new Wide(tuple.clone());
        }
        int[] ids = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            ids[i] = tuple[columns[i]];
        }
        return new Wide(ids);
    }

    /** A key that does not pack; its hash mixes every bit, as open addressing needs. */
    static final class Wide {
        private final int[] ids;
        private final int hash;

        Wide(int[] ids) {
            this.ids = ids;
            long h = 0x9E3779B97F4A7C15L;
            for (int id : ids) {
                h = (h ^ id) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 31;
            }
            this.hash = (int) (h ^ (h >>> 32));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Wide w && Arrays.equals(ids, w.ids);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
