package dev.charter.cli;

import dev.charter.compiler.Diagnostic;
import dev.charter.compiler.Severity;
import dev.charter.compiler.SourceFile;
import java.util.List;

/** Diagnostics as people read them, followed by a one-line count. */
final class DiagnosticText {

    private DiagnosticText() {
    }

    static String render(List<Diagnostic> diagnostics, List<SourceFile> sources) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            text.append(d.severity().keyword()).append('[').append(d.code()).append("]: ").append(d.message()).append('\n');
            text.append("  --> ").append(d.span()).append('\n');
            if (d.help() != null) {
                text.append("  = help: ").append(d.help()).append('\n');
            }
            text.append('\n');
        }
        return text.toString();
    }

    static String summary(List<Diagnostic> diagnostics, List<SourceFile> sources) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        String checked = sources.size() == 1 ? sources.get(0).name() : sources.size() + " files";
        if (errors == 0 && warnings == 0) {
            return "ok: " + checked + " has no problems";
        }
        return checked + ": " + plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
