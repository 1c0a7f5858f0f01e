package dev.charter.runtime;

import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.ObjectParameter;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.TimeAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each attribute lives in a {@link Frame}: every context attribute, every
 * {@link TimeAttribute}, and one slot per distinct parameter name (a rule over several actions
 * reads a parameter they all declare, so they share its slot). Resolved once per program.
 */
final class SlotLayout {

    private final Map<String, Integer> context = new HashMap<>();
    private final Map<String, Integer> parameters = new HashMap<>();
    private final List<String> paths = new ArrayList<>();
    private final int[] time = new int[TimeAttribute.values().length];

    SlotLayout(Schema schema) {
        for (Field f : schema.context()) {
            context.put(f.name(), add("context." + f.name()));
        }
        for (TimeAttribute t : TimeAttribute.values()) {
            time[t.ordinal()] = add("time." + t.attributeName());
        }
        for (ActionDecl a : schema.actions()) {
            for (ObjectParameter o : a.objects()) {
                if (!parameters.containsKey(o.path())) {
                    parameters.put(o.path(), add("request." + o.path()));
                }
            }
            for (Field p : a.parameters()) {
                if (!parameters.containsKey(p.name())) {
                    parameters.put(p.name(), add("request." + p.name()));
                }
            }
        }
    }

    private int add(String path) {
        paths.add(path);
        return paths.size() - 1;
    }

    int size() {
        return paths.size();
    }

    /** The attribute path of a slot, e.g. {@code request.amount}. */
    String path(int slot) {
        return paths.get(slot);
    }

    int context(String name) {
        return context.get(name);
    }

    int parameter(String name) {
        return parameters.get(name);
    }

    int time(TimeAttribute attribute) {
        return time[attribute.ordinal()];
    }

    int slot(Expr.Attribute attribute) {
        return switch (attribute.scope()) {
            case CONTEXT -> context(attribute.name());
            case REQUEST -> parameter(attribute.name());
            case TIME -> time(TimeAttribute.named(attribute.name()).orElseThrow());
        };
    }
}
