package dev.charter.compiler.ast;

import dev.charter.runtime.ir.SourceSpan;
import java.util.List;

/**
 * The {@code constitution "name" version N { key value ... }} header. Field keys and values are
 * kept as written (e.g. {@code reviewed_on 2026-03-01}); which keys are known is the checker's concern.
 */
public record Header(SourceSpan span, Literal.StringLiteral name, Literal.IntLiteral version, List<Field> fields)
        implements Node {

    public Header {
        fields = List.copyOf(fields);
    }

    /** One {@code key value} line of the header. */
    public record Field(SourceSpan span, Name key, Literal value) implements Node {}
}
