package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sum over the history holds every value a real history gives it: a decimal sum of amounts
 * each within the engine's bounds (under 10^40) can reach 10^40 and beyond, and an int sum of
 * 64-bit amounts can pass 64 bits, which the runtime denies with {@code arithmetic_overflow}.
 * An assertion such a history breaks is never "proved for every history".
 */
class HistorySumSoundnessTest {

    @Test
    void aDecimalSumCanPassTheBoundOfOneAmount() {
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("huge.charter", """
                constitution "huge" version 1 { timezone "UTC" }
                action pay { amount: decimal }
                rule cap:
                  deny pay
                  when sum(request.amount of permitted pay) - 9999999999999999999999999999999999999999.0 >= 1
                  priority 10;
                rule pay: permit pay;
                default deny;
                assert paid: decision == permit;
                """));

        assertEquals(
                List.of("paid"),
                report.ofKind(FindingKind.ASSERTION_REFUTED).stream()
                        .map(Finding::assertion)
                        .toList(),
                () -> "findings: " + report.findings());
        assertTrue(report.ofKind(FindingKind.ASSERTION_PROVED).isEmpty(), () -> "findings: " + report.findings());
    }

    @Test
    void anIntSumBeyond64BitsIsDeniedAsAnOverflow() {
        Report report =
                new Analyzer(AnalysisOptions.defaults()).analyze(Constitutions.compile("overflow.charter", """
                constitution "overflow" version 1 { timezone "UTC" }
                action pay { amount: int }
                rule pay: permit pay when sum(request.amount of permitted pay) >= 0 or sum(request.amount of permitted pay) < 0;
                default deny;
                assert paid: decision == permit;
                """));

        List<Finding> refuted = report.ofKind(FindingKind.ASSERTION_REFUTED);
        assertEquals(1, refuted.size(), () -> "findings: " + report.findings());
        Witness witness = refuted.get(0).witness();
        assertEquals(
                "arithmetic_overflow", witness.decision().get("reason_code").asText(), witness::toString);
        assertTrue(report.ofKind(FindingKind.ASSERTION_PROVED).isEmpty(), () -> "findings: " + report.findings());
        assertTrue(report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(), () -> "findings: " + report.findings());
    }
}
