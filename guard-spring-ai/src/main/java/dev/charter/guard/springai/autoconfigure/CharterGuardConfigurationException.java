package dev.charter.guard.springai.autoconfigure;

/**
 * The {@code charter.guard.*} configuration cannot give a guard (a property missing, a bundle
 * refused, a trust, key or facts file unreadable, a tool bean left unguarded): the application
 * does not start, so no tool runs unguarded.
 */
public final class CharterGuardConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String action;

    CharterGuardConfigurationException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    /** For a problem with property {@code property}: the action is to fix it. */
    static CharterGuardConfigurationException ofProperty(String property, String message, Throwable cause) {
        return new CharterGuardConfigurationException(message, "Fix " + property + ".", cause);
    }

    /** What to do about it, such as {@code Fix charter.guard.bundle.} */
    public String action() {
        return action;
    }
}
