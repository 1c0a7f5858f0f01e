package dev.charter.compiler.ast;

import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * One parsed {@code .charter} file: an optional {@code constitution "name" version N { ... }}
 * header followed by declarations in source order. A constitution is one or more such files.
 *
 * @param fileName the name the file goes by in diagnostics
 */
public record ConstitutionFile(
        SourceSpan span, String fileName, Optional<Header> header, List<Declaration> declarations) implements Node {

    public ConstitutionFile {
        declarations = List.copyOf(declarations);
    }
}
