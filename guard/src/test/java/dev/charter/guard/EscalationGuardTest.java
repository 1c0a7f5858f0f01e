package dev.charter.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ledger.Ledger;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.Resolution;
import dev.charter.runtime.ledger.ResolutionOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An escalated call waits for its reviewer: approved it runs, denied or timed out it is refused. */
class EscalationGuardTest {

    @TempDir
    Path dir;

    /** The open escalations once {@code count} are open (the guard records before it waits). */
    private static List<Long> awaitOpen(Ledger ledger, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (ledger.openEscalations().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + ledger.openEscalations().size() + " escalations opened");
            }
            Thread.sleep(2);
        }
        return ledger.openEscalations();
    }

    @Test
    void anApprovedEscalationProceedsWithTheApproval() throws Exception {
        try (LedgerEngine engine = GuardLedgers.open(dir)) {
            ToolGuard guard = ToolGuard.recording(engine, GuardFixture.OPTIONS);
            CompletableFuture<Verdict> pending = guard.checkAsync(GuardFixture.write("/tmp/a"));
            long seq = awaitOpen(engine.ledger(), 1).get(0);
            assertFalse(pending.isDone(), "the call waits for its reviewer");
            engine.ledger().resolve(seq, ResolutionOutcome.APPROVE, "alice", "fine");
            Verdict.Proceed proceed = assertInstanceOf(Verdict.Proceed.class, pending.get(10, TimeUnit.SECONDS));
            assertEquals(seq, proceed.decision().seq());
            assertEquals("alice", proceed.approval().orElseThrow().reviewer());
        }
    }

    @Test
    void aDeniedEscalationIsRefusedNamingTheReviewerAndReason() throws Exception {
        try (LedgerEngine engine = GuardLedgers.open(dir)) {
            ToolGuard guard = ToolGuard.recording(engine, GuardFixture.OPTIONS);
            CompletableFuture<Verdict> pending = guard.checkAsync(GuardFixture.write("/etc/passwd"));
            long seq = awaitOpen(engine.ledger(), 1).get(0);
            engine.ledger().resolve(seq, ResolutionOutcome.DENY, "alice", "not the system files");
            Verdict.Refused refused = assertInstanceOf(Verdict.Refused.class, pending.get(10, TimeUnit.SECONDS));
            assertEquals(ReasonCode.ESCALATION_DENIED, refused.reasonCode());
            assertEquals("writes_reviewed", refused.rule());
            assertEquals("not the system files", refused.reason());
            assertEquals(
                    "NOT EXECUTED: write_file was refused by Charter (escalate escalation_denied, rule 'writes_reviewed'):"
                            + " writes need the owner's review. Escalated to owner; denied by alice: not the system files."
                            + " Do not retry this call unchanged: tell the user that Charter refused it, or do something"
                            + " else that the policy permits.",
                    refused.refusal());
        }
    }

    @Test
    void anEscalationNobodyResolvesTimesOutWithARecordedTimeout() throws Exception {
        try (LedgerEngine engine = GuardLedgers.open(dir)) {
            ToolGuard guard =
                    ToolGuard.recording(engine, GuardFixture.OPTIONS.withEscalationTimeout(Duration.ofMillis(200)));
            Verdict.Refused refused =
                    assertInstanceOf(Verdict.Refused.class, guard.check(GuardFixture.write("/tmp/a")));
            assertEquals(ReasonCode.ESCALATION_TIMEOUT, refused.reasonCode());
            assertTrue(
                    refused.refusal().contains("Escalated to owner; timed out, recorded by charter-guard:"),
                    refused.refusal());
            Resolution timeout =
                    engine.ledger().pollResolution(refused.decision().seq()).orElseThrow();
            assertEquals(ResolutionOutcome.TIMEOUT, timeout.outcome());
            assertEquals("charter-guard", timeout.reviewer());
        }
        assertEquals(1, LedgerReader.read(dir).resolutions().size());
    }

    @Test
    void aReviewerWhoAnswersBeforeTheTimeoutRecordIsWrittenIsHeard() throws Exception {
        try (LedgerEngine engine = GuardLedgers.open(dir)) {
            ToolGuard guard =
                    ToolGuard.recording(engine, GuardFixture.OPTIONS.withEscalationTimeout(Duration.ofMillis(300)));
            CompletableFuture<Verdict> pending = guard.checkAsync(GuardFixture.write("/tmp/a"));
            long seq = awaitOpen(engine.ledger(), 1).get(0);
            engine.ledger().resolve(seq, ResolutionOutcome.APPROVE, "bob", "ok");
            assertInstanceOf(Verdict.Proceed.class, pending.get(10, TimeUnit.SECONDS));
            Thread.sleep(400);
            assertEquals(
                    ResolutionOutcome.APPROVE,
                    engine.ledger().pollResolution(seq).orElseThrow().outcome());
        }
    }

    @Test
    void waitingEscalationsParkNoThread() throws Exception {
        int calls = 64;
        try (LedgerEngine engine = GuardLedgers.open(dir)) {
            ToolGuard guard = ToolGuard.recording(engine, GuardFixture.OPTIONS);
            int threadsBefore = Thread.activeCount();
            List<CompletableFuture<Verdict>> pending = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                pending.add(guard.checkAsync(GuardFixture.write("/tmp/" + i)));
            }
            List<Long> open = awaitOpen(engine.ledger(), calls);
            assertTrue(
                    Thread.activeCount() - threadsBefore < 8,
                    "threads grew from " + threadsBefore + " to " + Thread.activeCount());
            assertTrue(pending.stream().noneMatch(CompletableFuture::isDone));
            for (long seq : open) {
                engine.ledger().resolve(seq, ResolutionOutcome.APPROVE, "alice", "batch");
            }
            for (CompletableFuture<Verdict> verdict : pending) {
                assertInstanceOf(Verdict.Proceed.class, verdict.get(10, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void aPluggedWaitThatFailsRefusesTheCall() throws Exception {
        try (LedgerEngine engine = GuardLedgers.open(dir)) {
            ToolGuard failing = ToolGuard.recording(
                    engine,
                    GuardFixture.OPTIONS,
                    seq -> CompletableFuture.failedFuture(new IllegalStateException("review service down")));
            Verdict.Refused refused =
                    assertInstanceOf(Verdict.Refused.class, failing.check(GuardFixture.write("/tmp/a")));
            assertEquals(ReasonCode.ESCALATION_UNAVAILABLE, refused.reasonCode());
            assertTrue(refused.reason().contains("review service down"), refused.reason());

            ToolGuard throwing = ToolGuard.recording(engine, GuardFixture.OPTIONS, seq -> {
                throw new IllegalStateException("no service");
            });
            assertEquals(
                    ReasonCode.ESCALATION_UNAVAILABLE,
                    assertInstanceOf(Verdict.Refused.class, throwing.check(GuardFixture.write("/tmp/b")))
                            .reasonCode());
        }
    }

    @Test
    void anApprovalOfAnotherEscalationDoesNotLetTheCallRun() throws Exception {
        try (LedgerEngine engine = GuardLedgers.open(dir)) {
            ToolGuard confused = ToolGuard.recording(
                    engine,
                    GuardFixture.OPTIONS,
                    seq -> CompletableFuture.completedFuture(
                            new Resolution(seq + 1000, seq + 1001, ResolutionOutcome.APPROVE, "eve", "sure", "")));
            Verdict.Refused refused =
                    assertInstanceOf(Verdict.Refused.class, confused.check(GuardFixture.write("/tmp/a")));
            assertEquals(ReasonCode.ESCALATION_UNAVAILABLE, refused.reasonCode());
        }
    }
}
