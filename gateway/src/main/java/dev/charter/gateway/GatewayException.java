package dev.charter.gateway;

/** The gateway could not start; the message is one line saying what and why. */
public final class GatewayException extends Exception {
    private static final long serialVersionUID = 1L;

    public GatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
