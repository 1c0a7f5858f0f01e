package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * History terms are unknowns of the analyses, so every finding holds for every history: a budget's
 * edge left to the default is a coverage hole whose witness is that history, assertions are proved
 * for every history or refuted by one, and the runtime confirms every witness over the history it
 * shows.
 */
class HistoryAnalysisTest {

    private static final String COUNT = "count(permitted refund, same agent, within 1 hour)";

    @Test
    void aBudgetsEdgeLeftToTheDefaultIsAHoleWhoseWitnessIsThatHistory() {
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("refunds.charter", """
                constitution "refunds" version 1 { timezone "UTC" }
                action refund { amount: decimal }
                routes { "desk" }
                rule few: permit refund when count(permitted refund, same agent, within 1 hour) < 5;
                rule many: escalate refund to "desk" when count(permitted refund, same agent, within 1 hour) > 5;
                default deny;
                """));
        List<Finding> holes = report.ofKind(FindingKind.COVERAGE_HOLE);

        assertEquals(1, holes.size(), () -> "findings: " + report.findings());
        Finding hole = holes.get(0);
        assertEquals(
                5,
                hole.witness().history().get(COUNT).asLong(),
                () -> hole.witness().toJson().toString());
        assertEquals("default", hole.witness().decision().get("reason_code").asText());
        assertTrue(hole.message().contains(COUNT + " = 5"), hole::message);
        assertTrue(
                hole.witness().toJson().has("history"),
                () -> hole.witness().toJson().toString());
        assertTrue(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
    }

    @Test
    void anAssertionOverTheHistoryIsProvedForEveryHistory() {
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("refunds.charter", """
                constitution "refunds" version 1 { timezone "UTC" }
                action refund { amount: decimal, customer: string }
                routes { "desk" }
                rule cap: deny refund when count(permitted refund, same agent, within 1 hour) >= 5 priority 10;
                rule budget:
                  escalate refund to "desk"
                  when sum(request.amount of permitted refund, same request.customer, within 1 day) + request.amount > 500
                  priority 5;
                rule refunds: permit refund;
                default deny;
                assert capped: count(permitted refund, same agent, within 1 hour) >= 5 => decision == deny;
                assert within_budget:
                  decision == permit
                    => sum(request.amount of permitted refund, same request.customer, within 1 day) + request.amount <= 500;
                """));

        assertEquals(
                List.of("capped", "within_budget"),
                report.ofKind(FindingKind.ASSERTION_PROVED).stream()
                        .map(Finding::assertion)
                        .sorted()
                        .toList(),
                () -> "findings: " + report.findings());
        assertTrue(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
    }

    @Test
    void anAssertionAHistoryBreaksIsRefutedByAWitnessOfThatHistoryTheRuntimeConfirms() {
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("mail.charter", """
                constitution "mail" version 1 { timezone "UTC" }
                action customer.read { customer: string }
                action email.send { to: string }
                rule reads: permit customer.read;
                rule mail: permit email.send when request.to ends_with "@corp.example";
                default deny;
                assert no_exfiltration: action == email.send and exists(any customer.read*, same session) => decision == deny;
                """));
        List<Finding> refuted = report.ofKind(FindingKind.ASSERTION_REFUTED);

        assertEquals(1, refuted.size(), () -> "findings: " + report.findings());
        Witness witness = refuted.get(0).witness();
        assertTrue(
                witness.history().get("count(any customer.read*, same session)").asLong() > 0, witness::toString);
        assertEquals("permit", witness.decision().get("decision").asText());
    }

    @Test
    void aRequestWithoutTheSessionATermComparesIsDeniedAndTheRuntimeConfirmsTheWitness() {
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("mail.charter", """
                constitution "mail" version 1 { timezone "UTC" }
                action customer.read { customer: string }
                action email.send { to: string }
                rule reads: permit customer.read;
                rule taint:
                  deny email.send
                  when not request.to ends_with "@corp.example" and exists(any customer.read*, same session)
                  priority 10;
                rule mail: permit email.send;
                default deny;
                assert internal_always: action == email.send and request.to ends_with "@corp.example" => decision == permit;
                assert untainted_external_permitted:
                  action == email.send and not request.to ends_with "@corp.example"
                    and not exists(any customer.read*, same session)
                    => decision == permit;
                """));

        assertEquals(
                List.of("internal_always"),
                report.ofKind(FindingKind.ASSERTION_PROVED).stream()
                        .map(Finding::assertion)
                        .toList(),
                () -> "findings: " + report.findings());
        List<Finding> refuted = report.ofKind(FindingKind.ASSERTION_REFUTED);
        assertEquals(1, refuted.size(), () -> "findings: " + report.findings());
        Witness witness = refuted.get(0).witness();
        assertTrue(!witness.request().has("session"), witness::toString);
        assertEquals("deny", witness.decision().get("decision").asText());
        assertEquals("missing_attribute", witness.decision().get("reason_code").asText());
        assertTrue(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
    }

    @Test
    void readingOneQueryTwiceReadsOneUnknown() {
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("refunds.charter", """
                constitution "refunds" version 1 { timezone "UTC" }
                action refund { amount: decimal }
                rule a: permit refund when count(any refund) < 3 and count(any refund) > 3;
                default deny;
                """));

        assertEquals(
                List.of("a"),
                report.ofKind(FindingKind.UNREACHABLE_RULE).stream()
                        .flatMap(f -> f.rules().stream())
                        .toList(),
                () -> "findings: " + report.findings());
    }
}
