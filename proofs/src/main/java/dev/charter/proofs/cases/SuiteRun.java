package dev.charter.proofs.cases;

import java.util.List;
import java.util.Optional;

/**
 * The result of one {@code *.charter-test} file: each test's outcome, or the reason none could
 * run (the file does not parse, the constitution does not compile).
 */
public record SuiteRun(String file, List<CaseOutcome> outcomes, Optional<String> error) {

    public SuiteRun {
        outcomes = List.copyOf(outcomes);
    }

    static SuiteRun broken(String file, String why) {
        return new SuiteRun(file, List.of(), Optional.of(why));
    }

    public long passed() {
        return outcomes.stream().filter(CaseOutcome::passed).count();
    }

    /** Failed tests; a file that could not run counts as one failure. */
    public long failed() {
        return outcomes.size() - passed() + (error.isPresent() ? 1 : 0);
    }
}
