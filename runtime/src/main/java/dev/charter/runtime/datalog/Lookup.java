package dev.charter.runtime.datalog;

import dev.charter.runtime.ir.Value;
import org.eclipse.collections.api.list.primitive.IntList;

/**
 * A prepared probe of one relation with some columns given: the decision plan prepares one per
 * Datalog atom in a condition when a snapshot is attached, so that deciding a request costs a
 * few hash look-ups and no name resolution. Thread-safe: the database does not change.
 */
public final class Lookup {

    private final Database database;
    private final RelationTable relation;
    private final TupleIndex index;

    Lookup(Database database, RelationTable relation, TupleIndex index) {
        this.database = database;
        this.relation = relation;
        this.index = index;
    }

    /**
     * The handle of a fact whose given columns hold {@code key} (in column order), or -1 when
     * there is none. When several facts match, the earliest established one is returned.
     */
    public int find(Value... key) {
        int[] probe = new int[key.length];
        for (int i = 0; i < key.length; i++) {
            probe[i] = database.pool().find(key[i]);
            if (probe[i] == ValuePool.ABSENT) {
                return -1;
            }
        }
        if (index == null) {
            return key.length == 0
                    ? (relation.size() == 0 ? -1 : relation.facts().get(0))
                    : relation.find(probe);
        }
        IntList facts = index.get(probe);
        return facts.isEmpty() ? -1 : facts.get(0);
    }
}
