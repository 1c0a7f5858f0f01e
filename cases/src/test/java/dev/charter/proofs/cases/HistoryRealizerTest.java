package dev.charter.proofs.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.Decision;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ir.Program;
import dev.charter.solver.AnalysisOptions;
import dev.charter.solver.Analyzer;
import dev.charter.solver.Finding;
import dev.charter.solver.FindingKind;
import dev.charter.solver.Witness;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryRealizerTest {

    private static final Path BUDGET_EDGE = Path.of(
            "..", "solver", "src", "test", "resources", "corpus", "coverage-hole", "refund-budget-edge.charter");

    private static Program compile(String name, String source) {
        return Compiler.compile(List.of(new SourceFile(name, source))).program().orElseThrow();
    }

    private static RealizedHistory realized(Program program, Witness witness) {
        HistoryRealization realization = HistoryRealizer.realize(program, witness);
        return assertInstanceOf(HistoryRealization.Realized.class, realization, () -> witness + " gave " + realization)
                .history();
    }

    private static List<Witness> witnesses(Program program, FindingKind kind) {
        return new Analyzer(AnalysisOptions.defaults())
                .analyze(program).findings().stream()
                        .filter(f -> f.kind() == kind)
                        .map(Finding::witnessRequest)
                        .flatMap(java.util.Optional::stream)
                        .toList();
    }

    @Test
    void theBudgetEdgeHoleIsFiveEarlierPermittedRefundsThatTheScratchLedgerConfirms() throws Exception {
        Program program = compile("refund-budget-edge.charter", Files.readString(BUDGET_EDGE));
        List<Witness> holes = witnesses(program, FindingKind.COVERAGE_HOLE);
        assertEquals(1, holes.size());
        Witness hole = holes.get(0);

        RealizedHistory history = realized(program, hole);
        assertEquals(5, history.entries().size());
        for (RealizedHistory.Entry entry : history.entries()) {
            assertEquals("refund", entry.request().get("action").asText());
            assertEquals(hole.request().get("agent"), entry.request().get("agent"));
            assertEquals(hole.request().get("time"), entry.request().get("time"));
        }
        Decision decision = HistoryRealizer.decide(program, FactSnapshot.empty(), history, hole.request());
        assertEquals("deny", decision.effect().keyword());
        assertEquals(5L, ((Number) decision.trace().history().get(0).value()).longValue());
    }

    @Test
    void aSumIsSplitOverTheCountAndTheOtherQueriesCountNoneOfIt() {
        Program program = compile("split.charter", """
                constitution "split" version 1 { timezone "UTC" }
                action refund { amount: decimal, customer: string }
                rule big: deny refund
                  when sum(request.amount of permitted refund, same request.customer, within 1 day) > 100
                    and count(permitted refund, same agent, within 1 hour) == 0
                  priority 10;
                rule small: permit refund when request.amount > 0;
                default deny;
                """);
        Witness witness = new Witness(
                request("refund", "{\"amount\": 5, \"customer\": \"c-1\"}"),
                null,
                json("{\"count(permitted refund, same request.customer, within 1 day)\": 3,"
                        + " \"sum(request.amount of permitted refund, same request.customer, within 1 day)\": \"100.01\","
                        + " \"count(permitted refund, same agent, within 1 hour)\": 0}"),
                json("{\"decision\": \"deny\", \"route\": null, \"rules\": [\"big\"], \"reason_code\": \"rule\"}"));

        RealizedHistory history = realized(program, witness);

        assertEquals(3, history.entries().size());
        BigDecimal total = history.entries().stream()
                .map(e -> e.request().get("request").get("amount").decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, total.compareTo(new BigDecimal("100.01")));
        assertTrue(history.entries().stream()
                .allMatch(
                        e -> e.request().get("request").get("customer").asText().equals("c-1")
                                && !e.request().get("agent").asText().equals("bot")));
    }

    @Test
    void earlierRequestsTheConstitutionEscalatesAreApprovedSoThatTheyCountAsPermitted() {
        Program program = compile("review.charter", """
                constitution "review" version 1 { timezone "UTC" }
                action refund { amount: decimal }
                routes { "desk" }
                rule review: escalate refund to "desk" when count(permitted refund, same agent, within 1 hour) < 2;
                rule stop: deny refund when count(permitted refund, same agent, within 1 hour) >= 2;
                default deny;
                """);
        Witness witness = new Witness(
                request("refund", "{\"amount\": 1}"),
                null,
                json("{\"count(permitted refund, same agent, within 1 hour)\": 2}"),
                json("{\"decision\": \"deny\", \"route\": null, \"rules\": [\"stop\"], \"reason_code\": \"rule\"}"));

        RealizedHistory history = realized(program, witness);
        assertEquals(2, history.entries().size());
        assertTrue(history.entries().stream().allMatch(RealizedHistory.Entry::approved));
    }

    @Test
    void earlierRequestsTheConstitutionDeniesDoNotRealizeAPermittedCount() {
        Program program = compile("strict.charter", """
                constitution "strict" version 1 { timezone "UTC" }
                action refund { amount: decimal }
                rule edge: deny refund when count(permitted refund, same agent, within 1 hour) == 2;
                rule first: permit refund when count(permitted refund, same agent, within 1 hour) == 0 and request.amount > 7;
                default deny;
                """);
        Witness witness = new Witness(
                request("refund", "{\"amount\": 1}"),
                null,
                json("{\"count(permitted refund, same agent, within 1 hour)\": 2}"),
                json("{\"decision\": \"deny\", \"route\": null, \"rules\": [\"edge\"], \"reason_code\": \"rule\"}"));

        HistoryRealization realization = HistoryRealizer.realize(program, witness);

        String reason = assertInstanceOf(HistoryRealization.NotRealized.class, realization)
                .reason();
        assertTrue(reason.contains("earlier request 1 (refund) is denied"), reason);
    }

    @Test
    void aSumOverNoDecisionThatIsNotZeroCannotBeRealized() {
        Program program = compile("sum.charter", """
                constitution "sum" version 1 { timezone "UTC" }
                action refund { amount: decimal }
                rule cap: deny refund when sum(request.amount of permitted refund, same agent) > 10;
                rule rest: permit refund;
                default deny;
                """);
        Witness witness = new Witness(
                request("refund", "{\"amount\": 1}"),
                null,
                json("{\"sum(request.amount of permitted refund, same agent)\": 11}"),
                null);

        HistoryRealization realization = HistoryRealizer.realize(program, witness);

        assertTrue(assertInstanceOf(HistoryRealization.NotRealized.class, realization)
                .reason()
                .contains("a sum over no decision is 0"));
    }

    @Test
    void anIntSumPassing64BitsIsTwoPermittedAmountsAndTheScratchLedgerDeniesTheOverflow() {
        Program program = compile("overflow.charter", """
                constitution "overflow" version 1 { timezone "UTC" }
                action pay { amount: int }
                rule pay: permit pay when sum(request.amount of permitted pay) >= 0 or sum(request.amount of permitted pay) < 0;
                default deny;
                assert paid: decision == permit;
                """);
        List<Witness> refutations = witnesses(program, FindingKind.ASSERTION_REFUTED);
        assertEquals(1, refutations.size());

        RealizedHistory history = realized(program, refutations.get(0));

        Decision decision = HistoryRealizer.decide(
                program, FactSnapshot.empty(), history, refutations.get(0).request());
        assertEquals("arithmetic_overflow", decision.reasonCode().keyword(), decision::toJson);
    }

    @Test
    void aDecimalSumPastTheBoundOfOneAmountIsSeveralPermittedAmountsAndTheScratchLedgerCapsIt() {
        Program program = compile("huge.charter", """
                constitution "huge" version 1 { timezone "UTC" }
                action pay { amount: decimal }
                rule cap:
                  deny pay
                  when sum(request.amount of permitted pay) - 9999999999999999999999999999999999999999.0 >= 1
                  priority 10;
                rule pay: permit pay;
                default deny;
                assert paid: decision == permit;
                """);
        List<Witness> refutations = witnesses(program, FindingKind.ASSERTION_REFUTED);
        assertEquals(1, refutations.size());

        RealizedHistory history = realized(program, refutations.get(0));

        assertTrue(history.entries().size() >= 2, history::toString);
        Decision decision = HistoryRealizer.decide(
                program, FactSnapshot.empty(), history, refutations.get(0).request());
        assertEquals(List.of("cap"), decision.rules(), decision::toJson);
    }

    @Test
    void aCountBeyondWhatAScratchLedgerCanHoldIsNotRealizedAndSaysSo() {
        Program program = compile("many.charter", """
                constitution "many" version 1 { timezone "UTC" }
                action refund { amount: decimal }
                rule flood: deny refund when count(any refund, same agent) > 4000000000000000000;
                rule rest: permit refund;
                default deny;
                """);
        Witness witness = new Witness(
                request("refund", "{\"amount\": 1}"),
                null,
                json("{\"count(any refund, same agent)\": 4000000000000000001}"),
                json("{\"decision\": \"deny\", \"route\": null, \"rules\": [\"flood\"], \"reason_code\": \"rule\"}"));

        HistoryRealization realization =
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> HistoryRealizer.realize(program, witness));

        String reason = assertInstanceOf(HistoryRealization.NotRealized.class, realization, realization::toString)
                .reason();
        assertTrue(reason.contains("4000000000000000001"), reason);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode request(String action, String parameters) {
        return json("{\"agent\": \"bot\", \"action\": \"" + action + "\", \"request\": " + parameters
                + ", \"context\": {}, \"time\": \"2026-12-04T10:00:00Z\", \"chain\": [\"bot\"]}");
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode json(String text) {
        try {
            return (com.fasterxml.jackson.databind.node.ObjectNode)
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
