package dev.charter.runtime.ledger;

import dev.charter.runtime.Decision;
import dev.charter.runtime.ir.Effect;

/**
 * A decision and the ledger record that made it durable.
 *
 * @param decision the decision; DENY with {@code LEDGER_FAILURE} when it could not be recorded
 * @param seq      the record's sequence number, or -1 when nothing was recorded; for an
 *                 escalation it is the escalation's id
 */
public record RecordedDecision(Decision decision, long seq) {

    public boolean recorded() {
        return seq >= 0;
    }

    /** Whether the decision is an escalation waiting for a reviewer's resolution. */
    public boolean escalated() {
        return recorded() && decision.effect() == Effect.ESCALATE;
    }
}
