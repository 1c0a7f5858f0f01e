package dev.charter.runtime.datalog;

import java.util.Arrays;

/**
 * Keys over a subset of a tuple's columns. Up to two interned ids pack into one {@code long}
 * (primitive maps, no allocation); wider keys are boxed as {@link Wide}.
 */
final class TupleKeys {

    private TupleKeys() {
    }

    static boolean packs(int width) {
        return width <= 2;
    }

    /** The packed key of {@code columns} of {@code tuple}; {@code columns.length <= 2}. */
    static long packed(int[] tuple, int[] columns) {
        long key = 0;
        for (int column : columns) {
            key = (key << 32) | (tuple[column] & 0xFFFF_FFFFL);
        }
        return key;
    }

    /** The packed key of a probe that already lists the key's ids in column order. */
    static long packed(int[] probe) {
        long key = 0;
        for (int id : probe) {
            key = (key << 32) | (id & 0xFFFF_FFFFL);
        }
        return key;
    }

    static Wide wide(int[] tuple, int[] columns) {
        int[] ids = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            ids[i] = tuple[columns[i]];
        }
        return new Wide(ids);
    }

    /** A key of three or more ids. */
    static final class Wide {
        private final int[] ids;
        private final int hash;

        Wide(int[] ids) {
            this.ids = ids;
            this.hash = Arrays.hashCode(ids);
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
