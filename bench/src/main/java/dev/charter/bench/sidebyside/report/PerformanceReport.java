package dev.charter.bench.sidebyside.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one run's results into the markdown tables of {@code docs/performance.md}: per workload,
 * every engine's median and p99 latency, throughput on one and two threads, memory after load and
 * its ratio to Charter; then the targets, met or missed; then every other benchmark of the
 * run (Charter's own, solver analysis, ledger).
 *
 * <pre>java ... PerformanceReport OUT.md RESULT.json... [FOOTPRINT.jsonl]</pre>
 *
 * Files ending in {@code .jsonl} are the footprint probe's lines, the others JMH JSON results.
 */
public final class PerformanceReport {

    static final String REFERENCE = "charter";

    private PerformanceReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PerformanceReport OUT.md RESULT.json... [FOOTPRINT.jsonl]");
            System.exit(2);
        }
        RunResults results = new RunResults();
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            if (args[i].endsWith(".jsonl")) {
                results.readFootprints(file);
            } else {
                results.readJmh(file);
            }
        }
        Files.writeString(Path.of(args[0]), render(results), StandardCharsets.UTF_8);
    }

    static String render(RunResults results) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Map<String, Measurement>> workload : results.byWorkload.entrySet()) {
            workloadTable(workload.getKey(), workload.getValue(), out);
        }
        out.append(Targets.table(results.byWorkload));
        if (!results.others.isEmpty()) {
            out.append("\n#### Other benchmarks in the same run\n\n")
                    .append(
                            "| benchmark | parameters | mode | threads | score | unit |\n|---|---|---|---:|---:|---|\n");
            for (RunResults.OtherScore s : results.others) {
                out.append("| ")
                        .append(s.benchmark().replace("dev.charter.bench.", ""))
                        .append(" | ")
                        .append(s.params())
                        .append(" | ")
                        .append(s.mode())
                        .append(" | ")
                        .append(s.threads())
                        .append(" | ")
                        .append(Figures.significant(s.score()))
                        .append(" ± ")
                        .append(Figures.significant(s.error()))
                        .append(" | ")
                        .append(s.unit())
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private static void workloadTable(String workload, Map<String, Measurement> engines, StringBuilder out) {
        out.append("\n#### ")
                .append(workload)
                .append("\n\n")
                .append("| engine | median | p99 | decisions/s, 1 thread | decisions/s, 2 threads | heap after load "
                        + "| RSS growth | Charter faster (median) | Charter faster (1-thread throughput) |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Measurement charter = engines.getOrDefault(REFERENCE, Measurement.NONE);
        List<String> names = new ArrayList<>(engines.keySet());
        names.sort((a, b) -> Integer.compare(Figures.engineOrder(a), Figures.engineOrder(b)));
        for (String engine : names) {
            Measurement m = engines.get(engine);
            out.append("| ")
                    .append(engine)
                    .append(" | ")
                    .append(Figures.micros(m.medianMicros()))
                    .append(" | ")
                    .append(Figures.micros(m.p99Micros()))
                    .append(" | ")
                    .append(Figures.count(m.oneThread()))
                    .append(" | ")
                    .append(Figures.count(m.twoThreads()))
                    .append(" | ")
                    .append(Figures.megabytes(m.heapBytes()))
                    .append(" | ")
                    .append(Figures.megabytes(m.rssBytes()))
                    .append(" | ")
                    .append(Figures.ratio(m.medianMicros() / charter.medianMicros()))
                    .append(" | ")
                    .append(Figures.ratio(charter.oneThread() / m.oneThread()))
                    .append(" |\n");
        }
    }
}
