package dev.charter.server;

/** A server configuration that cannot be used: the message says which member and why. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
