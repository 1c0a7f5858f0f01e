package dev.charter.runtime.ledger.history;

/** The recorded outcome of a decision, as far as history is concerned. */
public enum Outcome {
    PERMIT,
    ESCALATE,
    /** DENY, or anything else a record may say: counts only where any outcome counts. */
    OTHER
}
