package dev.charter.proofs.cases;

import java.util.Optional;

/**
 * What the solver said about one {@code assert} of the constitution under test, against what the
 * test file expects (proved, unless it says {@code expect assertion NAME refuted}). An
 * inconclusive answer never passes.
 *
 * @param verdict  {@code proved}, {@code refuted} or {@code inconclusive}
 * @param witness  the request that refutes the assertion, as JSON, when there is one
 */
public record AssertionOutcome(String name, String expected, String verdict, String message, Optional<String> witness) {

    public boolean passed() {
        return verdict.equals(expected);
    }
}
