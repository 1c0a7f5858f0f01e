package dev.charter.bench.sidebyside.model;

/**
 * The outcome every engine must agree on for a request. Declared from the strongest down: the
 * workloads give every deny rule a higher priority than every escalate rule, and every escalate
 * rule a higher priority than every permit rule, so "the strongest matching effect wins, DENY when
 * nothing matches" is Charter's priority resolution and is expressible in every peer engine.
 */
public enum Verdict {
    DENY,
    ESCALATE,
    PERMIT;

    /** The stronger of two verdicts: DENY over ESCALATE over PERMIT. */
    public Verdict strongest(Verdict other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
