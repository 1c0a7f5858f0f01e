package dev.charter.runtime.ledger;

import static dev.charter.runtime.ledger.BudgetProgram.lookup;
import static dev.charter.runtime.ledger.BudgetProgram.refund;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ledger.history.HistoryTime;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger-backed engine decides history rules from its ledger: five refunds per agent per hour,
 * 500 per customer per day, approved escalations counted from their approval on, the state
 * rebuilt when an engine is put over a ledger that already holds decisions, and a state that
 * cannot be built denying with {@code history_unavailable}.
 */
class HistoryLedgerEngineTest {

    @TempDir
    Path dir;

    private static LedgerOptions options() {
        return TestLedgers.small(SigningMode.BATCHED)
                .withClock(Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC));
    }

    private LedgerEngine open() throws Exception {
        return LedgerEngine.open(Engine.forBundle(BudgetProgram.bundle()), dir, TestLedgers.KEY, options());
    }

    @Test
    void fivePermittedRefundsPerAgentPerHour() throws Exception {
        try (LedgerEngine engine = open()) {
            for (int i = 0; i < 5; i++) {
                assertEquals(
                        Effect.PERMIT,
                        engine.decide(refund("agent-1", "c-" + i, BigDecimal.TEN))
                                .effect());
            }
            Decision sixth = engine.decide(refund("agent-1", "c-9", BigDecimal.TEN));
            assertEquals(Effect.DENY, sixth.effect());
            assertEquals(ReasonCode.DEFAULT, sixth.reasonCode());
            assertTrue(sixth.toJson().contains("count(permitted refund, same agent, within 1 hour)"), sixth.toJson());
            assertEquals(
                    Effect.PERMIT,
                    engine.decide(refund("agent-2", "c-9", BigDecimal.TEN)).effect());
        }
    }

    @Test
    void fiveHundredPerCustomerPerDayCountingApprovedEscalationsFromTheirApproval() throws Exception {
        try (LedgerEngine engine = open()) {
            RecordedDecision big = engine.record(refund("agent-1", "c-1", new BigDecimal("300")));
            assertEquals(Effect.ESCALATE, big.decision().effect());
            assertEquals(
                    Effect.PERMIT,
                    engine.decide(refund("agent-2", "c-1", new BigDecimal("200")))
                            .effect());
            engine.ledger().resolve(big.seq(), ResolutionOutcome.APPROVE, "carol", "fine");
            Decision over = engine.decide(refund("agent-3", "c-1", new BigDecimal("0.01")));
            assertEquals(Effect.DENY, over.effect(), "300 approved and 200 permitted leave nothing: " + over.toJson());
            assertEquals(
                    Effect.PERMIT,
                    engine.decide(refund("agent-3", "c-2", new BigDecimal("200")))
                            .effect());
        }
    }

    @Test
    void anEngineOverALedgerReadsTheDecisionsAlreadyInIt() throws Exception {
        Bundle bundle = BudgetProgram.bundle();
        try (LedgerEngine engine = LedgerEngine.open(Engine.forBundle(bundle), dir, TestLedgers.KEY, options())) {
            engine.decide(refund("agent-1", "c-1", new BigDecimal("240")));
            engine.decide(refund("agent-2", "c-1", new BigDecimal("240")));
        }
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options());
                LedgerEngine engine = LedgerEngine.over(Engine.forBundle(bundle), ledger)) {
            assertEquals(
                    Effect.DENY,
                    engine.decide(refund("agent-3", "c-1", new BigDecimal("21")))
                            .effect());
            assertEquals(
                    Effect.PERMIT,
                    engine.decide(refund("agent-3", "c-1", new BigDecimal("20")))
                            .effect());
        }
    }

    @Test
    void aWindowedHistoryTermNeedsNoRequestTimeTheWindowIsOnTheLedgersClock() throws Exception {
        try (LedgerEngine engine = open()) {
            for (int i = 0; i < 5; i++) {
                Decision timeless = engine.decide(Request.builder()
                        .agent("agent-1")
                        .action("refund")
                        .param("amount", BigDecimal.TEN)
                        .param("customer", "c-" + i)
                        .build());
                assertEquals(Effect.PERMIT, timeless.effect(), timeless.toJson());
            }
            Decision sixth = engine.decide(Request.builder()
                    .agent("agent-1")
                    .action("refund")
                    .param("amount", BigDecimal.TEN)
                    .param("customer", "c-9")
                    .build());
            assertEquals(Effect.DENY, sixth.effect());
            assertEquals(ReasonCode.DEFAULT, sixth.reasonCode(), "the five refunds before it count: " + sixth.toJson());
        }
    }

    @Test
    void decisionsThatReadNoHistoryAreDecidedOnTheCallersThread() throws Exception {
        try (LedgerEngine engine = open()) {
            Decision decided = engine.decide(lookup("agent-1"));
            assertEquals(Effect.PERMIT, decided.effect());
            assertTrue(!decided.toJson().contains("history"), decided.toJson());
            assertEquals(
                    Effect.ESCALATE,
                    engine.decide(refund("agent-1", "c-1", new BigDecimal("900")))
                            .effect());
        }
    }

    @Test
    void aHistoryThatCannotBeBuiltDeniesWithHistoryUnavailable() throws Exception {
        Bundle bundle = BudgetProgram.bundle();
        try (LedgerEngine engine = LedgerEngine.open(Engine.forBundle(bundle), dir, TestLedgers.KEY, options())) {
            engine.decide(refund("agent-1", "c-1", BigDecimal.ONE));
        }
        HistoryBinding binding = new HistoryBinding(HistoryPlans.of(bundle.program()));
        binding.rebuild(dir, 5);
        assertEquals(
                "the history could not be rebuilt from the ledger: the ledger's files hold 1 records, not 5",
                binding.failure());
        Decision decided = Engine.forBundle(bundle)
                .decide(
                        refund("agent-1", "c-1", BigDecimal.ONE),
                        binding.reader(HistoryTime.minute(Instant.parse("2026-12-04T12:00:00Z"))));
        assertEquals(Effect.DENY, decided.effect());
        assertEquals(ReasonCode.HISTORY_UNAVAILABLE, decided.reasonCode());
        assertTrue(decided.reason().contains("could not be read from the history"), decided.reason());
    }

    @Test
    void everyDecisionOverHistoryReplaysByteForByte() throws Exception {
        Bundle bundle = BudgetProgram.bundle();
        try (LedgerEngine engine = LedgerEngine.open(Engine.forBundle(bundle), dir, TestLedgers.KEY, options())) {
            for (int i = 0; i < 40; i++) {
                RecordedDecision d = engine.record(
                        refund("agent-" + i % 3, "c-" + i % 2, new BigDecimal(i % 7 == 0 ? 260 : 15 + i)));
                if (d.decision().effect() == Effect.ESCALATE && i % 2 == 0) {
                    engine.ledger().resolve(d.seq(), ResolutionOutcome.APPROVE, "carol", "ok");
                }
            }
        }
        ReplayReport report = new Replayer(List.of(bundle), List.of()).replay(dir);
        assertEquals(40, report.decisions());
        assertEquals(List.of(), report.divergences());
    }
}
