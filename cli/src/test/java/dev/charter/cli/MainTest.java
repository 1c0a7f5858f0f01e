package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void version_names_the_build_version() {
        CliRun run = CliRun.of("--version");
        assertEquals(ExitStatus.OK, run.status());
        assertEquals("charter " + CharterVersion.current() + System.lineSeparator(), run.out());
        assertTrue(CharterVersion.current().matches("\\d+\\.\\d+\\.\\d+.*"), CharterVersion.current());
    }

    @Test
    void no_subcommand_is_a_usage_error_that_lists_the_subcommands() {
        CliRun run = CliRun.of();
        assertEquals(ExitStatus.USAGE, run.status());
        assertTrue(run.err().contains("missing subcommand"), run.err());
        assertTrue(run.err().contains("check"), run.err());
    }

    @Test
    void unknown_subcommand_is_a_usage_error() {
        CliRun run = CliRun.of("frobnicate");
        assertEquals(ExitStatus.USAGE, run.status());
        assertTrue(run.err().contains("'frobnicate'"), run.err());
    }

    @Test
    void check_without_files_is_a_usage_error() {
        CliRun run = CliRun.of("check");
        assertEquals(ExitStatus.USAGE, run.status());
        assertTrue(run.err().contains("FILE"), run.err());
    }

    @Test
    void check_of_a_missing_file_names_it_in_one_line_and_exits_2(@TempDir Path dir) {
        Path missing = dir.resolve("absent.charter");
        CliRun run = CliRun.of("check", missing.toString());
        assertEquals(ExitStatus.USAGE, run.status());
        assertEquals("charter: " + missing + ": no such file" + System.lineSeparator(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void check_of_a_directory_exits_2(@TempDir Path dir) {
        CliRun run = CliRun.of("check", dir.toString());
        assertEquals(ExitStatus.USAGE, run.status());
        assertTrue(run.err().contains("is a directory"), run.err());
    }

    @Test
    void check_of_an_unreadable_file_exits_2(@TempDir Path dir) throws IOException {
        Path locked = Files.writeString(dir.resolve("locked.charter"), "constitution");
        boolean madeUnreadable = locked.toFile().setReadable(false);
        assumeTrue(madeUnreadable && !Files.isReadable(locked), "root reads every file");
        CliRun run = CliRun.of("check", locked.toString());
        assertEquals(ExitStatus.USAGE, run.status());
        assertTrue(run.err().contains("permission denied"), run.err());
    }
}
