package dev.charter.runtime.datalog;

import dev.charter.runtime.ir.Value;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.impl.list.mutable.FastList;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * Interns values as dense ints so that joins, indexes and tuple sets compare ints, not objects.
 * Equal values (decimals equal up to trailing zeros included) get equal ids.
 *
 * <p>Strings, action names and ints, nearly every value of a large snapshot, are keyed by their
 * plain Java form ({@code String.equals} and {@code long} keys are far cheaper than the
 * generated {@code equals} of a record); other values by the value itself.
 */
final class ValuePool {

    static final int ABSENT = -1;

    private final ObjectIntHashMap<String> strings;
    private final ObjectIntHashMap<String> actions = new ObjectIntHashMap<>();
    private final LongIntHashMap ints = new LongIntHashMap();
    private final ObjectIntHashMap<Value> others = new ObjectIntHashMap<>();
    private final MutableList<Value> values;

    /** {@code expectedStrings} sizes the string table up front, sparing rehashes while a snapshot loads. */
    ValuePool(int expectedStrings) {
        this.strings = new ObjectIntHashMap<>(expectedStrings);
        this.values = FastList.newList(expectedStrings);
    }

    int intern(Value value) {
        int id = find(value);
        if (id == ABSENT) {
            id = values.size();
            values.add(value);
            if (value instanceof Value.StringValue s) {
                strings.put(s.value(), id);
            } else if (value instanceof Value.ActionValue a) {
                actions.put(a.name(), id);
            } else if (value instanceof Value.IntValue i) {
                ints.put(i.value(), id);
            } else {
                others.put(value, id);
            }
        }
        return id;
    }

    /** The id of {@code value}, or {@link #ABSENT} when no fact mentions it. */
    int find(Value value) {
        if (value instanceof Value.StringValue s) {
            return strings.getIfAbsent(s.value(), ABSENT);
        }
        if (value instanceof Value.ActionValue a) {
            return actions.getIfAbsent(a.name(), ABSENT);
        }
        if (value instanceof Value.IntValue i) {
            return ints.getIfAbsent(i.value(), ABSENT);
        }
        return others.getIfAbsent(value, ABSENT);
    }

    Value value(int id) {
        return values.get(id);
    }
}
