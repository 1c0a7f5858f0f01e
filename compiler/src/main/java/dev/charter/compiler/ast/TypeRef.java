package dev.charter.compiler.ast;

import dev.charter.runtime.ir.SourceSpan;

/** A type as written in a field, parameter or column: {@code bool}, {@code decimal}, {@code AccountStatus}, {@code action}. */
public record TypeRef(SourceSpan span, String name) implements Node {}
