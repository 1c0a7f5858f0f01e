package dev.charter.runtime.ledger;

import java.util.List;
import java.util.Optional;

/**
 * What {@link LedgerVerifier} found: how much it checked and the first problem, if any.
 *
 * @param origin      the ledger's origin (its checkpoints' first line); empty for an empty directory
 * @param records     records checked before the first problem (all of them when there is none)
 * @param checkpoints checkpoints checked
 * @param latest      the last checkpoint that verified, if any
 * @param keys        the key ids the ledger was signed with, in order of use
 * @param problem     the first problem, by sequence number
 */
public record VerificationReport(
        String origin,
        long records,
        int checkpoints,
        Optional<SignedCheckpoint> latest,
        List<String> keys,
        Optional<VerificationProblem> problem) {

    public boolean ok() {
        return problem.isEmpty();
    }
}
