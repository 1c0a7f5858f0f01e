package dev.charter.runtime.ir;

/** A named, typed slot: an action parameter, a context attribute or a relation column. */
public record Field(String name, ValueType type, SourceSpan span) {}
