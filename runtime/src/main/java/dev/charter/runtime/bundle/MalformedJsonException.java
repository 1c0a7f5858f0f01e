package dev.charter.runtime.bundle;

/**
 * JSON that does not have the shape of a bundle or a program: a missing, extra or ill-typed
 * member, an unknown node kind. The message starts with the JSON path of the offending member.
 */
final class MalformedJsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    MalformedJsonException(String path, String message) {
        super(path + ": " + message);
    }
}
