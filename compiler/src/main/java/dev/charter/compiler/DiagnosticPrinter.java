package dev.charter.compiler;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.ir.SourceSpan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders diagnostics for people, the way rustc does: the severity and stable code, the message,
 * {@code --> file:line:col}, the offending source line with the span underlined ({@code ^}), each
 * label's line underlined with {@code -} and its note, and {@code = help:}. Tabs are shown as four
 * spaces and the underline moves with them, so the carets stay under the text they mean.
 */
public final class DiagnosticPrinter {

    private static final int TAB_WIDTH = 4;

    private DiagnosticPrinter() {}

    /** All {@code diagnostics}, in the given order, separated by blank lines; source lines come from {@code files}. */
    public static String render(List<Diagnostic> diagnostics, List<SourceFile> files) {
        Map<String, String[]> lines = new HashMap<>();
        for (SourceFile file : files) {
            lines.putIfAbsent(file.name(), file.text().split("\r\n|\r|\n", -1));
        }
        StringBuilder out = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            if (out.length() > 0) {
                out.append('\n');
            }
            new Snippet(diagnostic, lines, out).render();
        }
        return out.toString();
    }

    /** One diagnostic's block; the gutter is as wide as the largest line number it shows. */
    private static final class Snippet {

        private final Diagnostic diagnostic;
        private final Map<String, String[]> lines;
        private final StringBuilder out;
        private final String gutter;

        Snippet(Diagnostic diagnostic, Map<String, String[]> lines, StringBuilder out) {
            this.diagnostic = diagnostic;
            this.lines = lines;
            this.out = out;
            int widest = diagnostic.span().line();
            for (Diagnostic.Label label : diagnostic.labels()) {
                widest = Math.max(widest, label.span().line());
            }
            this.gutter = " ".repeat(String.valueOf(widest).length());
        }

        void render() {
            SourceSpan span = diagnostic.span();
            out.append(diagnostic.severity().keyword())
                    .append('[')
                    .append(diagnostic.code().code())
                    .append("]: ")
                    .append(diagnostic.message())
                    .append('\n');
            out.append(gutter).append("--> ").append(position(span)).append('\n');
            boolean shown = excerpt(span, '^', null);
            for (Diagnostic.Label label : diagnostic.labels()) {
                if (!label.span().file().equals(span.file())) {
                    out.append(gutter)
                            .append("::: ")
                            .append(position(label.span()))
                            .append('\n');
                }
                shown |= excerpt(label.span(), '-', label.message());
            }
            if (diagnostic.help() != null) {
                if (shown) {
                    out.append(gutter).append(" |\n");
                }
                out.append(gutter).append(" = help: ").append(diagnostic.help()).append('\n');
            }
        }

        /** The span's first line with its underline; false when the source is not at hand. */
        private boolean excerpt(SourceSpan span, char mark, String note) {
            String[] source = lines.get(span.file());
            if (source == null || span.line() > source.length) {
                if (note != null) {
                    out.append(gutter)
                            .append(" = note: ")
                            .append(note)
                            .append(" (")
                            .append(position(span))
                            .append(")\n");
                }
                return false;
            }
            String text = source[span.line() - 1];
            String number = String.valueOf(span.line());
            String numbered = " ".repeat(gutter.length() - number.length()) + number;
            out.append(gutter).append(" |\n");
            out.append(numbered)
                    .append(" | ")
                    .append(expandTabs(text, text.length()))
                    .append('\n');
            int startOffset = offsetOfColumn(text, span.column());
            int lastColumn = span.endLine() == span.line()
                    ? Math.max(span.endColumn(), span.column())
                    : text.codePointCount(0, text.length());
            int endOffset = offsetOfColumn(text, lastColumn + 1);
            int indent = expandTabs(text, startOffset).length();
            int width = Math.max(1, expandTabs(text, endOffset).length() - indent);
            out.append(gutter)
                    .append(" | ")
                    .append(" ".repeat(indent))
                    .append(String.valueOf(mark).repeat(width));
            if (note != null) {
                out.append(' ').append(note);
            }
            out.append('\n');
            return true;
        }

        private static String position(SourceSpan span) {
            return span.file() + ":" + span.line() + ":" + span.column();
        }

        /** The char offset of 1-based code-point {@code column}, or past the end of the line. */
        private static int offsetOfColumn(String text, int column) {
            int codePoints = text.codePointCount(0, text.length());
            if (column - 1 >= codePoints) {
                return text.length() + (column - 1 - codePoints);
            }
            return text.offsetByCodePoints(0, Math.max(0, column - 1));
        }

        /** The first {@code end} chars of {@code text} (padded with spaces past its end), tabs expanded. */
        private static String expandTabs(String text, int end) {
            StringBuilder expanded = new StringBuilder();
            for (int i = 0; i < end; i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (c == '\t') {
                    expanded.append(" ".repeat(TAB_WIDTH));
                } else {
                    expanded.append(c);
                }
            }
            return expanded.toString();
        }
    }
}
