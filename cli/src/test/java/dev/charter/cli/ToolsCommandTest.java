package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter tools import -o}: the file written, and what is printed beside it. */
class ToolsCommandTest {

    private static final String FILESYSTEM = "../examples/mcp-filesystem/tools-list.json";

    @Test
    void output_writes_the_declarations_standard_output_would_show(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/tools.charter");
        CliRun toFile = CliRun.of("tools", "import", FILESYSTEM, "-o", out.toString());
        CliRun toStdout = CliRun.of("tools", "import", FILESYSTEM);
        assertEquals(ExitStatus.OK, toFile.status(), toFile.err());
        assertEquals("wrote " + out + "\n", toFile.out());
        assertEquals(toStdout.out(), Files.readString(out));
        assertEquals(toStdout.err(), toFile.err());
    }

    @Test
    void json_with_an_output_file_names_it_and_leaves_declarations_null(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("tools.charter");
        CliRun run = CliRun.of("tools", "import", "--format", "json", "-o", out.toString(), FILESYSTEM);
        assertEquals(ExitStatus.OK, run.status());
        assertEquals("", run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(out.toString(), json.get("output").asText());
        assertTrue(json.get("declarations").isNull());
        assertEquals(14, json.get("written").asInt());
        assertEquals(5, json.get("diagnostics").size());
        assertTrue(Files.readString(out).contains("action move_file {"));
    }
}
