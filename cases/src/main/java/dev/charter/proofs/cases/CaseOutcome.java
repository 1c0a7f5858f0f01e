package dev.charter.proofs.cases;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What running one test gave: the decision, or the error that prevented one (an unreadable facts
 * file, a malformed request), and the parts of the expectation it missed.
 *
 * @param file     the test file's name as given
 * @param error    why no decision could be compared; a test with an error fails
 */
public record CaseOutcome(
        String file,
        TestCase test,
        Optional<ActualDecision> actual,
        List<Mismatch> mismatches,
        Optional<String> error,
        Duration duration) {

    public CaseOutcome {
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return error.isEmpty() && mismatches.isEmpty() && actual.isPresent();
    }
}
