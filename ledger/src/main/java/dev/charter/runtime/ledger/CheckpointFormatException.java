package dev.charter.runtime.ledger;

/** A checkpoint text that is not a well-formed C2SP tlog-checkpoint signed note. */
public final class CheckpointFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public CheckpointFormatException(String message) {
        super(message);
    }
}
