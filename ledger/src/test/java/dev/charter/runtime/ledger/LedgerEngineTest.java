package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FintechFixture;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ir.Effect;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audit or deny: decisions come back only once recorded, and never as PERMIT when they cannot be. */
class LedgerEngineTest {

    @TempDir
    Path dir;

    private static Engine fintech() {
        Engine engine = Engine.forProgram(FintechFixture.program());
        engine.attach(FintechFixture.snapshot());
        return engine;
    }

    @Test
    void aDecisionIsReturnedWithTheRecordThatHoldsIt() throws Exception {
        try (LedgerEngine engine = LedgerEngine.open(fintech(), dir, TestLedgers.KEY, LedgerOptions.defaults())) {
            RecordedDecision permitted = engine.record(
                    FintechFixture.payment("lending-agent-v2", "500").build());
            assertEquals(Effect.PERMIT, permitted.decision().effect());
            assertEquals(0, permitted.seq());
            RecordedDecision malformed = engine.recordJson("{not json");
            assertEquals(ReasonCode.MALFORMED_REQUEST, malformed.decision().reasonCode());
            assertEquals(1, malformed.seq());
        }
        LedgerContents contents = LedgerReader.read(dir);
        assertEquals(2, contents.records().size());
        assertTrue(contents.records().get(0).body().contains("\"decision\":{\"decision\":\"permit\""));
    }

    @Test
    void anInjectedFsyncFailureMakesTheLedgerFailedAndNothingIsPermittedAfter() throws Exception {
        FailingDisk disk = new FailingDisk();
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, LedgerOptions.defaults(), disk)) {
            LedgerEngine engine = LedgerEngine.over(fintech(), ledger);
            assertEquals(
                    Effect.PERMIT,
                    engine.decide(FintechFixture.payment("lending-agent-v2", "500")
                                    .build())
                            .effect());
            disk.failNextFsync = true;
            Decision lost = engine.decide(
                    FintechFixture.payment("lending-agent-v2", "501").build());
            assertEquals(Effect.DENY, lost.effect());
            assertEquals(ReasonCode.LEDGER_FAILURE, lost.reasonCode());
            assertTrue(ledger.failure().isPresent());
            int fsyncsAtFailure = disk.fsyncs;
            for (int i = 0; i < 100; i++) {
                RecordedDecision after =
                        engine.record(FintechFixture.payment("lending-agent-v2", String.valueOf(100 + i))
                                .build());
                assertEquals(Effect.DENY, after.decision().effect());
                assertEquals(ReasonCode.LEDGER_FAILURE, after.decision().reasonCode());
                assertFalse(after.recorded());
            }
            assertEquals(fsyncsAtFailure, disk.fsyncs, "a failed fsync is never retried");
        }
    }

    @Test
    void anAgentWaitsForTheResolutionOfItsEscalation() throws Exception {
        LedgerOptions options = LedgerOptions.defaults().withPollInterval(Duration.ofMillis(5));
        try (LedgerEngine engine = LedgerEngine.open(fintech(), dir, TestLedgers.KEY, options)) {
            RecordedDecision escalated = engine.record(
                    FintechFixture.payment("lending-agent-v2", "15000").build());
            assertTrue(escalated.escalated(), escalated.decision().toString());
            assertEquals(List.of(escalated.seq()), engine.ledger().openEscalations());
            assertTrue(engine.ledger().pollResolution(escalated.seq()).isEmpty());
            try (Ledger reviewer = Ledger.open(dir, TestLedgers.KEY, options)) {
                reviewer.resolve(escalated.seq(), ResolutionOutcome.DENY, "senior-ops/bob", "payee not verified");
            }
            Resolution resolution = engine.ledger().resolution(escalated.seq()).get(10, TimeUnit.SECONDS);
            assertFalse(resolution.approved());
            assertEquals("senior-ops/bob", resolution.reviewer());
            assertEquals(List.of(), engine.ledger().openEscalations());
        }
        assertTrue(LedgerVerifier.verify(dir, TestLedgers.TRUST).ok());
    }

    @Test
    void concurrentCallersShareGroupCommits() throws Exception {
        CountingDisk disk = new CountingDisk();
        int threads = 8;
        int each = 200;
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, LedgerOptions.defaults(), disk)) {
            LedgerEngine engine = LedgerEngine.over(fintech(), ledger);
            Thread[] callers = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                Random random = new Random(t);
                callers[t] = new Thread(() -> {
                    for (int i = 0; i < each; i++) {
                        RecordedDecision d = engine.record(
                                FintechFixture.payment("lending-agent-v2", String.valueOf(1 + random.nextInt(20000)))
                                        .build());
                        assertTrue(d.recorded());
                    }
                });
                callers[t].start();
            }
            for (Thread caller : callers) {
                caller.join();
            }
            assertEquals(threads * each, ledger.size());
        }
        assertTrue(disk.fsyncs < threads * each, "group commits: " + disk.fsyncs + " fsyncs for " + threads * each);
    }

    /** A disk whose next fsync fails on request; counts fsyncs. */
    static final class FailingDisk extends CountingDisk {
        volatile boolean failNextFsync;

        @Override
        void beforeFsync() throws IOException {
            if (failNextFsync) {
                throw new IOException("injected fsync failure (EIO)");
            }
            super.beforeFsync();
        }
    }
}
