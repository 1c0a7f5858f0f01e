package dev.charter.runtime.ir;

/** One conjunct of a Datalog clause body. */
public sealed interface BodyLiteral {

    SourceSpan span();

    record Positive(DatalogAtom atom) implements BodyLiteral {
        public SourceSpan span() {
            return atom.span();
        }
    }

    /** {@code not atom}; stratification guarantees the relation is complete before it is read. */
    record Negated(DatalogAtom atom, SourceSpan span) implements BodyLiteral {}

    /** {@code X < Y} and friends; both sides are bound by positive atoms (range restriction). */
    record Comparison(CompareOp op, Term left, Term right, SourceSpan span) implements BodyLiteral {}
}
