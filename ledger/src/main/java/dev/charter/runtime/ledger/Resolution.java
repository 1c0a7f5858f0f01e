package dev.charter.runtime.ledger;

/**
 * A person's answer to an escalation, as its resolution record states it.
 *
 * @param escalationSeq sequence number of the escalated decision record (the escalation's id)
 * @param seq           sequence number of the resolution record
 * @param outcome       approve or deny
 * @param reviewer      who decided
 * @param reason        why, in the reviewer's words
 * @param recordedAt    when the resolution was recorded (ISO-8601 UTC)
 */
public record Resolution(
        long escalationSeq, long seq, ResolutionOutcome outcome, String reviewer, String reason, String recordedAt) {

    /** Whether the escalated action may go ahead. */
    public boolean approved() {
        return outcome == ResolutionOutcome.APPROVE;
    }
}
