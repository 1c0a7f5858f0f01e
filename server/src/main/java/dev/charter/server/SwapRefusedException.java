package dev.charter.server;

/** A bundle or fact snapshot the server will not swap in; the deployment in force stays. */
public final class SwapRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why, as the error code of the HTTP answer. */
    public enum Kind {
        /** Not a valid, trusted bundle, or a snapshot that does not fit the constitution. */
        INVALID,
        /** A bundle whose constitution version is lower than the one in force. */
        ROLLBACK
    }

    private final Kind kind;

    public SwapRefusedException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
