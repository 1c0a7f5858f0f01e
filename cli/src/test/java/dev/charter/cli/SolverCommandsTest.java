package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter check}'s solver findings (human, JSON, SARIF, --strict, --emit-smt) and {@code charter diff}, against golden files. */
class SolverCommandsTest {

    private static final String FLAWED = "../examples/flawed/expenses.charter";
    private static final String CASES = "src/test/resources/golden/solver/";

    @Test
    void every_kind_of_finding_with_its_witness() {
        Golden.assertRun("solver/flawed.txt", "check", FLAWED);
        Golden.assertRun("solver/flawed.json.txt", "check", "--format", "json", FLAWED);
    }

    @Test
    void sarif_for_code_scanning() throws IOException {
        Golden.assertRun("solver/flawed.sarif.txt", "check", "--format", "sarif", FLAWED);
        CliRun run = CliRun.of("check", "--format", "sarif", FLAWED);
        JsonNode log = new ObjectMapper().readTree(run.out());
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode results = log.get("runs").get(0).get("results");
        List<String> levels = new ArrayList<>();
        results.forEach(r -> levels.add(r.get("level").asText()));
        assertTrue(levels.contains("error") && levels.contains("warning") && levels.contains("note"), levels::toString);
        results.forEach(r -> assertTrue(r.get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("region")
                        .get("startLine")
                        .asInt()
                > 0));
    }

    @Test
    void strict_turns_warnings_into_errors() {
        Golden.assertRun("solver/strict-hole.txt", "check", "--strict", CASES + "threshold-hole.charter");
        Golden.assertRun("solver/lenient-hole.txt", "check", CASES + "threshold-hole.charter");
    }

    @Test
    void emit_smt_writes_every_query(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("check", "--emit-smt", dir.toString(), FLAWED);
        assertEquals(1, run.status());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> queries =
                    files.filter(f -> f.toString().endsWith(".smt2")).toList();
            assertTrue(queries.size() > 10, "queries written: " + queries.size());
            assertTrue(Files.readString(queries.get(0)).contains("(check-sat)"));
        }
    }

    @Test
    void diff_finds_a_changed_threshold_with_a_witness_pair() {
        Golden.assertRun(
                "solver/diff-threshold.txt", "diff", CASES + "threshold-old.charter", CASES + "threshold-new.charter");
        Golden.assertRun(
                "solver/diff-threshold.json.txt",
                "diff",
                "--format",
                "json",
                CASES + "threshold-old.charter",
                CASES + "threshold-new.charter");
    }

    @Test
    void diff_proves_a_reordering_equivalent() {
        Golden.assertRun(
                "solver/diff-reordered.txt", "diff", CASES + "reordered-old.charter", CASES + "reordered-new.charter");
    }
}
