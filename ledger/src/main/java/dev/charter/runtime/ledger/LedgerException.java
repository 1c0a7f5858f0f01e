package dev.charter.runtime.ledger;

/** A ledger operation that cannot be carried out; the message says why, for people. */
public class LedgerException extends Exception {
    private static final long serialVersionUID = 1L;

    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
