package dev.charter.runtime.ledger;

/**
 * The ledger's files are damaged in a way that is not a torn write at the end of the last
 * segment, so the ledger refuses to open: nothing is repaired and no decision is recorded until
 * a person looks. The message names the segment, the offset and, when known, the sequence number.
 */
public final class LedgerCorruptedException extends LedgerException {
    private static final long serialVersionUID = 1L;

    public LedgerCorruptedException(String message) {
        super(message);
    }
}
