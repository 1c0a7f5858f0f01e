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

    @Test
    void theFifteenthOfTheMonthLeftBetweenTwoRulesIsAHoleWhoseWitnessFallsOnIt() {
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("payroll.charter", """
                constitution "payroll" version 1 { timezone "America/New_York" }
                action pay { amount: int }
                rule early: permit pay when time.day < 15;
                rule late: escalate pay to "payroll" when time.day > 15;
                default deny;
                """));
        List<Finding> holes = report.ofKind(FindingKind.COVERAGE_HOLE);
        assertEquals(1, holes.size(), () -> "findings: " + report.findings());
        Finding hole = holes.get(0);
        assertTrue(hole.message().contains("time.day = 15"), hole::message);
        assertEquals("default", hole.witness().decision().get("reason_code").asText());
        java.time.ZonedDateTime at = java.time.Instant.parse(
                        hole.witness().request().get("time").asText())
                .atZone(java.time.ZoneId.of("America/New_York"));
        assertEquals(15, at.getDayOfMonth(), () -> "witness " + hole.witness().request());
        assertTrue(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
    }

    @Test
    void juneLeftBetweenTwoRulesIsAHoleBetweenTheSameDayOfMayAndOfJuly() {
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("season.charter", """
                constitution "season" version 1 { timezone "UTC" }
                action book { nights: int }
                rule spring: permit book when time.month < 6;
                rule summer: deny book when time.month > 6;
                default escalate to "desk";
                """));
        List<Finding> holes = report.ofKind(FindingKind.COVERAGE_HOLE);
        assertEquals(1, holes.size(), () -> "findings: " + report.findings());
        Finding hole = holes.get(0);
        assertTrue(hole.message().contains("time.month = 6"), hole::message);
        java.time.LocalDate date = java.time.LocalDate.parse(
                hole.witness().request().get("time").asText().substring(0, 10));
        assertEquals(6, date.getMonthValue(), () -> "witness " + hole.witness().request());
        assertTrue(date.getDayOfMonth() <= 30, "the same day exists in May and in July");
        assertTrue(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
    }

    @Test
    void theLastDayOfFebruaryIsFoundInALeapYearOnlyWhereARuleNeedsTheTwentyNinth() {
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("leap.charter", """
                constitution "leap" version 1 { timezone "UTC" }
                action close { books: int }
                rule month_end: permit close when time.month == 2 and time.day == 29;
                default deny;
                """));
        assertTrue(report.ofKind(FindingKind.UNREACHABLE_RULE).isEmpty(), () -> "findings: " + report.findings());
        assertTrue(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
        Report never = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("never.charter", """
                constitution "never" version 1 { timezone "UTC" }
                action close { books: int }
                rule impossible: permit close when time.month == 2 and time.day == 30;
                default deny;
                """));
        assertEquals(1, never.ofKind(FindingKind.UNREACHABLE_RULE).size(), () -> "findings: " + never.findings());
    }
}
