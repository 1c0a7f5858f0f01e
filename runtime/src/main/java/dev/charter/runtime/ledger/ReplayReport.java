package dev.charter.runtime.ledger;

import java.util.List;

/**
 * The outcome of replaying a ledger's decisions.
 *
 * @param decisions   decision records found
 * @param identical   decisions replay reproduced byte for byte, trace included
 * @param divergences every decision that differed or could not be replayed, in order
 */
public record ReplayReport(long decisions, long identical, List<Divergence> divergences) {

    public boolean ok() {
        return divergences.isEmpty() && identical == decisions;
    }
}
