package dev.charter.compiler.ast;

import dev.charter.runtime.ir.SourceSpan;

/** {@code _}: any value, in a Datalog atom or an atom called from a condition ({@code may(_, x)}). */
public record Wildcard(SourceSpan span) implements Term, Argument {}
