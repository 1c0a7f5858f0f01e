package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the segment files of a ledger directory must be, checked the same way by a writer opening
 * the ledger and by the verifier: a directory without segments holds no ledger, a file named like
 * a segment must carry a reachable sequence number, and every segment carries the ledger's origin.
 */
class SegmentChecksTest {

    private static final int RECORDS = 22;

    @TempDir
    Path dir;

    @Test
    void aDirectoryWithoutSegmentsIsNoLedgerToTheVerifier() throws Exception {
        FileSystemException refused =
                assertThrows(FileSystemException.class, () -> LedgerVerifier.verify(dir, TestLedgers.TRUST));
        assertTrue(refused.getMessage().startsWith(dir.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("no ledger here"), refused.getMessage());
    }

    @Test
    void aSegmentNameBeyondTheLargestSequenceNumberIsRefusedByWriterReaderAndVerifier() throws Exception {
        TestLedgers.write(dir, SigningMode.BATCHED, RECORDS);
        Path foreign = Files.write(dir.resolve("99999999999999999999.seg"), new byte[] {1, 2, 3});
        for (ThrowingOpen open : List.<ThrowingOpen>of(
                () -> Ledger.open(dir, TestLedgers.KEY, TestLedgers.small(SigningMode.BATCHED))
                        .close(),
                () -> LedgerReader.read(dir),
                () -> LedgerVerifier.verify(dir, TestLedgers.TRUST))) {
            FileSystemException refused = assertThrows(FileSystemException.class, open::run);
            assertTrue(refused.getMessage().startsWith(foreign.toString()), refused.getMessage());
            assertTrue(refused.getMessage().contains("beyond the largest sequence number"), refused.getMessage());
        }
        assertEquals(-1, SegmentFiles.firstSeqOf(foreign));
        assertEquals(Long.MAX_VALUE, SegmentFiles.firstSeqOf(SegmentFiles.segment(dir, Long.MAX_VALUE)));
    }

    @Test
    void aLaterSegmentOfAnotherOriginFailsVerificationAsItFailsOpening() throws Exception {
        TestLedgers.write(dir, SigningMode.BATCHED, RECORDS);
        Path second = SegmentFiles.list(dir).get(1);
        byte[] data = Files.readAllBytes(second);
        SegmentHeader header = SegmentHeader.parse(data, data.length);
        byte[] forged = new SegmentHeader("test.example/other", header.firstSeq()).encode();
        byte[] rest = Arrays.copyOfRange(data, header.size(), data.length);
        byte[] rewritten = Arrays.copyOf(forged, forged.length + rest.length);
        System.arraycopy(rest, 0, rewritten, forged.length, rest.length);
        Files.write(second, rewritten);

        LedgerCorruptedException writer = assertThrows(
                LedgerCorruptedException.class,
                () -> Ledger.open(dir, TestLedgers.KEY, TestLedgers.small(SigningMode.BATCHED)));
        assertTrue(writer.getMessage().contains("test.example/other"), writer.getMessage());
        VerificationReport report = LedgerVerifier.verify(dir, TestLedgers.TRUST);
        assertTrue(report.problem().isPresent(), "the verifier must refuse what a writer refuses");
        VerificationProblem problem = report.problem().get();
        assertEquals(header.firstSeq(), problem.seq());
        assertTrue(problem.reason().contains("test.example/other"), problem.reason());
        assertTrue(problem.where().startsWith(second.getFileName().toString()), problem.where());
    }

    /** Opening or reading a ledger, which may throw anything. */
    private interface ThrowingOpen {
        void run() throws Exception;
    }
}
