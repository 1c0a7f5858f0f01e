package dev.charter.runtime.ledger;

import static dev.charter.runtime.ledger.BudgetProgram.refund;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.ir.Effect;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An escalation counts as permitted only through one approving resolution of it: a denied one
 * cannot be approved afterwards, a permit or a decision not yet recorded cannot be "approved" into
 * counting twice, and none of these attempts moves the budget.
 */
class HistoryResolutionTest {

    @TempDir
    Path dir;

    @Test
    void onlyOneApprovalOfARecordedEscalationCountsItsAmount() throws Exception {
        LedgerOptions options = TestLedgers.small(SigningMode.BATCHED)
                .withClock(Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC));
        try (LedgerEngine engine =
                LedgerEngine.open(Engine.forBundle(BudgetProgram.bundle()), dir, TestLedgers.KEY, options)) {
            RecordedDecision denied = engine.record(refund("a", "c", new BigDecimal("300")));
            RecordedDecision approved = engine.record(refund("b", "c", new BigDecimal("300")));
            RecordedDecision permit = engine.record(refund("c", "c", new BigDecimal("150")));
            assertEquals(Effect.ESCALATE, denied.decision().effect());
            assertEquals(Effect.PERMIT, permit.decision().effect());

            engine.ledger().resolve(denied.seq(), ResolutionOutcome.DENY, "carol", "no");
            assertThrows(
                    LedgerException.class,
                    () -> engine.ledger().resolve(denied.seq(), ResolutionOutcome.APPROVE, "mallory", "yes after all"));
            engine.ledger().resolve(approved.seq(), ResolutionOutcome.APPROVE, "carol", "fine");
            assertThrows(
                    LedgerException.class,
                    () -> engine.ledger().resolve(approved.seq(), ResolutionOutcome.APPROVE, "mallory", "again"));
            assertThrows(
                    LedgerException.class,
                    () -> engine.ledger().resolve(permit.seq(), ResolutionOutcome.APPROVE, "mallory", "a permit"));
            assertThrows(
                    LedgerException.class,
                    () -> engine.ledger().resolve(permit.seq() + 5, ResolutionOutcome.APPROVE, "mallory", "later"));

            Decision exact = engine.decide(refund("d", "c", new BigDecimal("50")));
            Decision over = engine.decide(refund("e", "c", new BigDecimal("0.01")));

            assertEquals(Effect.PERMIT, exact.effect(), "300 approved and 150 permitted leave 50: " + exact.toJson());
            assertEquals(Effect.DENY, over.effect(), over.toJson());
        }
    }
}
