package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Program;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Variables bound by atoms over input relations: what holds under every fact snapshot is proved,
 * what does not is refuted with a witness whose snapshot holds the facts that make it so, and the
 * runtime decides that witness as predicted.
 */
class FactBoundVariablesTest {

    private static final String LIMITS = """
            constitution "limits" version 1 { timezone "UTC" }
            action pay { amount: decimal }
            input relation limit(who: string, max: decimal)
            rule within_limit: permit pay when limit(agent, L) and request.amount <= L;
            rule above_any: deny pay when request.amount > 1000000 priority 10;
            default deny;
            """;

    @Test
    void anAssertionThatHoldsUnderEverySnapshotIsProved() {
        Program program = Constitutions.compile("limits.charter", LIMITS + """
                assert permits_only_within_a_limit: decision == permit => limit(agent, L) and request.amount <= L;
                assert never_permits_above_a_million: decision == permit => request.amount <= 1000000;
                """);
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
        assertEquals(
                List.of("permits_only_within_a_limit", "never_permits_above_a_million"),
                report.ofKind(FindingKind.ASSERTION_PROVED).stream()
                        .map(Finding::assertion)
                        .toList(),
                () -> report.findings().toString());
    }

    @Test
    void aRefutationCarriesTheLimitFactThatPermitsAndTheRuntimeAgrees() {
        Program program = Constitutions.compile("limits.charter", LIMITS + """
                assert small_payments_only: decision == permit => request.amount <= 100;
                """);
        Report report = new Analyzer(AnalysisOptions.defaults()).analyze(program);
        assertTrue(
                report.ofKind(FindingKind.INCONCLUSIVE).isEmpty(),
                () -> report.findings().toString());
        Finding refuted = report.ofKind(FindingKind.ASSERTION_REFUTED).get(0);
        Witness witness = refuted.witnessRequest().orElseThrow();
        assertTrue(witness.facts().path("relations").has("limit"), witness.facts()::toString);
        FactSnapshot facts = FactSnapshot.parse(witness.facts().toString().getBytes(StandardCharsets.UTF_8));
        Engine engine = Engine.forProgram(program);
        engine.attach(facts);
        assertEquals(
                Effect.PERMIT,
                engine.decide(Request.parse(witness.request().toString())).effect());
    }

    @Test
    void underAGivenSnapshotTheLimitsAreThoseFacts() {
        Program program = Constitutions.compile("limits.charter", LIMITS + """
                assert at_most_500: decision == permit => request.amount <= 500;
                assert at_most_499: decision == permit => request.amount <= 499;
                """);
        FactSnapshot facts = FactSnapshot.parse("""
                {"relations": {"limit": [["alice", "500"], ["bob", "20"]]}}
                """.getBytes(StandardCharsets.UTF_8));
        Report report = new Analyzer(AnalysisOptions.defaults().withFacts(facts)).analyze(program);
        assertEquals(
                List.of("at_most_500"),
                report.ofKind(FindingKind.ASSERTION_PROVED).stream()
                        .map(Finding::assertion)
                        .toList(),
                () -> report.findings().toString());
        Finding refuted = report.ofKind(FindingKind.ASSERTION_REFUTED).get(0);
        assertEquals("at_most_499", refuted.assertion());
        assertTrue(refuted.witnessRequest().orElseThrow().request().toString().contains("alice"));
    }
}
