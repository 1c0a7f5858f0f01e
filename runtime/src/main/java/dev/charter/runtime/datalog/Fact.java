package dev.charter.runtime.datalog;

import dev.charter.runtime.ir.Value;
import java.util.List;

/** A ground atom: a relation and one tuple of values. */
public record Fact(String relation, List<Value> tuple) {

    public Fact {
        tuple = List.copyOf(tuple);
    }

    /** The fact as a constitution writes it, e.g. {@code may("bot-7", initiate_payment)}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(relation).append('(');
        for (int i = 0; i < tuple.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(literal(tuple.get(i)));
        }
        return out.append(')').toString();
    }

    /** A value as a constitution writes it: strings quoted, enum values, actions and numbers bare. */
    public static String literal(Value value) {
        if (value instanceof Value.StringValue s) {
            return '"' + s.value().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return value.toString();
    }
}
