package dev.charter.compiler.format;

import dev.charter.compiler.diagnostic.Diagnostic;
import java.util.List;

/** What {@link Formatter#format} made of one file: its canonical text, or why it left the file alone. */
public sealed interface FormatResult {

    /** The file in canonical layout, with every comment it had. */
    record Formatted(String text) implements FormatResult {}

    /**
     * The file was not formatted: it has syntax errors (a layout needs a tree), or, as a defect in
     * Charter, the layout would have changed its meaning or lost a comment ({@code internal-error}).
     */
    record Refused(List<Diagnostic> diagnostics) implements FormatResult {

        public Refused {
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
