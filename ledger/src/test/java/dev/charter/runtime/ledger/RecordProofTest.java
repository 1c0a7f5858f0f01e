package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every record's proof checks with the public key alone, survives its JSON form, and exposes a change. */
class RecordProofTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void everyRecordIsProvablyInTheLatestCheckpoint(SigningMode mode) throws Exception {
        TestLedgers.write(dir, mode, 22);
        LedgerContents contents = LedgerReader.read(dir);
        for (long seq = 0; seq < contents.records().size(); seq++) {
            RecordProof proof = RecordProof.parse(RecordProof.of(contents, seq).toJson());
            assertEquals(Optional.empty(), proof.check(TestLedgers.TRUST), "seq " + seq);
            RecordProof altered =
                    RecordProof.parse(RecordProof.of(contents, seq).toJson().replace("\"agent\":\"a", "\"agent\":\"z"));
            if (contents.records().get((int) seq).kind() == RecordKind.DECISION) {
                assertTrue(altered.check(TestLedgers.TRUST).isPresent(), "altered seq " + seq);
            }
        }
        assertThrows(
                LedgerException.class,
                () -> RecordProof.of(contents, contents.records().size()));
    }
}
