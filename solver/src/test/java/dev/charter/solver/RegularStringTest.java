package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RegularStringTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLengthConstantNearTwoToTheSixtyThirdIsLeftToZ3InsteadOfSearchedLengthByLength() {
        Report report = new Analyzer(AnalysisOptions.defaults().withQueryTimeout(Duration.ofSeconds(2)))
                .analyze(Constitutions.compile("huge.charter", """
                constitution "huge" version 1 { timezone "UTC" }
                action send { s: string }
                rule huge: deny send when len(request.s) > 9000000000000000000;
                rule named: permit send when request.s starts_with "a";
                default deny;
                """));
        List<Finding> inconclusive = report.ofKind(FindingKind.INCONCLUSIVE);
        assertFalse(inconclusive.isEmpty(), () -> "findings: " + report.findings());
        assertTrue(
                inconclusive.stream()
                        .allMatch(f -> f.rules().contains("huge") && f.message().contains("Z3 answered unknown")),
                () -> "findings: " + report.findings());
        assertTrue(report.failsCheck(false));
    }
}
