package dev.charter.compiler.ast;

import dev.charter.runtime.ir.SourceSpan;

/**
 * An argument of a Datalog atom: a variable ({@code X}), the wildcard {@code _}, a constant name
 * ({@code teller}, {@code crm.delete}) or a literal ({@code "x"}, {@code 10}, {@code -3}).
 */
public sealed interface Term extends Node permits Term.Variable, Wildcard, NameRef, Literal {

    /** An upper-case Datalog variable. */
    record Variable(SourceSpan span, String name) implements Term {}
}
