package dev.charter.runtime.bundle;

import dev.charter.runtime.ir.Program;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The classes of every IR record reachable from a program, found by walking record components. */
final class NodeCensus {

    private final Set<Class<?>> seen = new HashSet<>();

    private NodeCensus() {}

    static Set<Class<?>> of(List<Program> programs) {
        NodeCensus census = new NodeCensus();
        for (Program p : programs) {
            census.walk(List.of(
                    p.metadata(),
                    p.schema(),
                    p.relations(),
                    p.strata(),
                    p.rules(),
                    p.defaultOutcome(),
                    p.conflictOutcome(),
                    p.assertions()));
        }
        return census.seen;
    }

    private void walk(Object node) {
        if (node instanceof List<?> list) {
            list.forEach(this::walk);
        } else if (node instanceof Record record) {
            seen.add(record.getClass());
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    walk(component.getAccessor().invoke(record));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
