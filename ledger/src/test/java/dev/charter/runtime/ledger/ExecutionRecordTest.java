package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ledger.merkle.MerkleHash;
import dev.charter.runtime.ledger.merkle.MerkleTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Execution records: what they bind, what the writer refuses, and what the verifier and reader see. */
class ExecutionRecordTest {

    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    @TempDir
    Path dir;

    private static LedgerOptions options(SigningMode mode) {
        return LedgerOptions.defaults().withMode(mode).withOrigin("test.example/executions");
    }

    private static long decide(Ledger ledger, long n, String effect) throws Exception {
        return ledger.appendDecision(TestRecords.decisionBody(n, effect), effect.equals("escalate"))
                .get()
                .seq();
    }

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void anExecutionBindsItsDecisionsHashAndReadsBackAsWritten(SigningMode mode) throws Exception {
        byte[] permitHash;
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options(mode))) {
            long permit = decide(ledger, 0, "permit");
            LedgerRecord execution = ledger.recordExecution(permit, false, DIGEST, "IOException: disk full \ud800");
            assertEquals(RecordKind.EXECUTION, execution.kind());
            assertEquals(1, execution.seq());
        }
        LedgerContents contents = LedgerReader.read(dir);
        permitHash = contents.records().get(0).leafHash();
        Execution read = contents.execution(0).orElseThrow();
        assertEquals(0, read.decisionSeq());
        assertEquals(1, read.seq());
        assertFalse(read.success());
        assertEquals(DIGEST, read.resultDigest());
        assertEquals("IOException: disk full \ud800", read.detail());
        assertTrue(
                contents.records()
                        .get(1)
                        .body()
                        .startsWith(
                                "{\"decision\":{\"hash\":\"" + HexFormat.of().formatHex(permitHash)
                                        + "\",\"seq\":0},\"detail\":\"IOException: disk full \\ud800\","),
                contents.records().get(1).body());
        assertTrue(LedgerVerifier.verify(dir, TestLedgers.TRUST).ok());
    }

    @Test
    void theWriterRefusesExecutionsOfWhatWasNotPermittedOrRanAlready() throws Exception {
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options(SigningMode.PER_RECORD))) {
            long permit = decide(ledger, 0, "permit");
            long deny = decide(ledger, 1, "deny");
            long open = decide(ledger, 2, "escalate");
            long denied = decide(ledger, 3, "escalate");
            long approved = decide(ledger, 4, "escalate");
            long resolution = ledger.resolve(denied, ResolutionOutcome.DENY, "alice", "no")
                    .seq();
            ledger.resolve(approved, ResolutionOutcome.APPROVE, "bob", "fine");

            assertRefused(ledger, deny, "is not a PERMIT decision nor an escalation a reviewer approved");
            assertRefused(ledger, open, "is not a PERMIT decision nor an escalation a reviewer approved");
            assertRefused(ledger, denied, "is not a PERMIT decision nor an escalation a reviewer approved");
            assertRefused(ledger, resolution, "is not a PERMIT decision nor an escalation a reviewer approved");
            assertRefused(ledger, 99, "seq 99 is not a record of the ledger");
            assertRefused(ledger, -1, "seq -1 is not a record of the ledger");

            ledger.recordExecution(permit, true, DIGEST, "");
            ledger.recordExecution(approved, true, DIGEST, "");
            assertRefused(ledger, permit, "already has an execution record");
            assertRefused(ledger, approved, "already has an execution record");
            assertTrue(ledger.failure().isEmpty(), "a refused execution leaves the ledger live");
            assertThrows(LedgerException.class, () -> ledger.recordExecution(permit, true, "md5:00", ""));
            assertThrows(LedgerException.class, () -> ledger.recordExecution(permit, true, DIGEST, null));
        }
        assertTrue(LedgerVerifier.verify(dir, TestLedgers.TRUST).ok());
    }

    @Test
    void anAppendedExecutionIsDurableWhenItsFutureCompletesAndFailsItLikeRecordExecutionThrows() throws Exception {
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options(SigningMode.BATCHED))) {
            long permit = decide(ledger, 0, "permit");
            long deny = decide(ledger, 1, "deny");
            LedgerRecord execution =
                    ledger.appendExecution(permit, true, DIGEST, "ran").get();
            assertEquals(RecordKind.EXECUTION, execution.kind());
            assertEquals(2, execution.seq());
            assertEquals(3, LedgerReader.read(dir).records().size(), "durable once the future completed");

            assertAppendRefused(ledger.appendExecution(deny, true, DIGEST, ""), "is not a PERMIT decision");
            assertAppendRefused(ledger.appendExecution(permit, true, DIGEST, ""), "already has an execution record");
            assertAppendRefused(ledger.appendExecution(permit, true, "md5:00", ""), "result digest");
            assertAppendRefused(ledger.appendExecution(permit, true, DIGEST, null), "detail");
            assertEquals(3, ledger.size(), "nothing written for a refused execution");
        }
        assertTrue(LedgerVerifier.verify(dir, TestLedgers.TRUST).ok());
    }

    @Test
    void anExecutionThatMayWaitSharesTheNextDecisionsCommit() throws Exception {
        CountingDisk disk = new CountingDisk();
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options(SigningMode.BATCHED), disk)) {
            long permit = decide(ledger, 0, "permit");
            int fsyncs = disk.fsyncs;
            CompletableFuture<LedgerRecord> execution =
                    ledger.appendExecution(permit, true, DIGEST, "", Duration.ofMinutes(10));
            assertThrows(TimeoutException.class, () -> execution.get(200, TimeUnit.MILLISECONDS));
            assertEquals(1, LedgerReader.read(dir).records().size(), "not written before its company came");
            long next = decide(ledger, 1, "permit");
            assertEquals(1, execution.get().seq(), "queued before the next decision, recorded before it");
            assertEquals(2, next);
            assertEquals(fsyncs + 1, disk.fsyncs, "one commit for both");
        }
        assertTrue(LedgerVerifier.verify(dir, TestLedgers.TRUST).ok());
    }

    @Test
    void anExecutionThatMayWaitIsCommittedAtItsDeadlineWhenNothingElseComes() throws Exception {
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options(SigningMode.BATCHED))) {
            long permit = decide(ledger, 0, "permit");
            LedgerRecord execution = ledger.appendExecution(permit, true, DIGEST, "", Duration.ofMillis(20))
                    .get(30, TimeUnit.SECONDS);
            assertEquals(1, execution.seq());
            assertEquals(2, LedgerReader.read(dir).records().size());
        }
    }

    @Test
    void closingTheLedgerCommitsAnExecutionThatWasWaiting() throws Exception {
        CompletableFuture<LedgerRecord> execution;
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options(SigningMode.BATCHED))) {
            long permit = decide(ledger, 0, "permit");
            execution = ledger.appendExecution(permit, false, DIGEST, "failed", Duration.ofMinutes(10));
        }
        assertEquals(1, execution.getNow(null).seq());
        assertFalse(LedgerReader.read(dir).execution(0).orElseThrow().success());
        assertTrue(LedgerVerifier.verify(dir, TestLedgers.TRUST).ok());
    }

    @Test
    void anExecutionCannotWaitANegativeTime() throws Exception {
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options(SigningMode.BATCHED))) {
            long permit = decide(ledger, 0, "permit");
            assertAppendRefused(
                    ledger.appendExecution(permit, true, DIGEST, "", Duration.ofMillis(-1)), "zero or more");
            assertEquals(1, ledger.size());
        }
    }

    private static void assertAppendRefused(CompletableFuture<LedgerRecord> append, String why) {
        ExecutionException failed = assertThrows(ExecutionException.class, append::get);
        LedgerException cause = assertInstanceOf(LedgerException.class, failed.getCause());
        assertTrue(cause.getMessage().contains(why), cause.getMessage());
    }

    @Test
    void anExecutionIsRefusedAfterReopeningWhenItWasRecordedBefore() throws Exception {
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options(SigningMode.BATCHED))) {
            long permit = decide(ledger, 0, "permit");
            ledger.recordExecution(permit, true, DIGEST, "");
            decide(ledger, 2, "permit");
        }
        try (Ledger reopened = Ledger.open(dir, TestLedgers.KEY, options(SigningMode.BATCHED))) {
            assertRefused(reopened, 0, "already has an execution record");
            reopened.recordExecution(2, true, DIGEST, "");
        }
        LedgerContents contents = LedgerReader.read(dir);
        assertEquals(List.of(0L, 2L), List.copyOf(contents.executions().keySet()));
    }

    @Test
    void concurrentReportsOfOneDecisionRecordOneExecution() throws Exception {
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options(SigningMode.BATCHED))) {
            long permit = decide(ledger, 0, "permit");
            List<Thread> threads = new ArrayList<>();
            int[] recorded = new int[1];
            for (int i = 0; i < 8; i++) {
                Thread thread = new Thread(() -> {
                    try {
                        ledger.recordExecution(permit, true, DIGEST, "");
                        synchronized (recorded) {
                            recorded[0]++;
                        }
                    } catch (LedgerException e) {
                        // the other reports are refused
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread t : threads) {
                t.join();
            }
            assertEquals(1, recorded[0]);
        }
        assertEquals(1, LedgerReader.read(dir).executions().size());
    }

    @Test
    void theVerifierRejectsAnExecutionForgedToNameADeniedDecision() throws Exception {
        forgeAndVerify(1, null, "execution: seq 1 is not a PERMIT decision nor an escalation a reviewer approved");
    }

    @Test
    void theVerifierRejectsAnExecutionWhoseHashIsNotItsDecisionsRecord() throws Exception {
        forgeAndVerify(0, "00".repeat(32), "execution: the execution names decision 0 with hash 0000");
    }

    /**
     * Writes permit, deny, execution of the permit; then rewrites the execution, as someone holding
     * the ledger's key could, to name {@code decisionSeq} with {@code hash} (null: that record's
     * own hash), re-signs it and the checkpoint after it: only the execution's meaning is wrong.
     */
    private void forgeAndVerify(long decisionSeq, String hash, String expected) throws Exception {
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options(SigningMode.PER_RECORD))) {
            decide(ledger, 0, "permit");
            decide(ledger, 1, "deny");
            ledger.recordExecution(0, true, DIGEST, "");
        }
        LedgerContents contents = LedgerReader.read(dir);
        String named =
                hash != null ? hash : contents.records().get((int) decisionSeq).leafHashHex();
        byte[] body = ("{\"decision\":{\"hash\":\"" + named + "\",\"seq\":" + decisionSeq
                        + "},\"detail\":\"\",\"recorded_at\":\"2026-12-04T15:00:00.000Z\",\"result\":\"" + DIGEST
                        + "\",\"success\":true}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] unsigned = RecordLayout.unsigned(
                body,
                TestLedgers.KEY.keyId(),
                RecordKind.EXECUTION,
                contents.records().get(1).leafHash(),
                2);
        byte[] stored = RecordLayout.signed(unsigned, TestLedgers.KEY.sign(RecordLayout.RECORD_DOMAIN, unsigned));
        List<byte[]> leaves = new ArrayList<>(List.of(
                contents.records().get(0).leafHash(), contents.records().get(1).leafHash(), MerkleHash.leaf(unsigned)));
        String checkpoint = SignedCheckpoint.sign(
                        Checkpoint.of(contents.origin(), 3, new MerkleTree(leaves).root(3)), TestLedgers.KEY)
                .text();

        SegmentSurgery surgery = SegmentSurgery.open(dir);
        surgery.record(2).payload = stored;
        List<SegmentSurgery.Cut> frames = surgery.all();
        SegmentSurgery.Cut last = frames.get(frames.size() - 1);
        assertFalse(last.isRecord(), "the ledger ends with its final checkpoint");
        last.payload = checkpoint.getBytes(StandardCharsets.UTF_8);
        surgery.write();

        VerificationReport report = LedgerVerifier.verify(dir, TestLedgers.TRUST);
        assertFalse(report.ok());
        VerificationProblem problem = report.problem().orElseThrow();
        assertEquals(2, problem.seq(), problem.toString());
        assertTrue(problem.reason().startsWith(expected), problem.reason());
    }

    private static void assertRefused(Ledger ledger, long seq, String why) {
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.recordExecution(seq, true, DIGEST, ""));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
