package dev.charter.runtime.ledger;

/**
 * The ledger is FAILED: a write or fsync failed, so nothing more is recorded (an fsync is never
 * retried: after a failure the kernel may have dropped the dirty pages and report success next
 * time). Every later decision of a ledger-backed engine is DENY.
 */
public final class LedgerFailedException extends LedgerException {
    private static final long serialVersionUID = 1L;

    public LedgerFailedException(String message) {
        super(message);
    }
}
