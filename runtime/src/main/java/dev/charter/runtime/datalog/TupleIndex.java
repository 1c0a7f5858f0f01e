package dev.charter.runtime.datalog;

import org.eclipse.collections.api.list.primitive.IntList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.UnifiedMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

/** A hash index from the values of some columns to the ids of the facts that hold them. */
final class TupleIndex {

    private static final IntList NONE = new IntArrayList(0);

    private final int[] columns;
    private final LongObjectHashMap<IntArrayList> packed = new LongObjectHashMap<>();
    private final UnifiedMap<TupleKeys.Wide, IntArrayList> wide = UnifiedMap.newMap();

    TupleIndex(int[] columns) {
        this.columns = columns.clone();
    }

    void add(int[] tuple, int fact) {
        IntArrayList bucket = TupleKeys.packs(tuple, columns)
                ? packed.getIfAbsentPut(TupleKeys.packed(tuple, columns), IntArrayList::new)
                : wide.getIfAbsentPut(TupleKeys.wide(tuple, columns), IntArrayList::new);
        bucket.add(fact);
    }

    /** The facts whose key columns hold {@code probe}, the ids in column order. */
    IntList get(int[] probe) {
        IntArrayList bucket = TupleKeys.packs(probe, null)
                ? packed.get(TupleKeys.packed(probe, null))
                : wide.get(new TupleKeys.Wide(probe));
        return bucket == null ? NONE : bucket;
    }
}
