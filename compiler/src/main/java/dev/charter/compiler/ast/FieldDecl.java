package dev.charter.compiler.ast;

import dev.charter.runtime.ir.SourceSpan;

/**
 * A typed {@code name: Type} entry: a context attribute, an action parameter or a relation column.
 * Only an action parameter may be {@code optional} ({@code name?: Type}).
 */
public record FieldDecl(SourceSpan span, Name name, TypeRef type, boolean optional) implements Node {

    /** A required field. */
    public FieldDecl(SourceSpan span, Name name, TypeRef type) {
        this(span, name, type, false);
    }
}
