package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of CLI output: a run's command line, exit status and both streams, compared
 * byte for byte with a file under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dcharter.golden.update=true} to rewrite the files from the current output, then review
 * the diff.
 */
final class Golden {

    static final Path ROOT = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("charter.golden.update");

    private Golden() {
    }

    static void assertRun(String goldenName, String... args) {
        CliRun run = CliRun.of(args);
        String actual = "$ charter " + String.join(" ", args) + "\n"
                + "exit " + run.status() + "\n"
                + "--- stdout\n" + run.out()
                + "--- stderr\n" + run.err();
        assertText(goldenName, actual);
    }

    /** Compares text a test has built itself (e.g. output with temporary paths normalised) with a golden file. */
    static void assertText(String goldenName, String actual) {
        Path file = ROOT.resolve(goldenName);
        try {
            if (UPDATE) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                    "output differs from " + file + "; rerun with -Dcharter.golden.update=true to accept it");
        } catch (IOException e) {
            throw new UncheckedIOException("golden file " + file + " is missing; rerun with -Dcharter.golden.update=true", e);
        }
    }
}
