package dev.charter.bench.sidebyside;

import dev.charter.bench.sidebyside.contender.Contender;
import dev.charter.bench.sidebyside.contender.Contenders;
import dev.charter.bench.sidebyside.model.Verdict;
import dev.charter.bench.sidebyside.model.Workload;
import dev.charter.bench.sidebyside.workload.Workloads;
import java.util.List;

/**
 * The check {@code bench/run} makes before it times anything: every engine on every workload
 * named on the command line makes the model's decision on every request. Prints one line per
 * engine and workload; exits 1 on the first disagreement (the benchmarks would compare engines
 * doing different things), 2 on a usage problem.
 *
 * <pre>java ... AgreementGate threshold-32 threshold-1000 delegation-200 fintech</pre>
 */
public final class AgreementGate {

    private AgreementGate() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: AgreementGate WORKLOAD...");
            System.exit(2);
        }
        boolean agreed = true;
        for (String name : args) {
            Workload workload = Workloads.named(name);
            for (Contender contender : Contenders.all()) {
                AgreementCheck.Outcome outcome = AgreementCheck.run(contender, workload);
                System.out.printf("%-16s %-14s permit %4d  escalate %4d  deny %4d  %s%n", name, contender.name(),
                        outcome.counts().getOrDefault(Verdict.PERMIT, 0), outcome.counts().getOrDefault(Verdict.ESCALATE, 0),
                        outcome.counts().getOrDefault(Verdict.DENY, 0),
                        outcome.agrees() ? "agrees" : "DISAGREES on " + outcome.disagreements().size() + " requests");
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
