package dev.charter.compiler.ast;

import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * A typed {@code name: Type} entry: a context attribute, an action parameter or a relation column.
 * Only an action parameter may be {@code optional} ({@code name?: Type}), an object
 * ({@code name: { field: Type, ... }}, {@code object} present; {@code type} then spans the braces)
 * or a list ({@code name: list<Type, N>}, {@code list} present; {@code type} and {@code object}
 * then describe its elements).
 */
public record FieldDecl(
        SourceSpan span,
        Name name,
        TypeRef type,
        boolean optional,
        Optional<ObjectShape> object,
        Optional<ListShape> list)
        implements Node {

    /**
     * {@code list<...>}: {@code span} is the whole type; {@code bound} the bound as written (digits),
     * empty for the default.
     */
    public record ListShape(SourceSpan span, Optional<String> bound) {}

    /** A field that is not a list. */
    public FieldDecl(SourceSpan span, Name name, TypeRef type, boolean optional, Optional<ObjectShape> object) {
        this(span, name, type, optional, object, Optional.empty());
    }

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
