package dev.charter.cli;

/**
 * The exit statuses every {@code charter} subcommand uses, so that scripts and CI can tell "the
 * constitution has problems" from "the command could not do its job".
 */
final class ExitStatus {

    /** Success: no errors, every test passed, the decision was made. */
    static final int OK = 0;
    /** The input was read and found wanting: compile errors, failed tests, findings. */
    static final int FAILED = 1;
    /** Bad command line or an input that could not be read (missing, unreadable, malformed). */
    static final int USAGE = 2;
    /** A defect in Charter itself; the message asks the user to report it. */
    static final int INTERNAL = 3;

    private ExitStatus() {}
}
