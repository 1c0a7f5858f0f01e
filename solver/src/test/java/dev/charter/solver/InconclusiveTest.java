package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
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

    /** A string length in int arithmetic near 2^63: Z3's sequence solver raises "reached max unfolding" instead of answering. */
    static final String UNFOLDING = """
            constitution "unfolding" version 1 { timezone "UTC" }
            action send { s: string, b: int }
            rule big: deny send when request.b > 9000000000000000000 priority 5;
            rule sized: permit send when len(request.s) - request.b == 23;
            default deny;
            """;

    @Test
    void aQueryZ3FailsOnIsAnInconclusiveFindingNamingTheQueryAndZ3sReason() {
        Report report =
                new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("unfolding.charter", UNFOLDING));
        List<Finding> inconclusive = report.ofKind(FindingKind.INCONCLUSIVE);
        assertFalse(inconclusive.isEmpty(), () -> "findings: " + report.findings());
        assertTrue(
                inconclusive.stream()
                        .allMatch(f -> f.message()
                                .contains("Z3 answered unknown (error: reached max unfolding, on query send.")),
                () -> "findings: " + report.findings());
        assertTrue(report.failsCheck(false));
    }

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
