package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WitnessReaderTest {

    @Test
    void aDecimalTheSolverLeavesAtAValueWithoutAFiniteExpansionIsMovedToAFiniteDecimal() {
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("pay.charter", """
                constitution "pay" version 1 { timezone "UTC" }
                action pay { a: int, d: decimal }
                rule r0: deny pay when request.a != 5 unless request.d * 1.5 <= 5;
                default deny;
                """));
        assertTrue(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
        List<Finding> holes = report.ofKind(FindingKind.COVERAGE_HOLE);
        assertEquals(1, holes.size(), () -> "findings: " + report.findings());
        JsonNode request = holes.get(0).witness().request().get("request");
        assertEquals(5, request.get("a").asLong());
        BigDecimal d = new BigDecimal(request.get("d").asText());
        assertTrue(d.multiply(new BigDecimal("1.5")).compareTo(BigDecimal.valueOf(5)) > 0, d::toString);
    }

    @Test
    void aDecimalInANarrowBandFromAThirdIsReadFromAFinerGrid() {
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("pay.charter", """
                constitution "pay" version 1 { timezone "UTC" }
                action pay { d: decimal }
                rule band: escalate pay to "desk" when request.d * 3 >= 10 and request.d * 3000000 <= 10000001 priority 10;
                rule any: permit pay when request.d * 3 > 1;
                default deny;
                """));
        assertTrue(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
        Finding conflict = report.ofKind(FindingKind.OVERRIDE).get(0);
        BigDecimal d = new BigDecimal(
                conflict.witness().request().get("request").get("d").asText());
        BigDecimal times = d.multiply(BigDecimal.valueOf(3_000_000));
        assertTrue(
                times.compareTo(BigDecimal.valueOf(10_000_000)) >= 0
                        && times.compareTo(BigDecimal.valueOf(10_000_001)) <= 0,
                d::toString);
    }

    @Test
    void aDecimalPinnedToAThirdHasNoRequestAndStaysInconclusive() {
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("pay.charter", """
                constitution "pay" version 1 { timezone "UTC" }
                action pay { d: decimal }
                rule third: escalate pay to "desk" when request.d * 3 == 10;
                rule any: permit pay when request.d > 1;
                default deny;
                """));
        List<Finding> inconclusive = report.ofKind(FindingKind.INCONCLUSIVE);
        assertEquals(1, inconclusive.size(), () -> "findings: " + report.findings());
        assertTrue(
                inconclusive.get(0).message().contains("no request with exact values shows it"),
                inconclusive.get(0)::message);
    }
}
