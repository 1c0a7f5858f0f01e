package dev.charter.runtime;

/** A request's JSON is malformed or does not have the shape of LANGUAGE.md section 2. */
public final class RequestFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequestFormatException(String message) {
        super(message);
    }

    public RequestFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
