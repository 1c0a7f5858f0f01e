package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of tampering is found, at the sequence number of the record it touched. */
class TamperMatrixTest {

    private static final int RECORDS = 22;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void theUntouchedLedgerVerifies(SigningMode mode) throws Exception {
        TestLedgers.write(dir, mode, RECORDS);
        VerificationReport report = LedgerVerifier.verify(dir, TestLedgers.TRUST);
        assertEquals(Optional.empty(), report.problem());
        assertEquals(RECORDS, report.records());
        assertTrue(SegmentFiles.list(dir).size() > 2, "the test ledger spans several segments");
        assertTrue(report.checkpoints() > 2);
    }

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void flippingAnyByteIsReportedAtTheRecordItBelongsTo(SigningMode mode) throws Exception {
        TestLedgers.write(dir, mode, 12);
        int checked = 0;
        for (Path segment : SegmentFiles.list(dir)) {
            byte[] original = Files.readAllBytes(segment);
            long[] owner = owners(segment, original);
            for (int p = 0; p < original.length; p += mode == SigningMode.BATCHED ? 1 : 3) {
                byte[] flipped = original.clone();
                flipped[p] ^= (byte) 0xFF;
                Files.write(segment, flipped);
                VerificationProblem problem = LedgerVerifier.verify(dir, TestLedgers.TRUST)
                        .problem()
                        .orElseThrow(() -> new AssertionError("flip not detected"));
                assertEquals(owner[p], problem.seq(), segment.getFileName() + " byte " + p + ": " + problem);
                checked++;
            }
            Files.write(segment, original);
        }
        assertTrue(checked > 1000, checked + " positions");
    }

    /** For every byte of a segment, the seq a problem there is reported at. */
    private static long[] owners(Path segment, byte[] data) throws Exception {
        SegmentHeader header = SegmentHeader.parse(data, data.length);
        long[] owner = new long[data.length];
        long seq = header.firstSeq();
        java.util.Arrays.fill(owner, 0, header.size(), seq);
        FrameCursor cursor = new FrameCursor(data, header.size(), data.length);
        while (cursor.next() == FrameCursor.Step.FRAME) {
            long at = cursor.type() == Frame.RECORD ? seq++ : seq;
            java.util.Arrays.fill(owner, cursor.frameStart(), cursor.payloadEnd(), at);
        }
        return owner;
    }

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void alteringARecordAndFixingItsCrcIsReportedAtThatRecord(SigningMode mode) throws Exception {
        TestLedgers.write(dir, mode, RECORDS);
        byte[][] backup = backup();
        for (long seq = 0; seq < RECORDS; seq++) {
            SegmentSurgery surgery = SegmentSurgery.open(dir);
            SegmentSurgery.Cut cut = surgery.record(seq);
            String text = cut.text();
            String altered = text.contains("\"agent\":\"a")
                    ? text.replace("\"agent\":\"a", "\"agent\":\"b")
                    : text.replace("\"reviewer\":\"alice\"", "\"reviewer\":\"mallory\"");
            cut.payload = altered.getBytes(StandardCharsets.UTF_8);
            surgery.write();
            VerificationProblem problem =
                    LedgerVerifier.verify(dir, TestLedgers.TRUST).problem().orElseThrow();
            assertEquals(
                    expectedForAlteration(surgery, seq, mode), problem.seq(), "altered seq " + seq + ": " + problem);
            restore(backup);
        }
    }

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void rewritingARecordsPrevIsReportedAtThatRecord(SigningMode mode) throws Exception {
        TestLedgers.write(dir, mode, RECORDS);
        byte[][] backup = backup();
        for (long seq = 1; seq < RECORDS; seq++) {
            SegmentSurgery surgery = SegmentSurgery.open(dir);
            SegmentSurgery.Cut cut = surgery.record(seq);
            String text = cut.text();
            int at = text.indexOf("\"prev\":\"") + 8;
            char c = text.charAt(at);
            cut.payload = (text.substring(0, at) + (c == '0' ? '1' : '0') + text.substring(at + 1))
                    .getBytes(StandardCharsets.UTF_8);
            surgery.write();
            VerificationProblem problem =
                    LedgerVerifier.verify(dir, TestLedgers.TRUST).problem().orElseThrow();
            assertEquals(
                    expectedForAlteration(surgery, seq, mode), problem.seq(), "prev of seq " + seq + ": " + problem);
            restore(backup);
        }
    }

