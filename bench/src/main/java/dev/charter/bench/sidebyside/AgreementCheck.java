package dev.charter.bench.sidebyside;

import dev.charter.bench.sidebyside.contender.Contender;
import dev.charter.bench.sidebyside.model.ModelOracle;
import dev.charter.bench.sidebyside.model.Verdict;
import dev.charter.bench.sidebyside.model.Workload;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Whether an engine decides every request of a workload as the model means it
 * ({@link ModelOracle}). Engines that agree with the oracle agree with each other, so a run whose
 * checks all pass compares engines that make the same decisions.
 */
public final class AgreementCheck {

    /** Request {@code index}: the model says {@code expected}, the engine said {@code actual} (null if it threw). */
    public record Disagreement(int index, Verdict expected, Verdict actual, String error) {
        @Override
        public String toString() {
            return "request " + index + ": expected " + expected + ", got "
                    + (actual != null ? actual : "an exception: " + error);
        }
    }

    /** What an engine decided over a workload, and where it disagreed. */
    public record Outcome(
            String engine, String workload, Map<Verdict, Integer> counts, List<Disagreement> disagreements) {
        /** Whether the engine made the model's decision on every request. */
        public boolean agrees() {
            return disagreements.isEmpty();
        }
    }

    private AgreementCheck() {}

    /** Decides every request of {@code workload} with {@code decider} and compares. */
    public static Outcome run(String engine, Workload workload, Contender.Decider decider) {
        return run(engine, workload, decider, workload.requests().size());
    }

    /** Decides the first {@code limit} requests of {@code workload} with {@code decider} and compares. */
    public static Outcome run(String engine, Workload workload, Contender.Decider decider, int limit) {
        ModelOracle oracle = new ModelOracle(workload.model());
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        List<Disagreement> disagreements = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, workload.requests().size()); i++) {
            Verdict expected = oracle.decide(workload.requests().get(i));
            counts.merge(expected, 1, Integer::sum);
            try {
                Verdict actual = decider.decide(i);
                if (actual != expected) {
                    disagreements.add(new Disagreement(i, expected, actual, null));
                }
            } catch (Exception e) {
                disagreements.add(new Disagreement(i, expected, null, e.toString()));
            }
        }
        return new Outcome(engine, workload.name(), counts, disagreements);
    }

    /** Loads {@code workload} into {@code contender} and checks it. */
    public static Outcome run(Contender contender, Workload workload) throws Exception {
        return run(contender.name(), workload, contender.load(workload).decider());
    }
}
