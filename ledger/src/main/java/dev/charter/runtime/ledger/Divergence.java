package dev.charter.runtime.ledger;

/**
 * A recorded decision that replay did not reproduce byte for byte, or could not replay at all.
 *
 * @param seq      the decision record's sequence number
 * @param reason   what differs, or why it could not be replayed
 * @param recorded the decision as recorded (canonical JSON)
 * @param replayed the decision replay produced, or empty when there was none
 */
public record Divergence(long seq, String reason, String recorded, String replayed) {}
