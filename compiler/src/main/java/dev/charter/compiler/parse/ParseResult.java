package dev.charter.compiler.parse;

import dev.charter.compiler.ast.ConstitutionFile;
import dev.charter.compiler.diagnostic.Diagnostic;
import java.util.List;

/**
 * What parsing one file produced: its AST and its syntax diagnostics, sorted by position. When
 * there are errors the AST is partial: it holds every declaration that parsed cleanly, so later
 * stages can still report their own problems in the same run.
 */
public record ParseResult(ConstitutionFile file, List<Diagnostic> diagnostics) {

    public ParseResult {
        diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
