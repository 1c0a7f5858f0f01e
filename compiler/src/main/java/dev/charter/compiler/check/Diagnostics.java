package dev.charter.compiler.check;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/** Collects what the checks report; errors are values, so every check adds here and carries on. */
final class Diagnostics {

    private final List<Diagnostic> reported = new ArrayList<>();

    void report(DiagnosticCode code, SourceSpan span, String message, String help) {
        reported.add(Diagnostic.of(code, span, message, help));
    }

    void add(Diagnostic diagnostic) {
        reported.add(diagnostic);
    }

    boolean hasErrors() {
        return reported.stream().anyMatch(Diagnostic::isError);
    }

    int count() {
        return reported.size();
    }

    List<Diagnostic> all() {
        return List.copyOf(reported);
    }
}
