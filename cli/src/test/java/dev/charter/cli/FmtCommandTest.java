package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter fmt}: the examples in canonical layout (golden), in place, {@code --check} for CI, and standard input. */
class FmtCommandTest {

    @TempDir
    Path dir;

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("../examples"))) {
            return files.filter(p -> p.toString().endsWith(".charter")).sorted().toList();
        }
    }

    @Test
    void every_example_formats_to_its_golden_layout() throws IOException {
        List<Path> examples = examples();
        for (Path example : examples) {
            CliRun run = CliRun.withInput(Files.readString(example), "fmt", "-");
            assertEquals(ExitStatus.OK, run.status(), run.err());
            String directory = example.getParent().getFileName().toString();
            boolean alone = examples.stream()
                            .filter(e -> e.getParent().equals(example.getParent()))
                            .count()
                    == 1;
            Golden.assertText(
                    "fmt/" + directory
                            + (alone
                                    ? ""
                                    : "-" + example.getFileName().toString().replace(".charter", "")) + ".charter",
                    run.out());
        }
    }

    @Test
    void check_lists_the_files_not_formatted_and_fails() {
        Golden.assertRun("fmt/check-examples.txt", "fmt", "--check", "../examples");
    }

    @Test
    void formats_files_in_place_and_then_finds_nothing_to_do() throws IOException {
        Path example = Path.of("../examples/fintech/lending.charter");
        Path file = Files.copy(example, dir.resolve("lending.charter"));
        CliRun first = CliRun.of("fmt", file.toString());
        assertEquals(ExitStatus.OK, first.status(), first.err());
        assertEquals("formatted " + file + "\n", first.out());
        assertEquals(CliRun.withInput(Files.readString(example), "fmt", "-").out(), Files.readString(file));
        CliRun second = CliRun.of("fmt", dir.toString());
        assertEquals(ExitStatus.OK, second.status(), second.err());
        assertEquals("", second.out());
        assertEquals(ExitStatus.OK, CliRun.of("fmt", "--check", file.toString()).status());
    }

    @Test
    void a_file_with_syntax_errors_is_left_alone_and_its_errors_printed() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.charter"), "rule r: permit;\n");
        CliRun run = CliRun.of("fmt", file.toString());
        assertEquals(ExitStatus.FAILED, run.status());
        assertTrue(run.err().contains("error[syntax-error]"), run.err());
        assertTrue(run.err().endsWith(file + ": not formatted\n"), run.err());
        assertEquals("rule r: permit;\n", Files.readString(file));
    }

    @Test
    void a_file_that_is_not_utf8_is_left_byte_for_byte_as_it_is() throws IOException {
        byte[] latin1 = "// caf\u00e9\naction  pay {}\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.charter"), latin1);
        CliRun run = CliRun.of("fmt", file.toString());
        assertEquals(ExitStatus.USAGE, run.status());
        assertEquals("charter: " + file + ": is not UTF-8 text; left as it is\n", run.err());
        assertArrayEquals(latin1, Files.readAllBytes(file));
    }

    @Test
    void standard_input_goes_alone() {
        CliRun run = CliRun.of("fmt", "-", "../examples/fintech/lending.charter");
        assertEquals(ExitStatus.USAGE, run.status());
        assertTrue(run.err().contains("standard input"), run.err());
    }
}
