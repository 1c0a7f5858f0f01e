package dev.charter.runtime.ir;

/**
 * A named, typed slot: an action parameter, a context attribute or a relation column. Only an
 * action parameter may be {@code optional}: a request may then leave it out (or give it as JSON
 * {@code null}).
 */
public record Field(String name, ValueType type, SourceSpan span, boolean optional) {

    /** A required field. */
    public Field(String name, ValueType type, SourceSpan span) {
        this(name, type, span, false);
    }
}
