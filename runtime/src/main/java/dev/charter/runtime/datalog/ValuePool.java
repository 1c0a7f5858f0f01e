package dev.charter.runtime.datalog;

import dev.charter.runtime.ir.Value;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.impl.list.mutable.FastList;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * Interns values as dense ints so that joins, indexes and tuple sets compare ints, not objects.
 * Equal values (decimals equal up to trailing zeros included) get equal ids.
 */
final class ValuePool {

    static final int ABSENT = -1;

    private final ObjectIntHashMap<Value> ids = new ObjectIntHashMap<>();
    private final MutableList<Value> values = FastList.newList();

    int intern(Value value) {
        int id = ids.getIfAbsent(value, ABSENT);
        if (id == ABSENT) {
            id = values.size();
            values.add(value);
            ids.put(value, id);
        }
        return id;
    }

    /** The id of {@code value}, or {@link #ABSENT} when no fact mentions it. */
    int find(Value value) {
        return ids.getIfAbsent(value, ABSENT);
    }

    Value value(int id) {
        return values.get(id);
    }
}
