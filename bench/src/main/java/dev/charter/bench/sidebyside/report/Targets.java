package dev.charter.bench.sidebyside.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The decision-latency targets of issue 7, judged on one run's medians: decide() with full trace
 * within 1 µs at 32 rules, at most 2× growth from 32 to 10,000 rules, at most 3× growth from 32
 * to 10,000 overlapping rules (workload d), and on every size of workload (a) at least 3× faster
 * than Drools, 15× than jCasbin and 80× than cedar-java.
 */
final class Targets {

    private static final String SMALL = "threshold-32";
    private static final String LARGE = "threshold-10000";
    private static final String SMALL_OVERLAP = "overlap-32";
    private static final String LARGE_OVERLAP = "overlap-10000";

    private record Lead(String engine, double factor) {}

    private static final List<Lead> LEADS =
            List.of(new Lead("drools", 3), new Lead("jcasbin", 15), new Lead("cedar", 80));

    private Targets() {}

    static String table(Map<String, Map<String, Measurement>> byWorkload) {
        StringBuilder out = new StringBuilder(
                "\n#### Targets (issue 7), on this run's medians\n\n" + "| target | measured | met |\n|---|---|---|\n");
        double small = median(byWorkload, SMALL, PerformanceReport.REFERENCE);
        double large = median(byWorkload, LARGE, PerformanceReport.REFERENCE);
        row(out, "decide() with full trace ≤ 1 µs at 32 rules", Figures.micros(small), small <= 1.0);
        row(out, "≤ 2× growth from 32 to 10,000 rules", Figures.ratio(large / small), large / small <= 2.0);
        if (byWorkload.containsKey(SMALL_OVERLAP) && byWorkload.containsKey(LARGE_OVERLAP)) {
            double overlapping = median(byWorkload, LARGE_OVERLAP, PerformanceReport.REFERENCE)
                    / median(byWorkload, SMALL_OVERLAP, PerformanceReport.REFERENCE);
            row(out, "≤ 3× growth from 32 to 10,000 overlapping rules", Figures.ratio(overlapping), overlapping <= 3.0);
        }
        List<String> thresholds = new ArrayList<>();
        for (String workload : byWorkload.keySet()) {
            if (workload.startsWith("threshold-")) {
                thresholds.add(workload);
            }
        }
        for (Lead lead : LEADS) {
            List<String> measured = new ArrayList<>();
            boolean met = !thresholds.isEmpty();
            for (String workload : thresholds) {
                double ratio = median(byWorkload, workload, lead.engine())
                        / median(byWorkload, workload, PerformanceReport.REFERENCE);
                measured.add(workload.substring("threshold-".length()) + " rules: " + Figures.ratio(ratio));
                met &= ratio >= lead.factor();
            }
            row(
                    out,
                    "≥ " + Figures.significant(lead.factor()) + "× faster than " + lead.engine() + " on workload (a)",
                    String.join(", ", measured),
                    met);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String target, String measured, boolean met) {
        out.append("| ")
                .append(target)
                .append(" | ")
                .append(measured)
                .append(" | ")
                .append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    private static double median(Map<String, Map<String, Measurement>> byWorkload, String workload, String engine) {
        Map<String, Measurement> engines = byWorkload.get(workload);
        if (engines == null || !engines.containsKey(engine)) {
            return Double.NaN;
        }
        return engines.get(engine).medianMicros();
    }
}
