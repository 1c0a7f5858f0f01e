package dev.charter.runtime;

/**
 * A fact snapshot is malformed, or does not fit the program it is attached to (an undeclared or
 * non-input relation, a tuple of the wrong arity, a value of the wrong type).
 */
public final class InvalidFactsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidFactsException(String message) {
        super(message);
    }

    public InvalidFactsException(String message, Throwable cause) {
        super(message, cause);
    }
}
