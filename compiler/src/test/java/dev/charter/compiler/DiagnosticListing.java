package dev.charter.compiler;

import dev.charter.compiler.diagnostic.Diagnostic;
import java.util.List;

/**
 * The one golden format of diagnostics, for every corpus: one line
 * {@code file:line:col severity[code] message} per diagnostic, then {@code   note at ...: ...}
 * for each label and {@code   help: ...}. How people see them ({@link DiagnosticPrinter}) is
 * pinned separately, in {@code .rendered} files.
 */
public final class DiagnosticListing {

    private DiagnosticListing() {}

    public static String of(List<Diagnostic> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            text.append(d.span())
                    .append(' ')
                    .append(d.severity().keyword())
                    .append('[')
                    .append(d.code().code())
                    .append("] ")
                    .append(d.message())
                    .append('\n');
            for (Diagnostic.Label label : d.labels()) {
                text.append("  note at ")
                        .append(label.span())
                        .append(": ")
                        .append(label.message())
                        .append('\n');
            }
            if (d.help() != null) {
                text.append("  help: ").append(d.help()).append('\n');
            }
        }
        return text.toString();
    }
}
