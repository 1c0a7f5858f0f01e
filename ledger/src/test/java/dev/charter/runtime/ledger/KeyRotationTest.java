package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A key rotation is signed by the retiring key; afterwards only the new key may sign. */
class KeyRotationTest {

    private static final SigningKey OLD = TestLedgers.KEY;
    private static final SigningKey NEW = TestRecords.key(2);
    private static final SigningKey STRANGER = TestRecords.key(3);

    @TempDir
    Path dir;

    private void writeAndRotate(SigningMode mode) throws Exception {
        try (Ledger ledger = Ledger.open(dir, OLD, TestLedgers.small(mode))) {
            for (int i = 0; i < 8; i++) {
                ledger.appendDecision(TestRecords.decisionBody(i), false).get();
            }
            LedgerRecord rotation = ledger.rotateKey(NEW);
            assertEquals(RecordKind.KEY, rotation.kind());
            assertEquals(OLD.keyId(), rotation.keyId());
            assertTrue(rotation.signed(), "a key record always carries the old key's signature");
            for (int i = 8; i < 16; i++) {
                assertEquals(
                        NEW.keyId(),
                        ledger.appendDecision(TestRecords.decisionBody(i), false)
                                .get()
                                .keyId());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void recordsBeforeAndAfterARotationVerifyWithTheOriginalPublicKeyAlone(SigningMode mode) throws Exception {
        writeAndRotate(mode);
        VerificationReport report = LedgerVerifier.verify(dir, TrustStore.of(List.of(OLD.publicKey())));
        assertEquals(Optional.empty(), report.problem());
        assertEquals(17, report.records());
        assertEquals(List.of(OLD.keyId().hex(), NEW.keyId().hex()), report.keys());
    }

    @Test
    void theRetiredKeyCannotOpenTheLedgerAndTheNewOneCan() throws Exception {
        writeAndRotate(SigningMode.BATCHED);
        LedgerException refused = assertThrows(
                LedgerException.class, () -> Ledger.open(dir, OLD, TestLedgers.small(SigningMode.BATCHED)));
        assertTrue(refused.getMessage().contains("retired"), refused.getMessage());
        try (Ledger ledger = Ledger.open(dir, NEW, TestLedgers.small(SigningMode.BATCHED))) {
            assertEquals(
                    17,
                    ledger.appendDecision(TestRecords.decisionBody(99), false)
                            .get()
                            .seq());
        }
    }

    @Test
    void aRecordUnderTheRetiredKeyIsRejected() throws Exception {
        writeAndRotate(SigningMode.PER_RECORD);
        forgeRecordSignedBy(OLD);
        assertThrows(LedgerCorruptedException.class, () -> LedgerReader.read(dir));
        VerificationProblem problem =
                LedgerVerifier.verify(dir, TestLedgers.TRUST).problem().orElseThrow();
        assertEquals(17, problem.seq());
        assertTrue(problem.reason().contains("retired"), problem.reason());
    }

    @Test
    void aRecordUnderAnUnknownKeyIsRejected() throws Exception {
        writeAndRotate(SigningMode.PER_RECORD);
        forgeRecordSignedBy(STRANGER);
        assertThrows(LedgerCorruptedException.class, () -> LedgerReader.read(dir));
        VerificationProblem problem =
                LedgerVerifier.verify(dir, TestLedgers.TRUST).problem().orElseThrow();
        assertEquals(17, problem.seq());
        assertTrue(problem.reason().contains("unknown"), problem.reason());
    }

    @Test
    void aLedgerBegunUnderAnUntrustedKeyIsRejectedAtItsFirstRecord() throws Exception {
        writeAndRotate(SigningMode.BATCHED);
        VerificationProblem problem = LedgerVerifier.verify(dir, TrustStore.of(List.of(STRANGER.publicKey())))
                .problem()
                .orElseThrow();
        assertEquals(0, problem.seq());
        assertTrue(problem.reason().contains("not trusted"), problem.reason());
    }

    /** Appends a well-chained, validly signed record under {@code key} after the last one. */
    private void forgeRecordSignedBy(SigningKey key) throws Exception {
        LedgerContents contents = LedgerReader.read(dir);
        LedgerRecord last = contents.records().get(contents.records().size() - 1);
        byte[] unsigned = RecordLayout.unsigned(
                TestRecords.decisionBody(500), key.keyId(), RecordKind.DECISION, last.leafHash(), last.seq() + 1);
        byte[] signed = RecordLayout.signed(unsigned, key.sign(RecordLayout.RECORD_DOMAIN, unsigned));
        SegmentSurgery surgery = SegmentSurgery.open(dir);
        SegmentSurgery.Piece piece = surgery.pieces.get(surgery.pieces.size() - 1);
        piece.frames.add(new SegmentSurgery.Cut(Frame.RECORD, signed, -1));
        surgery.write();
    }

    @Test
    void aRotationToTheKeyInForceOrARetiredKeyIsRefusedAndTheLedgerStaysLive() throws Exception {
        writeAndRotate(SigningMode.PER_RECORD);
        try (Ledger ledger = Ledger.open(dir, NEW, TestLedgers.small(SigningMode.PER_RECORD))) {
            LedgerException inForce = assertThrows(LedgerException.class, () -> ledger.rotateKey(NEW));
            assertTrue(inForce.getMessage().contains("already the key in force"), inForce.getMessage());
            LedgerException retired = assertThrows(LedgerException.class, () -> ledger.rotateKey(OLD));
            assertTrue(retired.getMessage().contains("already retired"), retired.getMessage());
            assertEquals(Optional.empty(), ledger.failure());
            assertEquals(
                    17,
                    ledger.appendDecision(TestRecords.decisionBody(17), false)
                            .get()
                            .seq());
        }
        assertEquals(
                Optional.empty(),
                LedgerVerifier.verify(dir, TrustStore.of(List.of(OLD.publicKey())))
                        .problem());
    }
}
