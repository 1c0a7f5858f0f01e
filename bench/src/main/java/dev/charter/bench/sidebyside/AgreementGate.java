package dev.charter.bench.sidebyside;

import dev.charter.bench.sidebyside.contender.Contender;
import dev.charter.bench.sidebyside.contender.Contenders;
import dev.charter.bench.sidebyside.model.Verdict;
import dev.charter.bench.sidebyside.model.Workload;
import dev.charter.bench.sidebyside.workload.Workloads;
import java.util.ArrayList;
import java.util.List;

/**
 * The check {@code bench/run} makes before it times anything: every engine on every workload
 * named on the command line makes the model's decision on every request. Prints one line per
 * engine and workload (with the time the load and the check took, untimed by JMH's standards but
 * a first hint); exits 1 on the first disagreement (the benchmarks would compare engines
 * doing different things), 2 on a usage problem.
 *
 * <pre>java ... AgreementGate [--engines charter,cedar] threshold-32 threshold-1000 delegation-200 fintech</pre>
 */
public final class AgreementGate {

    private AgreementGate() {}

    public static void main(String[] args) throws Exception {
        List<String> names = new ArrayList<>(List.of(args));
        List<Contender> contenders = Contenders.all();
        if (names.size() >= 2 && names.get(0).equals("--engines")) {
            contenders = new ArrayList<>();
            for (String engine : names.get(1).split(",")) {
                contenders.add(Contenders.named(engine));
            }
            names = names.subList(2, names.size());
        }
        if (names.isEmpty()) {
            System.err.println("usage: AgreementGate [--engines ENGINE,...] WORKLOAD...");
            System.exit(2);
        }
        boolean agreed = true;
        for (String name : names) {
            Workload workload = Workloads.named(name);
            for (Contender contender : contenders) {
                long start = System.nanoTime();
                Contender.Loaded loaded = contender.load(workload);
                long loadedAt = System.nanoTime();
                AgreementCheck.Outcome outcome = AgreementCheck.run(contender.name(), workload, loaded.decider());
                long checkedAt = System.nanoTime();
                System.out.printf(
                        "%-16s %-22s load %8.1f ms  check %9.1f ms  permit %4d  escalate %4d  deny %4d  %s%n",
                        name,
                        contender.name(),
                        (loadedAt - start) / 1e6,
                        (checkedAt - loadedAt) / 1e6,
                        outcome.counts().getOrDefault(Verdict.PERMIT, 0),
                        outcome.counts().getOrDefault(Verdict.ESCALATE, 0),
                        outcome.counts().getOrDefault(Verdict.DENY, 0),
                        outcome.agrees()
                                ? "agrees"
                                : "DISAGREES on " + outcome.disagreements().size() + " requests");
                if (!outcome.agrees()) {
                    List<AgreementCheck.Disagreement> first = outcome.disagreements();
                    first.subList(0, Math.min(5, first.size())).forEach(d -> System.out.println("    " + d));
                    agreed = false;
                }
            }
        }
        if (!agreed) {
            System.err.println("the engines disagree: nothing is timed");
            System.exit(1);
        }
    }
}
