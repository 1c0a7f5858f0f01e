package dev.charter.runtime.ledger;

import static dev.charter.runtime.ledger.BudgetProgram.refund;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ir.Effect;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing an engine put {@code over} a ledger stops keeping its history state after the decisions
 * already queued (docs/ledger-format.md, "History"): a decision submitted before the close is
 * decided over the full history, whichever group commit the writer puts it in, never denied
 * {@code history_unavailable} because the detach was applied first, and each replays as recorded,
 * as do the decisions made on the engine after its close.
 * The writer is held in one commit while the decisions and the detach queue behind it, so that
 * they share the next batch.
 */
class HistoryDetachOrderTest {

    @TempDir
    Path dir;

    @Test
    void decisionsQueuedBeforeTheCloseAreDecidedOverTheHistory() throws Exception {
        HeldClock clock = new HeldClock(Instant.parse("2026-12-04T12:00:00Z"));
        LedgerOptions options =
                TestLedgers.small(SigningMode.BATCHED).withMaxBatch(64).withClock(clock);
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options)) {
            LedgerEngine engine = LedgerEngine.over(Engine.forBundle(BudgetProgram.bundle()), ledger);
            clock.hold();
            List<CompletableFuture<RecordedDecision>> pending = new ArrayList<>();
            pending.add(engine.submit(refund("agent-0", "c-0", BigDecimal.ONE)));
            clock.awaitHeld();
            for (int i = 1; i <= 4; i++) {
                pending.add(engine.submit(refund("agent-" + i, "c-" + i, BigDecimal.ONE)));
            }
            engine.close();
            clock.release();
            for (CompletableFuture<RecordedDecision> decided : pending) {
                Decision decision = decided.get(30, TimeUnit.SECONDS).decision();
                assertEquals(Effect.PERMIT, decision.effect(), decision.toJson());
            }
        }
    }

    @Property(tries = 25)
    void everyDecisionSubmittedBeforeTheCloseReadsTheHistoryAndReplays(
            @ForAll @IntRange(min = 1, max = 16) int maxBatch,
            @ForAll @IntRange(min = 0, max = 6) int before,
            @ForAll @IntRange(min = 0, max = 24) int queued,
            @ForAll @IntRange(min = 0, max = 4) int late,
            @ForAll boolean held)
            throws Exception {
        Path ledgerDir = Files.createTempDirectory("charter-detach");
        HeldClock clock = new HeldClock(Instant.parse("2026-12-04T12:00:00Z"));
        LedgerOptions options =
                TestLedgers.small(SigningMode.BATCHED).withMaxBatch(maxBatch).withClock(clock);
        List<CompletableFuture<RecordedDecision>> pending = new ArrayList<>();
        try {
            decideAndClose(ledgerDir, options, clock, pending, before, queued, late, held);
            ReplayReport replay = new Replayer(List.of(BudgetProgram.bundle()), List.of()).replay(ledgerDir);
            assertEquals(pending.size() + late, replay.decisions());
            assertEquals(0, replay.divergent(), () -> replay.divergences().toString());
        } finally {
            TestLedgers.deleteTree(ledgerDir);
        }
    }

    private static void decideAndClose(
            Path ledgerDir,
            LedgerOptions options,
            HeldClock clock,
            List<CompletableFuture<RecordedDecision>> pending,
            int before,
            int queued,
            int late,
            boolean held)
            throws Exception {
        try (Ledger ledger = Ledger.open(ledgerDir, TestLedgers.KEY, options)) {
            LedgerEngine engine = LedgerEngine.over(Engine.forBundle(BudgetProgram.bundle()), ledger);
            for (int i = 0; i < before; i++) {
                pending.add(engine.submit(refund("agent-" + i % 2, "c-" + i % 3, BigDecimal.TEN)));
            }
            if (held) {
                clock.hold();
                pending.add(engine.submit(refund("agent-0", "c-0", BigDecimal.ONE)));
                clock.awaitHeld();
            }
            for (int i = 0; i < queued; i++) {
                pending.add(engine.submit(refund("agent-" + i % 3, "c-" + i % 2, BigDecimal.TEN)));
            }
            engine.close();
            clock.release();
            for (CompletableFuture<RecordedDecision> decided : pending) {
                Decision decision = decided.get(30, TimeUnit.SECONDS).decision();
                assertNotEquals(ReasonCode.HISTORY_UNAVAILABLE, decision.reasonCode(), decision.toJson());
            }
            // Decided on the closed engine, as by a caller that took it before it was replaced: whether
            // over the history or denied for want of it, each replays as recorded.
            for (int i = 0; i < late; i++) {
                engine.decide(refund("agent-" + i % 2, "c-" + i % 2, BigDecimal.TEN));
            }
        }
    }

    /** A clock that, once held, blocks the ledger's writer thread when it reads the time, until released. */
    private static final class HeldClock extends Clock {
        private final Instant now;
        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile boolean holding;

        HeldClock(Instant now) {
            this.now = now;
        }

        void hold() {
            holding = true;
        }

        void awaitHeld() throws InterruptedException {
            if (!held.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the writer never read the clock");
            }
        }

        void release() {
            holding = false;
            released.countDown();
        }

        @Override
        public Instant instant() {
            if (holding && Thread.currentThread().getName().equals("charter-ledger-writer")) {
                held.countDown();
                try {
                    released.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
