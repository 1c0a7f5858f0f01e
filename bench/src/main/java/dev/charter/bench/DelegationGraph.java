package dev.charter.bench;

import dev.charter.runtime.FactSnapshot;
import java.util.SplittableRandom;

/**
 * A fact snapshot for the fintech constitution with a large delegation graph: 100 tellers, and
 * {@code edges} delegations, each from a random earlier agent to a new one, 90% of them for
 * {@code initiate_payment} — so {@code may} holds for most of the graph, and proving it for an
 * agent follows its chain of delegators back to a teller.
 */
final class DelegationGraph {

    static final int TELLERS = 100;

    private DelegationGraph() {}

    static FactSnapshot snapshot(int edges, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        FactSnapshot.Builder b = FactSnapshot.builder();
        for (int t = 0; t < TELLERS; t++) {
            b.add("role", "agent-" + t, "teller");
        }
        for (int i = TELLERS; i < TELLERS + edges; i++) {
            String act = random.nextInt(10) == 0 ? "display_account_balance" : "initiate_payment";
            b.add("delegates", "agent-" + random.nextInt(i), "agent-" + i, act);
        }
        return b.build();
    }
}
