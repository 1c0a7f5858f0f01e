package dev.charter.runtime.ledger;

/**
 * What an execution record states: that the action of a permitted (or approved) decision ran,
 * and how it ended.
 *
 * @param decisionSeq  sequence number of the decision record whose action ran
 * @param seq          sequence number of the execution record
 * @param success      whether the action (the tool) returned a result; false when it failed
 * @param resultDigest {@code sha256:<hex>} of the result's (or the error's) UTF-8 text
 * @param detail       a short note, such as an error's class and message; may be empty
 * @param recordedAt   when the execution was recorded (ISO-8601 UTC)
 */
public record Execution(
        long decisionSeq, long seq, boolean success, String resultDigest, String detail, String recordedAt) {}
