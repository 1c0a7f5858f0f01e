package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the decision server needs from a ledger: its escalations scanned on start, and timeout resolutions. */
class ServerSupportTest {

    @TempDir
    Path dir;

    @Test
    void escalationsListsEveryEscalatedDecisionRecordResolvedOrNot() throws Exception {
        TestLedgers.write(dir, SigningMode.BATCHED, 40);

        List<LedgerRecord> escalations = LedgerReader.escalations(dir);

        assertEquals(
                List.of(9L, 19L, 29L, 39L),
                escalations.stream().map(LedgerRecord::seq).toList());
        assertTrue(escalations.stream().allMatch(r -> r.kind() == RecordKind.DECISION));
    }

    @Test
    void aTimeoutResolutionIsReadBackVerifiedAndIsNotAnApproval() throws Exception {
        TestLedgers.write(dir, SigningMode.BATCHED, 25);
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, TestLedgers.small(SigningMode.BATCHED))) {
            ledger.resolve(19, ResolutionOutcome.TIMEOUT, "timeout", "no reviewer resolved it within PT15M");
        }

        Resolution resolution = LedgerReader.read(dir).resolutions().get(19L);
        assertEquals(ResolutionOutcome.TIMEOUT, resolution.outcome());
        assertFalse(resolution.approved());
        assertTrue(LedgerVerifier.verify(dir, TestLedgers.TRUST).ok());
    }
}
