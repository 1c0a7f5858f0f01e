package dev.charter.cli;

import dev.charter.compiler.DiagnosticPrinter;
import dev.charter.compiler.SourceFile;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.Severity;
import java.util.List;

/** Diagnostics as people read them (see {@link DiagnosticPrinter}), and a one-line count. */
final class DiagnosticText {

    private DiagnosticText() {}

    /**
     * Each diagnostic rustc-style, with its source line and caret, then a blank line; control
     * characters the sources or messages hold are escaped ({@link TerminalText}).
     */
    static String render(List<Diagnostic> diagnostics, List<SourceFile> sources) {
        String text = TerminalText.lines(DiagnosticPrinter.render(diagnostics, sources));
        return text.isEmpty() || text.endsWith("\n\n") ? text : text + (text.endsWith("\n") ? "\n" : "\n\n");
    }

    static String summary(List<Diagnostic> diagnostics, List<SourceFile> sources) {
        long errors =
                diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream()
                .filter(d -> d.severity() == Severity.WARNING)
                .count();
        String checked = sources.size() == 1 ? TerminalText.line(sources.get(0).name()) : sources.size() + " files";
        if (errors == 0 && warnings == 0) {
            return "ok: " + checked + " has no problems";
        }
        return checked + ": " + plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
