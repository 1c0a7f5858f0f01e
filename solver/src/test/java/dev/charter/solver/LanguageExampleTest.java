package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The complete example of LANGUAGE.md §1 (kept as examples/fintech/lending.charter) is free of errors, even under --strict. */
class LanguageExampleTest {

    @Test
    void theLanguageExampleReportsNoErrorsAndProvesItsAssertion() {
        Report report = new Analyzer(AnalysisOptions.defaults())
                .analyze(Constitutions.compile(Constitutions.repository().resolve("examples/fintech/lending.charter")));
        assertFalse(report.failsCheck(true), () -> "findings: " + report.findings());
        assertEquals(
                List.of("large_payments_reviewed"),
                report.ofKind(FindingKind.ASSERTION_PROVED).stream()
                        .map(Finding::assertion)
                        .toList());
    }
}
