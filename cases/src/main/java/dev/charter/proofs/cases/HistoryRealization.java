package dev.charter.proofs.cases;

/**
 * The outcome of realizing a witness's history ({@link HistoryRealizer}): concrete earlier
 * requests that a scratch ledger confirmed, or why none were found, in which case the witness is
 * confirmed over its aggregate values only.
 */
public sealed interface HistoryRealization {

    /** Earlier requests the scratch ledger confirmed: the aggregates and the decision are the witness's. */
    record Realized(RealizedHistory history) implements HistoryRealization {}

    /** No earlier requests were found that the scratch ledger confirmed; {@code reason} says what failed. */
    record NotRealized(String reason) implements HistoryRealization {}
}
