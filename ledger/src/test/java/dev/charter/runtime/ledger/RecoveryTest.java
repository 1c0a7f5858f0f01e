package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening cuts a torn tail off the last segment and refuses every other kind of damage. */
class RecoveryTest {

    private static final int RECORDS = 22;

    @TempDir
    Path dir;

    private LedgerOptions options() {
        return TestLedgers.small(SigningMode.BATCHED);
    }

    @Test
    void aBitFlipInTheMiddleOfAClosedSegmentRefusesToStart() throws Exception {
        TestLedgers.write(dir, SigningMode.BATCHED, RECORDS);
        Path closed = SegmentFiles.list(dir).get(1);
        byte[] data = Files.readAllBytes(closed);
        data[data.length / 2] ^= 0x10;
        Files.write(closed, data);
        LedgerCorruptedException refused =
                assertThrows(LedgerCorruptedException.class, () -> Ledger.open(dir, TestLedgers.KEY, options()));
        assertTrue(refused.getMessage().startsWith(closed.getFileName().toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("CRC32C mismatch"), refused.getMessage());
        assertTrue(refused.getMessage().contains("closed"), refused.getMessage());
        assertEquals(data.length, Files.size(closed), "nothing is repaired");
    }

    @Test
    void aBitFlipInTheLastSegmentWithIntactFramesAfterItRefusesToStart() throws Exception {
        TestLedgers.write(dir, SigningMode.BATCHED, RECORDS);
        List<Path> segments = SegmentFiles.list(dir);
        Path last = segments.get(segments.size() - 1);
        SegmentSurgery surgery = SegmentSurgery.open(dir);
        SegmentSurgery.Piece piece = surgery.pieces.get(surgery.pieces.size() - 1);
        assertTrue(piece.frames.size() >= 2);
        byte[] data = Files.readAllBytes(last);
        data[(int) piece.frames.get(0).originalOffset + 20] ^= 0x01;
        Files.write(last, data);
        LedgerCorruptedException refused =
                assertThrows(LedgerCorruptedException.class, () -> Ledger.open(dir, TestLedgers.KEY, options()));
        assertTrue(refused.getMessage().contains("intact frame follows"), refused.getMessage());
    }

    @Test
    void aTornTailOfTheLastSegmentIsCutAndTheLedgerCarriesOn() throws Exception {
        TestLedgers.write(dir, SigningMode.BATCHED, RECORDS);
        List<Path> segments = SegmentFiles.list(dir);
        Path last = segments.get(segments.size() - 1);
        long intact = Files.size(last);
        byte[] torn = Arrays.copyOf(Files.readAllBytes(last), (int) intact + 40);
        for (int i = (int) intact; i < torn.length; i++) {
            torn[i] = (byte) (i * 31);
        }
        Files.write(last, torn);
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options())) {
            assertEquals(RECORDS, ledger.size());
            assertEquals(1, ledger.recoveryNotes().size());
            assertTrue(
                    ledger.recoveryNotes().get(0).contains("torn tail"),
                    ledger.recoveryNotes().get(0));
            assertEquals(
                    RECORDS,
                    ledger.appendDecision(TestRecords.decisionBody(RECORDS), false)
                            .get()
                            .seq());
        }
        assertTrue(LedgerVerifier.verify(dir, TestLedgers.TRUST).ok());
    }

    @Test
    void recordsOfABatchWhoseCheckpointNeverReachedTheDiskAreCut() throws Exception {
        TestLedgers.write(dir, SigningMode.BATCHED, RECORDS);
        SegmentSurgery surgery = SegmentSurgery.open(dir);
        SegmentSurgery.Piece piece = surgery.pieces.get(surgery.pieces.size() - 1);
        SegmentSurgery.Cut finalCheckpoint = piece.frames.get(piece.frames.size() - 1);
        assertTrue(!finalCheckpoint.isRecord());
        piece.frames.remove(finalCheckpoint);
        long recordsInBatch = 0;
        for (int i = piece.frames.size() - 1; i >= 0 && piece.frames.get(i).isRecord(); i--) {
            recordsInBatch++;
        }
        surgery.write();
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options())) {
            assertEquals(RECORDS - recordsInBatch, ledger.size());
        }
        assertTrue(LedgerVerifier.verify(dir, TestLedgers.TRUST).ok());
    }

    @Test
    void aTornSegmentHeaderOfANewLastSegmentIsRewritten() throws Exception {
        TestLedgers.write(dir, SigningMode.BATCHED, RECORDS);
        Path fresh = SegmentFiles.segment(dir, RECORDS);
        Files.write(fresh, new byte[] {'C', 'H', 'L'});
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options())) {
            assertEquals(RECORDS, ledger.size());
            assertTrue(
                    ledger.recoveryNotes().get(0).contains("header"),
                    ledger.recoveryNotes().toString());
        }
        assertTrue(LedgerVerifier.verify(dir, TestLedgers.TRUST).ok());
    }

    @Test
    void aMissingSegmentRefusesToStart() throws Exception {
        TestLedgers.write(dir, SigningMode.BATCHED, RECORDS);
        Path middle = SegmentFiles.list(dir).get(2);
        Files.delete(middle);
        LedgerCorruptedException refused =
                assertThrows(LedgerCorruptedException.class, () -> Ledger.open(dir, TestLedgers.KEY, options()));
        assertTrue(refused.getMessage().contains("missing"), refused.getMessage());
    }

    @Test
    void zerosInsideAnAcknowledgedRecordRefuseToOpenAndCutNothing() throws Exception {
        for (SigningMode mode : SigningMode.values()) {
            Path ledgerDir = dir.resolve(mode.name());
            writeOneSegment(ledgerDir, mode);
            Path segment = SegmentFiles.list(ledgerDir).get(0);
            SegmentSurgery.Cut second = SegmentSurgery.open(ledgerDir).record(1);
            byte[] data = Files.readAllBytes(segment);
            Arrays.fill(data, (int) second.originalOffset + 40, (int) second.originalOffset + 56, (byte) 0);
            Files.write(segment, data);
            LedgerCorruptedException refused = assertThrows(
                    LedgerCorruptedException.class,
                    () -> Ledger.open(ledgerDir, TestLedgers.KEY, oneSegment(mode))
                            .close(),
                    mode.name());
            assertTrue(refused.getMessage().contains("not a torn write"), refused.getMessage());
            assertEquals(data.length, Files.size(segment), mode + ": nothing is cut");
        }
    }

    @Test
    void aSectorHoleInAnAcknowledgedWriteFollowedByALaterWriteRefusesToOpen() throws Exception {
        for (SigningMode mode : SigningMode.values()) {
            Path ledgerDir = dir.resolve(mode.name());
            writeOneSegment(ledgerDir, mode);
            Path segment = SegmentFiles.list(ledgerDir).get(0);
            int from = (int) SegmentSurgery.open(ledgerDir).record(1).originalOffset;
            byte[] data = Files.readAllBytes(segment);
            Arrays.fill(data, from, (from / 512 + 1) * 512, (byte) 0);
            Files.write(segment, data);
            LedgerCorruptedException refused = assertThrows(
                    LedgerCorruptedException.class,
                    () -> Ledger.open(ledgerDir, TestLedgers.KEY, oneSegment(mode))
                            .close(),
                    mode.name());
            assertTrue(refused.getMessage().contains("follows an intact checkpoint"), refused.getMessage());
            assertEquals(data.length, Files.size(segment), mode + ": nothing is cut");
        }
    }

    private static LedgerOptions oneSegment(SigningMode mode) {
        return TestLedgers.small(mode).withSegmentBytes(1 << 20).withCheckpoints(1, Duration.ofHours(1));
    }

    /** Twelve group commits of one record each, every one ending with a checkpoint, in one segment. */
    private static void writeOneSegment(Path ledgerDir, SigningMode mode) throws Exception {
        try (Ledger ledger = Ledger.open(ledgerDir, TestLedgers.KEY, oneSegment(mode))) {
            for (int n = 0; n < 12; n++) {
                ledger.appendDecision(TestRecords.decisionBody(n), false).get();
            }
        }
    }
}
