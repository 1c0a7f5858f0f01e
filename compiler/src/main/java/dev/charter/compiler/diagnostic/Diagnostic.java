package dev.charter.compiler.diagnostic;

import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.diagnostics.Severity;
import dev.charter.runtime.ir.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One thing the compiler has to say about a constitution: a stable {@code code} (e.g.
 * {@link DiagnosticCode#UNDEFINED_ATTRIBUTE}), where, what is wrong, and how to fix it.
 *
 * <p>It sits below the compiler's stages ({@code parse}, {@code check}) and its facade, so every
 * stage reports through it and no stage depends on the facade.
 *
 * @param severity the code's own severity, or the one a caller raised it to (the solver's warnings under {@code --strict})
 * @param labels   secondary spans with a note each (e.g. "first declared here")
 * @param help     a suggestion a person can act on ("did you mean `amount`?"), or null
 */
public record Diagnostic(
        DiagnosticCode code, Severity severity, SourceSpan span, String message, List<Label> labels, String help) {

    /** Orders diagnostics by file, line and column, then code as users read it: the order they are reported in. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator.comparing(
                    (Diagnostic d) -> d.span().file())
            .thenComparingInt(d -> d.span().line())
            .thenComparingInt(d -> d.span().column())
            .thenComparing(d -> d.code().code());

    public Diagnostic {
        labels = List.copyOf(labels);
    }

    /** A diagnostic at its code's own severity, without labels. */
    public static Diagnostic of(DiagnosticCode code, SourceSpan span, String message, String help) {
        return new Diagnostic(code, code.severity(), span, message, List.of(), help);
    }

    public Diagnostic withLabel(SourceSpan labelSpan, String note) {
        List<Label> more = new ArrayList<>(labels);
        more.add(new Label(labelSpan, note));
        return new Diagnostic(code, severity, span, message, more, help);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** A secondary location with a short note. */
    public record Label(SourceSpan span, String message) {}
}
