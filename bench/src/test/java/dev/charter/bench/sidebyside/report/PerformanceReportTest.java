package dev.charter.bench.sidebyside.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.testing.GoldenFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The report of a small, hand-written run against its golden file
 * ({@code -Dcharter.golden.update=true} rewrites it in the source tree).
 */
class PerformanceReportTest {

    @Test
    void aRunBecomesTheTablesOfPerformanceMd() throws Exception {
        RunResults results = new RunResults();
        results.readJmh(resource("latency.json"));
        results.readJmh(resource("throughput-1.json"));
        results.readFootprints(resource("footprint.jsonl"));

        String report = PerformanceReport.render(results);

        GoldenFile.assertMatches(Path.of("src/test/resources/report/expected.md"), report);
    }

    @Test
    void unitsAreConvertedToMicrosecondsAndDecisionsPerSecond() {
        assertEquals(0.25, RunResults.microsPer("ns/op") * 250, 1e-12);
        assertEquals(3_900_000, RunResults.opsPerSecond("ops/us") * 3.9, 1e-6);
    }

    private static Path resource(String name) throws URISyntaxException, IOException {
        return Path.of(
                PerformanceReportTest.class.getResource("/report/" + name).toURI());
    }
}
