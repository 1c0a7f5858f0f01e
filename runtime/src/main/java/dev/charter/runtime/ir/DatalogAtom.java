package dev.charter.runtime.ir;

import java.util.List;

/** {@code relation(term, ...)} in a Datalog clause. */
public record DatalogAtom(String relation, List<Term> terms, SourceSpan span) {

    public DatalogAtom {
        terms = List.copyOf(terms);
    }

    public int arity() {
        return terms.size();
    }
}
