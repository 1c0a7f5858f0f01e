package dev.charter.bench.sidebyside.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of one run, read from JMH's JSON result files and the footprint probe's JSON lines:
 * the side-by-side measurements by workload and engine, and every other benchmark's score as JMH
 * reported it (Charter's own, the solver's, the ledger's).
 */
final class RunResults {

    static final String SIDE_BY_SIDE = "dev.charter.bench.sidebyside.SideBySideBenchmark.decide";

    /** A benchmark other than the side-by-side one, as one line of the report. */
    record OtherScore(
            String benchmark, String params, String mode, int threads, double score, double error, String unit) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    final Map<String, Map<String, Measurement>> byWorkload = new LinkedHashMap<>();
    final List<OtherScore> others = new ArrayList<>();

    void readJmh(Path file) throws IOException {
        for (JsonNode result : JSON.readTree(file.toFile())) {
            String benchmark = result.path("benchmark").asText();
            String mode = result.path("mode").asText();
            int threads = result.path("threads").asInt();
            JsonNode metric = result.path("primaryMetric");
            String unit = metric.path("scoreUnit").asText();
            if (!benchmark.equals(SIDE_BY_SIDE)) {
                others.add(new OtherScore(
                        benchmark,
                        params(result.path("params")),
                        mode,
                        threads,
                        metric.path("score").asDouble(),
                        metric.path("scoreError").asDouble(),
                        unit));
                continue;
            }
            String workload = result.path("params").path("workload").asText();
            String engine = result.path("params").path("engine").asText();
            Measurement m = measurement(workload, engine);
            if (mode.equals("sample")) {
                JsonNode percentiles = metric.path("scorePercentiles");
                double toMicros = microsPer(unit);
                m = m.withLatency(
                        percentiles.path("50.0").asDouble() * toMicros,
                        percentiles.path("99.0").asDouble() * toMicros);
            } else if (mode.equals("thrpt")) {
                m = m.withThroughput(threads, metric.path("score").asDouble() * opsPerSecond(unit));
            }
            byWorkload.get(workload).put(engine, m);
        }
    }

    void readFootprints(Path file) throws IOException {
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode probe = JSON.readTree(line);
            String workload = probe.path("workload").asText();
            String engine = probe.path("engine").asText();
            Measurement m = measurement(workload, engine)
                    .withFootprint(
                            probe.path("heapBytes").asDouble(),
                            probe.path("rssBytes").asDouble());
            byWorkload.get(workload).put(engine, m);
        }
    }

    private Measurement measurement(String workload, String engine) {
        return byWorkload.computeIfAbsent(workload, w -> new LinkedHashMap<>()).getOrDefault(engine, Measurement.NONE);
    }

    private static String params(JsonNode params) {
        List<String> out = new ArrayList<>();
        params.properties().forEach(e -> out.add(e.getKey() + "=" + e.getValue().asText()));
        return String.join(", ", out);
    }

    static double microsPer(String unit) {
        switch (unit) {
            case "ns/op":
                return 1e-3;
            case "us/op":
                return 1;
            case "ms/op":
                return 1e3;
            case "s/op":
                return 1e6;
            default:
                throw new IllegalArgumentException("not a time per operation: " + unit);
        }
    }

    static double opsPerSecond(String unit) {
        switch (unit) {
            case "ops/ns":
                return 1e9;
            case "ops/us":
                return 1e6;
            case "ops/ms":
                return 1e3;
            case "ops/s":
                return 1;
            default:
                throw new IllegalArgumentException("not a throughput: " + unit);
        }
    }
}
