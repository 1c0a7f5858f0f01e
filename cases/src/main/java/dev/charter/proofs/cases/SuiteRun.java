package dev.charter.proofs.cases;

import java.util.List;
import java.util.Optional;

/**
 * The result of one {@code *.charter-test} file: the constitution it tested, each test's outcome
 * and, the first time a constitution is tested in a run, the solver's verdict on each of its
 * assertions; or the reason none could run (the file does not parse, the constitution does not
 * compile), and then no constitution.
 */
public record SuiteRun(
        String file,
        Optional<TestedConstitution> constitution,
        List<CaseOutcome> outcomes,
        List<AssertionOutcome> assertions,
        Optional<String> error) {

    public SuiteRun {
        outcomes = List.copyOf(outcomes);
        assertions = List.copyOf(assertions);
    }

    static SuiteRun broken(String file, String why) {
        return new SuiteRun(file, Optional.empty(), List.of(), List.of(), Optional.of(why));
    }

    /** Passed tests, not counting assertions. */
    public long testsPassed() {
        return outcomes.stream().filter(CaseOutcome::passed).count();
    }

    /** Failed tests, not counting assertions; a file that could not run counts as one failure. */
    public long testsFailed() {
        return outcomes.size() - testsPassed() + (error.isPresent() ? 1 : 0);
    }

    /** Passed tests and assertions. */
    public long passed() {
        return outcomes.stream().filter(CaseOutcome::passed).count()
                + assertions.stream().filter(AssertionOutcome::passed).count();
    }

    /** Failed tests and assertions; a file that could not run counts as one failure. */
    public long failed() {
        return outcomes.size() + assertions.size() - passed() + (error.isPresent() ? 1 : 0);
    }
}
