package dev.charter.compiler.ast;

import dev.charter.runtime.ir.SourceSpan;

/**
 * A node of the Charter syntax tree. Every node knows the text it was built from, so each later
 * stage (checks, lowering, solver findings) can point a person at the exact source responsible.
 */
public interface Node {

    /** The source text this node was parsed from; for a parenthesised expression, the text inside the parentheses. */
    SourceSpan span();
}
