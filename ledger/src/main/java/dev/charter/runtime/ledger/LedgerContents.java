package dev.charter.runtime.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a ledger holds, read by {@link LedgerReader}: records and checkpoints in order, the
 * state of escalations, and the executions of permitted actions.
 *
 * @param origin          the ledger's origin; empty for an empty directory
 * @param records         every record, by sequence number
 * @param checkpoints     every checkpoint, in order
 * @param openEscalations sequence numbers of escalations waiting for a reviewer
 * @param resolutions     resolutions by the sequence number of the escalation they resolve
 * @param executions      executions by the sequence number of the decision whose action ran
 * @param skippedTail     what was not read because a writer is still writing it or crashed while
 *                        writing it; empty normally
 */
public record LedgerContents(
        String origin,
        List<LedgerRecord> records,
        List<SignedCheckpoint> checkpoints,
        List<Long> openEscalations,
        Map<Long, Resolution> resolutions,
        Map<Long, Execution> executions,
        boolean skippedTail) {

    /** Contents without executions (a ledger written before execution records, or a test's). */
    public LedgerContents(
            String origin,
            List<LedgerRecord> records,
            List<SignedCheckpoint> checkpoints,
            List<Long> openEscalations,
            Map<Long, Resolution> resolutions,
            boolean skippedTail) {
        this(origin, records, checkpoints, openEscalations, resolutions, Map.of(), skippedTail);
    }

    /** The execution of the decision at {@code decisionSeq}, if its action ran and was recorded. */
    public Optional<Execution> execution(long decisionSeq) {
        return Optional.ofNullable(executions.get(decisionSeq));
    }

    /** The record with sequence number {@code seq}. */
    public Optional<LedgerRecord> record(long seq) {
        return seq >= 0 && seq < records.size() ? Optional.of(records.get((int) seq)) : Optional.empty();
    }

    /** The last checkpoint, if any. */
    public Optional<SignedCheckpoint> latestCheckpoint() {
        return checkpoints.isEmpty() ? Optional.empty() : Optional.of(checkpoints.get(checkpoints.size() - 1));
    }
}
