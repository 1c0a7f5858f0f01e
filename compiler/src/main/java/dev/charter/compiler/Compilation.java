package dev.charter.compiler;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.ir.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What compiling a constitution produced: every diagnostic of every file, in source order, and
 * the program when the last stage ran and nothing was in error.
 *
 * @param program     present exactly when lowering ran and there were no errors
 * @param diagnostics sorted by {@link Diagnostic#BY_POSITION}
 */
public record Compilation(Optional<Program> program, List<Diagnostic> diagnostics) {

    public Compilation {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Diagnostic.BY_POSITION);
        diagnostics = List.copyOf(sorted);
    }

    /** Whether any diagnostic is an error (warnings and notes do not stop a compilation). */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
