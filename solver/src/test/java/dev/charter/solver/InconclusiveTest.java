package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InconclusiveTest {

    /** Strings compared with each other stay with Z3's sequence theory, which cannot finish this in a millisecond. */
    private static final String HARD = """
            constitution "hard" version 1 { timezone "UTC" }
            action send { body: string, copy: string }
            rule echo: deny send when request.body == request.copy and request.body matches /^(ab|ba)*c[0-9]{3,9}$/
              and len(request.copy) > 40;
            rule other: permit send when request.copy contains request.body and len(request.body) > 3;
            default deny;
            """;

    @Test
    void anUndecidedQueryIsAnInconclusiveFindingThatFailsTheCheck() {
        Report report = new Analyzer(AnalysisOptions.defaults().withQueryTimeout(Duration.ofMillis(1)))
                .analyze(Constitutions.compile("hard.charter", HARD));
        assertFalse(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
        assertTrue(report.failsCheck(false));
    }

    @Test
    void theSameConstitutionIsDecidedWithTime() {
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("hard.charter", HARD));
        assertTrue(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
    }
}
