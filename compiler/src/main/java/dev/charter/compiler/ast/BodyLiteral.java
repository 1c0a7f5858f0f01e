package dev.charter.compiler.ast;

import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.SourceSpan;

/** One conjunct of a Datalog rule body: a positive atom, a negated atom, or a comparison of two terms. */
public sealed interface BodyLiteral extends Node
        permits DatalogAtom, BodyLiteral.NegatedAtom, BodyLiteral.TermComparison {

    /** {@code not p(X)}. */
    record NegatedAtom(SourceSpan span, DatalogAtom atom) implements BodyLiteral {}

    /** {@code X != Y}, {@code A < 10}. */
    record TermComparison(SourceSpan span, CompareOp operator, Term left, Term right) implements BodyLiteral {}
}
