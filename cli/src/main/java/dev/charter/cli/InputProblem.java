package dev.charter.cli;

/**
 * Something the user gave a command cannot be used: a file is missing or unreadable, a JSON input
 * is malformed. {@link Main} reports its message on one line and exits with
 * {@link ExitStatus#USAGE}; no stack trace reaches the user.
 */
final class InputProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputProblem(String message) {
        super(message, null, false, false);
    }
}
