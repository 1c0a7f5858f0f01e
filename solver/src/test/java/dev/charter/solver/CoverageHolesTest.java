package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CoverageHolesTest {

    @Test
    void everyHoleOfAnAttributeIsItsOwnFindingWithItsOwnWitness() {
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("trade.charter", """
                constitution "trade" version 1 { timezone "UTC" }
                action trade { notional: int }
                rule a: permit trade when request.notional < 1000;
                rule b: permit trade when request.notional > 1000 and request.notional < 5000;
                rule c: permit trade when request.notional > 5000;
                default deny;
                """));
        List<Finding> holes = report.ofKind(FindingKind.COVERAGE_HOLE);
        Set<Long> thresholds = new TreeSet<>();
        holes.forEach(h -> thresholds.add(
                h.witness().request().get("request").get("notional").asLong()));
        assertEquals(Set.of(1000L, 5000L), thresholds, () -> "findings: " + report.findings());
        assertEquals(2, holes.size());
        for (Finding hole : holes) {
            assertEquals("default", hole.witness().decision().get("reason_code").asText());
            assertTrue(
                    hole.message()
                            .contains("request.notional = "
                                    + hole.witness()
                                            .request()
                                            .get("request")
                                            .get("notional")
                                            .asLong()),
                    hole::message);
        }
        assertTrue(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
    }

    @Test
    void anAttributeWithAHoleAtEveryValueIsReportedUpToTheCapAndSaysThereAreMore() {
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("limit.charter", """
                constitution "limit" version 1 { timezone "UTC" }
                action spend { amount: int, limit: int }
                rule under: permit spend when request.amount < request.limit;
                rule over: escalate spend to "desk" when request.amount > request.limit;
                default deny;
                """));
        List<Finding> amountHoles = report.ofKind(FindingKind.COVERAGE_HOLE).stream()
                .filter(f -> f.message().contains("request.amount = "))
                .toList();
        assertEquals(CoverageHoles.MAX_HOLES, amountHoles.size(), () -> "findings: " + report.findings());
        Set<Long> amounts = new TreeSet<>();
        amountHoles.forEach(h ->
                amounts.add(h.witness().request().get("request").get("amount").asLong()));
        assertEquals(CoverageHoles.MAX_HOLES, amounts.size(), "each hole is at a threshold of its own: " + amounts);
        assertTrue(
                amountHoles
                        .get(CoverageHoles.MAX_HOLES - 1)
                        .message()
                        .endsWith(
                                "only the first 20 holes of request.amount on spend are reported, and there are more"),
                () -> amountHoles.get(CoverageHoles.MAX_HOLES - 1).message());
        assertTrue(amountHoles.stream()
                .limit(CoverageHoles.MAX_HOLES - 1)
                .noneMatch(h -> h.message().contains("only the first")));
        assertTrue(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
    }
}
