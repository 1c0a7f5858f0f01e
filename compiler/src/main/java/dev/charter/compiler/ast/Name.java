package dev.charter.compiler.ast;

import dev.charter.runtime.ir.SourceSpan;
import java.util.List;

/**
 * A name as written where something is declared or referenced: an action ({@code crm.delete}),
 * rule, relation, enum, enum value, field or call. Dotted names keep their dots, and an action
 * named in quotes is held by its value ({@code write:refund} for {@code "write:refund"}), so both
 * spellings of a name are one name; resolving them is the checker's job.
 */
public record Name(SourceSpan span, String text) implements Node {

    /** The dot-separated segments, e.g. {@code [crm, delete]} for {@code crm.delete}. */
    public List<String> segments() {
        return List.of(text.split("\\.", -1));
    }
}
