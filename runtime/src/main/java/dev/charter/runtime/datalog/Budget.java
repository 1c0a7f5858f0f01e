package dev.charter.runtime.datalog;

import java.time.Duration;

/**
 * Limits on evaluation work, each of which fails closed when exceeded: a fact snapshot whose
 * materialisation needs more derived facts, more semi-naive rounds or more time than allowed is
 * refused (the engine then denies every request), and a {@code matches} test that needs more
 * steps than allowed denies that request.
 *
 * @param derivedFacts the most facts the constitution's facts and clauses may add to a snapshot
 * @param iterations the most semi-naive rounds, summed over all strata
 * @param deadline the longest one materialisation may take
 * @param regexSteps the most characters one decision's {@code matches} tests may read, each test
 *                   reading its whole text once (the matcher runs in linear time)
 */
public record Budget(long derivedFacts, long iterations, Duration deadline, long regexSteps) {

    /** Generous enough for a million-edge delegation graph, small enough to stop a runaway program. */
    public static final Budget DEFAULT = new Budget(20_000_000, 2_000_000, Duration.ofSeconds(30), 1_000_000);

    public Budget {
        if (derivedFacts < 0 || iterations < 0 || regexSteps < 0 || deadline.isNegative()) {
            throw new IllegalArgumentException("a budget is never negative");
        }
    }
}
