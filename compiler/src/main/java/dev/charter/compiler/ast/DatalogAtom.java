package dev.charter.compiler.ast;

import dev.charter.runtime.ir.SourceSpan;
import java.util.List;

/** {@code grants(R, X)}: a relation applied to terms, as a clause head or a positive body literal. */
public record DatalogAtom(SourceSpan span, Name relation, List<Term> terms) implements BodyLiteral {

    public DatalogAtom {
        terms = List.copyOf(terms);
    }
}
