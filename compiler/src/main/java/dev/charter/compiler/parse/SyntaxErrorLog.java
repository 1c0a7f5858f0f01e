package dev.charter.compiler.parse;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.SourceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The syntax diagnostics of one file, capped: after {@link #LIMIT} errors the rest of a badly
 * broken file would only repeat the same confusion, so one closing diagnostic says the parser stopped.
 */
final class SyntaxErrorLog {

    static final int LIMIT = 50;

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<Integer, Integer> lexicalErrorColumns = new HashMap<>();
    private int errors;

    /**
     * Records an error in the text itself (a stray character, a broken string). The parser's
     * complaints later on the same line are its consequences and are not reported.
     */
    void lexicalError(DiagnosticCode code, SourceSpan span, String message, String help) {
        lexicalErrorColumns.putIfAbsent(span.line(), span.column());
        error(code, span, message, help);
    }

    /** A syntax error, unless a lexical error earlier on its line already explains it. */
    void syntaxError(SourceSpan span, String message, String help) {
        Integer column = lexicalErrorColumns.get(span.line());
        if (column != null && column <= span.column()) {
            return;
        }
        error(DiagnosticCode.SYNTAX_ERROR, span, message, help);
    }

    void error(DiagnosticCode code, SourceSpan span, String message, String help) {
        if (full()) {
            return;
        }
        errors++;
        diagnostics.add(Diagnostic.of(code, span, message, help));
        if (full()) {
            diagnostics.add(Diagnostic.of(
                    DiagnosticCode.TOO_MANY_ERRORS,
                    span,
                    "stopped after " + LIMIT + " syntax errors",
                    "fix the errors above and check again"));
        }
    }

    boolean full() {
        return errors >= LIMIT;
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
