package dev.charter.runtime.ir;

import java.util.List;

/** A Datalog clause {@code head :- body.}; a fact has an empty body and a ground head. */
public record Clause(DatalogAtom head, List<BodyLiteral> body, SourceSpan span) {

    public Clause {
        body = List.copyOf(body);
    }

    public boolean isFact() {
        return body.isEmpty();
    }
}
