package dev.charter.compiler.ast;

import dev.charter.runtime.ir.SourceSpan;

/** A typed {@code name: Type} entry: a context attribute, an action parameter or a relation column. */
public record FieldDecl(SourceSpan span, Name name, TypeRef type) implements Node {}
