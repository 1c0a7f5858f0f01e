package dev.charter.compiler;

import dev.charter.runtime.ir.SourceSpan;
import java.util.Comparator;
import java.util.List;

/**
 * One thing the compiler has to say about a constitution: a stable {@code code} (e.g.
 * {@code undefined-attribute}), where, what is wrong, and how to fix it.
 *
 * @param labels secondary spans with a note each (e.g. "first declared here")
 * @param help   a suggestion a person can act on ("did you mean `amount`?"), or null
 */
public record Diagnostic(String code, Severity severity, SourceSpan span, String message, List<Label> labels, String help) {

    /** Orders diagnostics by file, line and column, then code: the order they are reported in. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.span().file())
            .thenComparingInt(d -> d.span().line())
            .thenComparingInt(d -> d.span().column())
            .thenComparing(Diagnostic::code);

    public Diagnostic {
        labels = List.copyOf(labels);
    }

    public static Diagnostic error(String code, SourceSpan span, String message, String help) {
        return new Diagnostic(code, Severity.ERROR, span, message, List.of(), help);
    }

    public static Diagnostic warning(String code, SourceSpan span, String message, String help) {
        return new Diagnostic(code, Severity.WARNING, span, message, List.of(), help);
    }

    public Diagnostic withLabel(SourceSpan labelSpan, String note) {
        List<Label> more = new java.util.ArrayList<>(labels);
        more.add(new Label(labelSpan, note));
        return new Diagnostic(code, severity, span, message, more, help);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** A secondary location with a short note. */
    public record Label(SourceSpan span, String message) {
    }
}
