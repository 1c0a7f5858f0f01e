package dev.charter.compiler.check;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.ir.Program;
import java.util.List;
import java.util.Optional;

/**
 * What the checks made of the parsed files: their diagnostics, in the order found, and the
 * program when lowering ran and nothing was in error.
 */
public record CheckedConstitution(Optional<Program> program, List<Diagnostic> diagnostics) {

    public CheckedConstitution {
        diagnostics = List.copyOf(diagnostics);
    }
}
