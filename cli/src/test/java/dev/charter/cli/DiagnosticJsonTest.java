package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.diagnostics.Severity;
import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticJsonTest {

    private static final SourceSpan SPAN = new SourceSpan("a.charter", 3, 7, 3, 12);

    @Test
    void has_the_documented_keys_in_order() {
        Diagnostic diagnostic = Diagnostic.of(
                DiagnosticCode.UNDEFINED_ATTRIBUTE, SPAN, "no attribute `amout`", "did you mean `amount`?");
        assertEquals(
                "{\"code\":\"undefined-attribute\",\"severity\":\"error\",\"file\":\"a.charter\",\"line\":3,"
                        + "\"column\":7,\"message\":\"no attribute `amout`\",\"help\":\"did you mean `amount`?\"}",
                DiagnosticJson.of(diagnostic).toString());
    }

    @Test
    void help_is_null_rather_than_missing_when_there_is_none() {
        Diagnostic diagnostic =
                new Diagnostic(DiagnosticCode.UNREACHABLE_RULE, Severity.WARNING, SPAN, "m", List.of(), null);
        assertEquals("null", DiagnosticJson.of(diagnostic).get("help").toString());
        assertEquals("warning", DiagnosticJson.of(diagnostic).get("severity").textValue());
    }
}
