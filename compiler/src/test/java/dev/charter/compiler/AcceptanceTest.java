package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The acceptance file: four independent errors, all reported in one run at their lines. */
class AcceptanceTest {

    @Test
    void fourIndependentErrorsAreAllReportedAtTheirLines() throws IOException {
        Path file = GoldenDiagnosticsTest.CORPUS.resolve("four-errors.charter");
        Compilation c = Compiler.compile(List.of(new SourceFile("four-errors.charter", Files.readString(file))));
        assertTrue(c.hasErrors());
        assertTrue(c.program().isEmpty());
        assertEquals(
                List.of("undefined-attribute", "undefined-action", "missing-route", "default-permit"),
                c.diagnostics().stream().map(d -> d.code().code()).toList());
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(c.diagnostics().get(0).span().line() - 1).contains("request.amout"));
        assertTrue(lines.get(c.diagnostics().get(1).span().line() - 1).contains("share_account_data"));
        assertTrue(lines.get(c.diagnostics().get(2).span().line() - 1).contains("rule large_payment"));
        assertTrue(lines.get(c.diagnostics().get(3).span().line() - 1).contains("default permit"));
        assertEquals("did you mean `request.amount`?", c.diagnostics().get(0).help());
    }
}
