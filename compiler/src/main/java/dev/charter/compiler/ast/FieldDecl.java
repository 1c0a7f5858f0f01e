package dev.charter.compiler.ast;

import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * A typed {@code name: Type} entry: a context attribute, an action parameter or a relation column.
 * Only an action parameter may be {@code optional} ({@code name?: Type}) or an object
 * ({@code name: { field: Type, ... }}, {@code object} present; {@code type} then spans the braces).
 */
public record FieldDecl(SourceSpan span, Name name, TypeRef type, boolean optional, Optional<ObjectShape> object)
        implements Node {

    /**
     * The fields of an object parameter; {@code open} when they end with {@code ...} (other keys
     * are accepted and ignored).
     */
    public record ObjectShape(List<FieldDecl> fields, boolean open) {
        public ObjectShape {
            fields = List.copyOf(fields);
        }
    }

    /** A field of a named type. */
    public FieldDecl(SourceSpan span, Name name, TypeRef type, boolean optional) {
        this(span, name, type, optional, Optional.empty());
    }

    /** A required field of a named type. */
    public FieldDecl(SourceSpan span, Name name, TypeRef type) {
        this(span, name, type, false);
    }
}
