package dev.charter.server;

/** Why an escalation could not be resolved as asked. */
public final class EscalationException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** No escalation has that id. */
        NOT_FOUND,
        /** The reviewer may not resolve escalations to that route. */
        FORBIDDEN,
        /** It is already resolved (or timed out). */
        CONFLICT,
        /** The resolution could not be recorded. */
        LEDGER
    }

    private final Kind kind;

    public EscalationException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
