package dev.charter.runtime.datalog;

import dev.charter.runtime.ir.Value;
import org.eclipse.collections.api.list.primitive.IntList;
import org.eclipse.collections.impl.factory.primitive.IntLists;

/**
 * A prepared probe of one relation with some columns given: the decision plan prepares one per
 * Datalog atom in a condition when a snapshot is attached, so that deciding a request costs a
 * few hash look-ups and no name resolution. Thread-safe: the database does not change.
 */
public final class Lookup {

    private static final IntList NONE = IntLists.immutable.empty();

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

    /**
     * Every fact whose given columns hold {@code key}, earliest established first; empty when
     * there is none. The list is the index's own: read it, never change it.
     */
    public IntList matches(Value... key) {
        int[] probe = new int[key.length];
        for (int i = 0; i < key.length; i++) {
            probe[i] = database.pool().find(key[i]);
            if (probe[i] == ValuePool.ABSENT) {
                return NONE;
            }
        }
        if (index != null) {
            return index.get(probe);
        }
        if (key.length == 0) {
            return relation.facts();
        }
        int fact = relation.find(probe);
        return fact < 0 ? NONE : IntLists.immutable.of(fact);
    }

    /** The fact {@code handle} names. */
    public Fact fact(int handle) {
        return database.fact(handle);
    }

    /** Column {@code column} of the fact {@code handle}. */
    public Value column(int handle, int column) {
        return database.column(handle, column);
    }
}
