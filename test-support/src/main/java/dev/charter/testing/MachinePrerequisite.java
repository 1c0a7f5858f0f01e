package dev.charter.testing;

import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * What a test needs from the machine (a program on the PATH, an installed package): when it is
 * missing the test is skipped, unless the environment variable {@code requiredBy} is {@code 1} (CI
 * sets it), which makes its absence a failure.
 *
 * @param requiredBy the environment variable that turns a skip into a failure
 * @param test what the test is, for the messages ("the browser test")
 */
public record MachinePrerequisite(String requiredBy, String test) {

    /** Returns when {@code available}; otherwise skips or fails the test, saying {@code why}. */
    public void require(boolean available, String why) {
        if (available) {
            return;
        }
        if ("1".equals(System.getenv(requiredBy))) {
            throw new AssertionFailedError(why + " (" + requiredBy + "=1: " + test + " must run)");
        }
        throw new TestAbortedException(
                why + ": " + test + " is skipped (set " + requiredBy + "=1 to make this a failure)");
    }
}
