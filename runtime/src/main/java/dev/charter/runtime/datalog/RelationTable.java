package dev.charter.runtime.datalog;

import org.eclipse.collections.api.list.primitive.IntList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.IntObjectHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * The facts of one relation: a set of tuples for de-duplication and membership, and hash
 * indexes on the column subsets that joins and conditions probe. A fact becomes visible to the
 * indexes only when {@link #flush} is called, so that a semi-naive round reads the relation as it
 * was when the round began while it adds to it.
 */
final class RelationTable {

    private final int id;
    private final String name;
    private final int arity;
    private final IntArrayList facts;
    private final LongIntHashMap packedSet;
    private final ObjectIntHashMap<TupleKeys.Wide> wideSet = new ObjectIntHashMap<>();
    private final IntObjectHashMap<TupleIndex> indexes = new IntObjectHashMap<>();
    private int indexed;

    /** {@code expectedSize} sizes the tuple set up front, sparing rehashes while a snapshot loads. */
    RelationTable(int id, String name, int arity, int expectedSize) {
        this.id = id;
        this.name = name;
        this.arity = arity;
        this.facts = new IntArrayList(expectedSize);
        this.packedSet = new LongIntHashMap(expectedSize);
    }

    int id() {
        return id;
    }

    String name() {
        return name;
    }

    int arity() {
        return arity;
    }

    /** The fact holding exactly {@code tuple}, or -1. */
    int find(int[] tuple) {
        if (TupleKeys.packs(tuple, null)) {
            return packedSet.getIfAbsent(TupleKeys.packed(tuple, null), -1);
        }
        return wideSet.getIfAbsent(new TupleKeys.Wide(tuple), -1);
    }

    /** Records {@code fact} as holding {@code tuple}; the caller has checked it is new. */
    void add(int[] tuple, int fact) {
        if (TupleKeys.packs(tuple, null)) {
            packedSet.put(TupleKeys.packed(tuple, null), fact);
        } else {
            wideSet.put(TupleKeys.wide(tuple, null), fact);
        }
        facts.add(fact);
    }

    IntList facts() {
        return facts;
    }

    int size() {
        return facts.size();
    }

    /** Makes every added fact visible to the indexes. */
    void flush(FactTable table) {
        if (indexed == facts.size()) {
            return;
        }
        for (TupleIndex index : indexes.values()) {
            for (int i = indexed; i < facts.size(); i++) {
                index.add(table.tuple(facts.get(i)), facts.get(i));
            }
        }
        indexed = facts.size();
    }

    /** The index on the columns of {@code mask} (bit i = column i), built on first use over the flushed facts. */
    TupleIndex index(int mask, FactTable table) {
        TupleIndex index = indexes.get(mask);
        if (index == null) {
            index = new TupleIndex(columnsOf(mask));
            for (int i = 0; i < indexed; i++) {
                index.add(table.tuple(facts.get(i)), facts.get(i));
            }
            indexes.put(mask, index);
        }
        return index;
    }

    static int[] columnsOf(int mask) {
        int[] columns = new int[Integer.bitCount(mask)];
        int n = 0;
        for (int i = 0; i < 32; i++) {
            if ((mask & (1 << i)) != 0) {
                columns[n++] = i;
            }
        }
        return columns;
    }
}
