package dev.charter.runtime.ledger;

import java.util.List;

/**
 * The outcome of replaying a ledger's decisions.
 *
 * @param decisions   decision records found
 * @param identical   decisions replay reproduced byte for byte, trace included
 * @param divergences the first {@value #KEPT} decisions that differed or could not be replayed, in order
 */
public record ReplayReport(long decisions, long identical, List<Divergence> divergences) {

    /** How many divergences a report keeps: a ledger replayed against the wrong bundle diverges everywhere. */
    public static final int KEPT = 1000;

    public ReplayReport {
        divergences = List.copyOf(divergences);
    }

    /** Every decision that differed or could not be replayed, kept or not. */
    public long divergent() {
        return decisions - identical;
    }

    public boolean ok() {
        return divergences.isEmpty() && identical == decisions;
    }
}
