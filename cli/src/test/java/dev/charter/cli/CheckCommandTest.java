package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @Test
    void three_megabytes_of_garbage_is_an_error_not_a_crash(@TempDir Path dir) throws IOException {
        byte[] garbage = new byte[3 * 1024 * 1024];
        new Random(20260301).nextBytes(garbage);
        Path file = Files.write(dir.resolve("garbage.charter"), garbage);
        CliRun run = CliRun.of("check", file.toString());
        assertEquals(ExitStatus.FAILED, run.status(), run.err());
        assertTrue(run.out().startsWith("error["), run.out());
        assertEquals("", run.err());
    }

    @Test
    void json_output_is_exactly_one_object_with_diagnostics_and_findings(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.charter"), "rule broken permit;\nrule also broken;\n");
        CliRun run = CliRun.of("check", "--format", "json", file.toString());
        assertEquals(ExitStatus.FAILED, run.status());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(2, report.size());
        assertTrue(report.get("findings").isArray());
        assertTrue(report.get("diagnostics").size() >= 2, run.out());
        for (JsonNode diagnostic : report.get("diagnostics")) {
            assertEquals(7, diagnostic.size(), diagnostic.toString());
            assertEquals(file.toString(), diagnostic.get("file").textValue());
        }
        assertEquals(1, run.out().strip().lines().count());
    }
}
