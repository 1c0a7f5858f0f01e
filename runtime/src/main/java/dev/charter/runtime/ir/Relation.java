package dev.charter.runtime.ir;

import java.util.List;

/**
 * A typed Datalog relation. {@code input} relations are supplied by the host in a fact
 * snapshot; the others are defined by the constitution's facts and clauses. Relations that are
 * only ever derived need no declaration: their column types are inferred, named {@code _1..}.
 */
public record Relation(String name, List<Field> columns, boolean input, SourceSpan span) {

    public Relation {
        columns = List.copyOf(columns);
    }

    public int arity() {
        return columns.size();
    }
}
