package dev.charter.bench.sidebyside.contender;

import dev.charter.bench.sidebyside.model.Verdict;

/**
 * The Drools session global that rule consequences report to: the strongest effect of the rules
 * that fired for the current request (the model's resolution; see {@link Verdict}). Public only
 * because Drools' generated consequence classes call it; one per session, so not thread-safe.
 */
public final class DroolsOutcome {

    private Verdict strongest;

    DroolsOutcome() {}

    /** Called by a consequence: the rule matched and decides {@code effect}. */
    public void record(Verdict effect) {
        strongest = strongest == null ? effect : strongest.strongest(effect);
    }

    void reset() {
        strongest = null;
    }

    Verdict verdict() {
        return strongest == null ? Verdict.DENY : strongest;
    }
}
