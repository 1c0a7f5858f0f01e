package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter check} on a constitution whose queries make Z3 throw: findings, never an internal error. */
class CheckSolverErrorTest {

    /** A string length in int arithmetic near 2^63: Z3 raises "reached max unfolding" on the queries about it. */
    private static final String UNFOLDING = """
            constitution "unfolding" version 1 { timezone "UTC" }
            action send { s: string, b: int }
            rule big: deny send when request.b > 9000000000000000000 priority 5;
            rule sized: permit send when len(request.s) - request.b == 23;
            default deny;
            """;

    @Test
    void a_query_z3_throws_on_is_an_inconclusive_finding_that_fails_the_check(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("unfolding.charter"), UNFOLDING);
        CliRun run = CliRun.of("check", file.toString());
        assertEquals(ExitStatus.FAILED, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("inconclusive"), run.out());
        assertTrue(run.out().contains("reached max unfolding, on query send."), run.out());
        assertEquals("", run.err());
    }

    @Test
    void its_json_report_names_the_query_and_z3s_reason(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("unfolding.charter"), UNFOLDING);
        CliRun run = CliRun.of("check", "--format", "json", file.toString());
        assertEquals(ExitStatus.FAILED, run.status(), run.out() + run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        boolean named = false;
        for (JsonNode finding : report.get("findings")) {
            named |= finding.get("kind").asText().equals("inconclusive")
                    && finding.get("message")
                            .asText()
                            .contains("Z3 answered unknown (error: reached max unfolding, on query send.");
        }
        assertTrue(named, run.out());
        assertEquals(1, run.out().strip().lines().count());
    }
}
