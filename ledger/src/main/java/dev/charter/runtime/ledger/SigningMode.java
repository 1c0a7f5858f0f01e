package dev.charter.runtime.ledger;

/** How records are authenticated. Both are verifiable offline with the public keys alone. */
public enum SigningMode {
    /**
     * Every record carries its own Ed25519 signature; checkpoints are written every N records or
     * T milliseconds. A single record is checkable alone; throughput is bounded by signing.
     */
    PER_RECORD,
    /**
     * Records are unsigned; each group commit ends with a signed checkpoint covering all its
     * records, and a record's proof is its inclusion proof in that checkpoint. One signature per
     * batch instead of one per record.
     */
    BATCHED
}
