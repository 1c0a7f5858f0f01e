package dev.charter.cli;

import dev.charter.testing.GoldenFile;
import java.nio.file.Path;

/**
 * Golden files of CLI output: a run's command line, exit status and both streams, compared
 * byte for byte with a file under {@code src/test/resources/golden} through {@link GoldenFile}
 * ({@code -Dcharter.golden.update=true} rewrites them).
 */
final class Golden {

    static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {}

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
        GoldenFile.assertMatches(ROOT.resolve(goldenName), actual);
    }
}