    /**
     * The exact record, except in batched mode for the very last record: nothing after it
     * vouches for its hash, so only its batch can be named.
     */
    private static long expectedForAlteration(SegmentSurgery surgery, long seq, SigningMode mode) {
        if (mode == SigningMode.PER_RECORD || seq < RECORDS - 1) {
            return seq;
        }
        List<SegmentSurgery.Cut> all = surgery.all();
        long batchStart = 0;
        long records = 0;
        for (SegmentSurgery.Cut cut : all) {
            if (cut.isRecord()) {
                records++;
            } else if (records < RECORDS) {
                batchStart = records;
            }
        }
        return batchStart;
    }

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void deletingOrReorderingRecordsIsReportedWhereTheGapOpens(SigningMode mode) throws Exception {
        TestLedgers.write(dir, mode, RECORDS);
        byte[][] backup = backup();
        for (long seq = 0; seq < RECORDS - 1; seq++) {
            SegmentSurgery surgery = SegmentSurgery.open(dir);
            SegmentSurgery.Cut cut = surgery.record(seq);
            surgery.pieceOf(cut).frames.remove(cut);
            surgery.write();
            assertEquals(
                    seq,
                    LedgerVerifier.verify(dir, TestLedgers.TRUST)
                            .problem()
                            .orElseThrow()
                            .seq(),
                    "deleted " + seq);
            restore(backup);

            surgery = SegmentSurgery.open(dir);
            SegmentSurgery.Cut first = surgery.record(seq);
            SegmentSurgery.Cut second = surgery.record(seq + 1);
            List<SegmentSurgery.Cut> frames = surgery.pieceOf(first).frames;
            if (frames.contains(second)) {
                int i = frames.indexOf(first);
                int j = frames.indexOf(second);
                frames.set(i, second);
                frames.set(j, first);
                surgery.write();
                assertEquals(
                        seq,
                        LedgerVerifier.verify(dir, TestLedgers.TRUST)
                                .problem()
                                .orElseThrow()
                                .seq(),
                        "swapped " + seq);
                restore(backup);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void truncationIsReportedAgainstTheLastCheckpointAnAuditorKept(SigningMode mode) throws Exception {
        TestLedgers.write(dir, mode, RECORDS);
        SignedCheckpoint kept =
                LedgerVerifier.verify(dir, TestLedgers.TRUST).latest().orElseThrow();
        List<Path> segments = SegmentFiles.list(dir);
        Path last = segments.get(segments.size() - 1);
        long firstInLast = SegmentFiles.firstSeqOf(last);
        Files.delete(last);
        VerificationProblem problem = LedgerVerifier.verify(dir, TestLedgers.TRUST, List.of(kept))
                .problem()
                .orElseThrow();
        assertEquals(firstInLast, problem.seq(), problem.toString());
        assertTrue(problem.reason().contains("missing"), problem.reason());
    }

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void cuttingTheLastSegmentMidFrameIsReportedAtTheCutRecord(SigningMode mode) throws Exception {
        TestLedgers.write(dir, mode, RECORDS);
        SegmentSurgery surgery = SegmentSurgery.open(dir);
        SegmentSurgery.Cut lastRecord = surgery.record(RECORDS - 1);
        Path last = surgery.pieceOf(lastRecord).file;
        byte[] data = Files.readAllBytes(last);
        Files.write(last, java.util.Arrays.copyOf(data, (int) lastRecord.originalOffset + 12));
        VerificationProblem problem =
                LedgerVerifier.verify(dir, TestLedgers.TRUST).problem().orElseThrow();
        assertEquals(RECORDS - 1, problem.seq(), problem.toString());
    }

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void twoCheckpointsOfOneSizeWithDifferentRootsAreAFork(SigningMode mode) throws Exception {
        TestLedgers.write(dir, mode, RECORDS);
        SegmentSurgery surgery = SegmentSurgery.open(dir);
        SegmentSurgery.Cut lastCheckpoint = null;
        for (SegmentSurgery.Cut cut : surgery.all()) {
            if (!cut.isRecord()) {
                lastCheckpoint = cut;
            }
        }
        Checkpoint genuine = SignedCheckpoint.parse(lastCheckpoint.text()).checkpoint();
        byte[] otherRoot = genuine.root();
        otherRoot[0] ^= 1;
        SignedCheckpoint forked =
                SignedCheckpoint.sign(Checkpoint.of(genuine.origin(), genuine.size(), otherRoot), TestLedgers.KEY);
        List<SegmentSurgery.Cut> frames = surgery.pieceOf(lastCheckpoint).frames;
        frames.add(
                frames.indexOf(lastCheckpoint) + 1,
                new SegmentSurgery.Cut(Frame.CHECKPOINT, forked.text().getBytes(StandardCharsets.UTF_8), -1));
        surgery.write();
        VerificationProblem problem =
                LedgerVerifier.verify(dir, TestLedgers.TRUST).problem().orElseThrow();
        assertTrue(problem.reason().startsWith("fork"), problem.toString());
        assertEquals(genuine.size(), problem.seq());
    }

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void aCheckpointWitnessedFromAnotherHistoryIsAFork(SigningMode mode) throws Exception {
        TestLedgers.write(dir, mode, RECORDS);
        Path other = dir.resolveSibling(dir.getFileName() + "-other");
        try (Ledger ledger = Ledger.open(other, TestLedgers.KEY, TestLedgers.small(mode))) {
            for (int i = 0; i < 7; i++) {
                ledger.appendDecision(TestRecords.decisionBody(100 + i), false).get();
            }
        }
        SignedCheckpoint foreign =
                LedgerVerifier.verify(other, TestLedgers.TRUST).latest().orElseThrow();
        VerificationProblem problem = LedgerVerifier.verify(dir, TestLedgers.TRUST, List.of(foreign))
                .problem()
                .orElseThrow();
        assertTrue(problem.reason().startsWith("fork"), problem.toString());
        assertEquals(foreign.checkpoint().size(), problem.seq());
    }

    private byte[][] backup() throws Exception {
        List<byte[]> copies = new ArrayList<>();
        for (Path segment : SegmentFiles.list(dir)) {
            copies.add(Files.readAllBytes(segment));
        }
        return copies.toArray(new byte[0][]);
    }

    private void restore(byte[][] backup) throws Exception {
        List<Path> segments = SegmentFiles.list(dir);
        for (int i = 0; i < segments.size(); i++) {
            Files.write(segments.get(i), backup[i]);
        }
    }
}
