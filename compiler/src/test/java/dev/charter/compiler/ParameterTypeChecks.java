package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Explanation;
import dev.charter.runtime.bundle.ProgramJson;
import dev.charter.runtime.ir.Program;
import java.util.List;

/** What the tests of optional, object and list parameters check the same way. */
final class ParameterTypeChecks {

    private ParameterTypeChecks() {}

    /** The program of {@code source}, or the test fails with its diagnostics. */
    static Program compile(String file, String source) {
        Compilation c = Compiler.compile(List.of(new SourceFile(file, source)));
        return c.program().orElseThrow(() -> new AssertionError(c.diagnostics().toString()));
    }

    /**
     * The explained decision of {@code request} is {@code expected} ("effect (reason)"), and the
     * summary decision has the same effect and reason.
     */
    static void assertDecides(Engine engine, String request, String expected) {
        Decision explained = engine.explainJson(request);
        Decision summary = engine.decideJson(request);
        assertEquals(
                expected,
                explained.effect().keyword() + " (" + explained.reasonCode().keyword() + ")",
                explained::toJson);
        assertEquals(explained.effect(), summary.effect());
        assertEquals(explained.reasonCode(), summary.reasonCode());
    }

    /**
     * {@link #assertDecides} with the program as compiled and with the program after a round trip
     * through its JSON form.
     */
    static void assertDecidesCompiledAndDecoded(Program program, String request, String expected) {
        for (Program p : List.of(program, ProgramJson.decode(ProgramJson.encode(program)))) {
            assertDecides(Engine.forProgram(p), request, expected);
        }
    }

    /** The compilation reports {@code code} and no other code, or no diagnostic when {@code code} is empty. */
    static void assertOnlyCode(String code, Compilation c) {
        List<String> codes = c.diagnostics().stream()
                .map(Diagnostic::code)
                .map(d -> d.code())
                .distinct()
                .toList();
        assertEquals(code.isEmpty() ? List.of() : List.of(code), codes, c.diagnostics()::toString);
    }

    /** The verdict of the rule named {@code rule} in the explanation. */
    static Explanation.RuleVerdict verdict(Explanation explanation, String rule) {
        return explanation.rules().stream()
                .filter(r -> r.rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }
}
