package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.diagnostics.Severity;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.testing.GoldenFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {

    private static final Path GOLDEN = Path.of("src/test/resources/charter/rendered");

    private static final SourceFile RULES = new SourceFile(
            "rules.charter",
            "action pay { amount: decimal }\n\nrule small:\n\tpermit pay\n\twhen request.amout < 10;\n" + "\n".repeat(5)
                    + "rule small:\n  deny pay;\n");
    private static final SourceFile SCHEMA = new SourceFile("schema.charter", "action pay {}\n");

    @Test
    void a_misspelling_shows_the_line_a_caret_under_tabs_and_the_help() {
        Diagnostic diagnostic = Diagnostic.of(
                DiagnosticCode.UNDEFINED_ATTRIBUTE,
                new SourceSpan("rules.charter", 5, 15, 5, 19),
                "`pay` has no parameter `amout`",
                "did you mean `amount`?");
        GoldenFile.assertMatches(
                GOLDEN.resolve("misspelling-under-tabs.txt"),
                DiagnosticPrinter.render(List.of(diagnostic), List.of(RULES)));
    }

    @Test
    void labels_are_underlined_with_dashes_and_the_gutter_fits_the_widest_line_number() {
        Diagnostic diagnostic = Diagnostic.of(
                        DiagnosticCode.DUPLICATE_RULE,
                        new SourceSpan("rules.charter", 11, 6, 11, 10),
                        "rule `small` is declared twice",
                        "rename one of them")
                .withLabel(new SourceSpan("rules.charter", 3, 6, 3, 10), "first declared here");
        GoldenFile.assertMatches(
                GOLDEN.resolve("label-in-same-file.txt"),
                DiagnosticPrinter.render(List.of(diagnostic), List.of(RULES)));
    }

    @Test
    void a_label_in_another_file_names_that_file_and_warnings_say_warning() {
        Diagnostic diagnostic = new Diagnostic(
                        DiagnosticCode.DUPLICATE_ACTION,
                        Severity.WARNING,
                        new SourceSpan("rules.charter", 1, 8, 1, 10),
                        "action `pay` is declared in two files",
                        List.of(),
                        null)
                .withLabel(new SourceSpan("schema.charter", 1, 8, 1, 10), "also declared here");
        GoldenFile.assertMatches(
                GOLDEN.resolve("label-in-other-file.txt"),
                DiagnosticPrinter.render(List.of(diagnostic), List.of(RULES, SCHEMA)));
    }

    @Test
    void without_the_source_only_the_message_and_position_are_shown() {
        Diagnostic diagnostic = Diagnostic.of(
                DiagnosticCode.DUPLICATE_DEFAULT,
                new SourceSpan("gone.charter", 3, 1, 3, 4),
                "no `default` declaration",
                "add `default deny;`");
        assertEquals(
                "error[duplicate-default]: no `default` declaration\n --> gone.charter:3:1\n  = help: add `default deny;`\n",
                DiagnosticPrinter.render(List.of(diagnostic), List.of()));
    }

    @Test
    void several_diagnostics_are_separated_by_a_blank_line() {
        Diagnostic first =
                Diagnostic.of(DiagnosticCode.SYNTAX_ERROR, new SourceSpan("schema.charter", 1, 1, 1, 6), "first", null);
        Diagnostic second = Diagnostic.of(
                DiagnosticCode.TYPE_MISMATCH, new SourceSpan("schema.charter", 1, 8, 1, 10), "second", null);
        assertEquals(
                "error[syntax-error]: first\n --> schema.charter:1:1\n  |\n1 | action pay {}\n  | ^^^^^^\n\n"
                        + "error[type-mismatch]: second\n --> schema.charter:1:8\n  |\n1 | action pay {}\n  |        ^^^\n",
                DiagnosticPrinter.render(List.of(first, second), List.of(SCHEMA)));
    }
}
