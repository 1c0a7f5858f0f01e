package dev.charter.compiler.parse;

import dev.charter.compiler.Diagnostic;
import dev.charter.runtime.ir.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The syntax diagnostics of one file, capped: after {@link #LIMIT} errors the rest of a badly
 * broken file would only repeat the same confusion, so one closing diagnostic says the parser stopped.
 */
final class SyntaxErrorLog {

    static final int LIMIT = 50;

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int errors;

    void error(String code, SourceSpan span, String message, String help) {
        if (full()) {
            return;
        }
        errors++;
        diagnostics.add(Diagnostic.error(code, span, message, help));
        if (full()) {
            diagnostics.add(Diagnostic.error("too-many-errors", span,
                    "stopped after " + LIMIT + " syntax errors", "fix the errors above and check again"));
        }
    }

    /** Adds a diagnostic that is not a syntax error (e.g. an input limit), outside the cap. */
    void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    boolean full() {
        return errors >= LIMIT;
    }

    boolean isEmpty() {
        return diagnostics.isEmpty();
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
