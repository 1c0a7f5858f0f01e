package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.keys.SigningKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A segment long enough to be verified on several threads, in chunks, with a key rotation in its
 * middle: it verifies, and damage anywhere in it is still reported at the record it touched.
 */
class ParallelVerificationTest {

    private static final SigningKey NEW = TestRecords.key(2);
    private static final int RECORDS = 12 * OrderedDecode.CHUNK;
    private static final int ROTATION_AFTER = RECORDS / 2;

    @TempDir
    Path dir;

    private Path writeOneSegment(SigningMode mode) throws Exception {
        LedgerOptions options =
                TestLedgers.small(mode).withSegmentBytes(64L << 20).withMaxBatch(16);
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, options)) {
            List<CompletableFuture<LedgerRecord>> appended = new ArrayList<>();
            for (int i = 0; i < RECORDS; i++) {
                if (i == ROTATION_AFTER) {
                    for (CompletableFuture<LedgerRecord> f : appended) {
                        f.get();
                    }
                    ledger.rotateKey(NEW);
                }
                appended.add(ledger.appendDecision(TestRecords.decisionBody(i), false));
            }
            for (CompletableFuture<LedgerRecord> f : appended) {
                f.get();
            }
        }
        List<Path> segments = SegmentFiles.list(dir);
        assertEquals(1, segments.size(), "the ledger is one segment");
        return segments.get(0);
    }

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void aLongSegmentWithARotationInItsMiddleVerifies(SigningMode mode) throws Exception {
        writeOneSegment(mode);
        VerificationReport report = LedgerVerifier.verify(dir, TestLedgers.TRUST);
        assertEquals(Optional.empty(), report.problem());
        assertEquals(RECORDS + 1, report.records());
        assertEquals(List.of(TestLedgers.KEY.keyId().hex(), NEW.keyId().hex()), report.keys());
    }

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void aFlippedByteAnywhereInALongSegmentIsReportedAtTheRecordItBelongsTo(SigningMode mode) throws Exception {
        Path segment = writeOneSegment(mode);
        byte[] original = Files.readAllBytes(segment);
        long[] owner = owners(original);
        int flips = 0;
        // Spread over the whole segment, so that damage lands in early, middle and late chunks.
        for (int p = 7; p < original.length; p += original.length / 60 + 13) {
            byte[] flipped = original.clone();
            flipped[p] ^= 0x5A;
            Files.write(segment, flipped);
            VerificationProblem problem = LedgerVerifier.verify(dir, TestLedgers.TRUST)
                    .problem()
                    .orElseThrow(() -> new AssertionError("flip not detected"));
            assertEquals(owner[p], problem.seq(), "byte " + p + ": " + problem);
            flips++;
        }
        Files.write(segment, original);
        assertTrue(flips >= 50, flips + " flips");
    }

    /** For every byte of a one-segment ledger, the seq a problem there is reported at. */
    private static long[] owners(byte[] data) throws Exception {
        SegmentHeader header = SegmentHeader.parse(data, data.length);
        long[] owner = new long[data.length];
        long seq = header.firstSeq();
        Arrays.fill(owner, 0, header.size(), seq);
        FrameCursor cursor = new FrameCursor(data, header.size(), data.length);
        while (cursor.next() == FrameCursor.Step.FRAME) {
            long at = cursor.type() == Frame.RECORD ? seq++ : seq;
            Arrays.fill(owner, cursor.frameStart(), cursor.payloadEnd(), at);
        }
        return owner;
    }
}
