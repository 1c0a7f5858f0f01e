package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

/** Key pairs a test makes with {@code charter keys generate}, each asserted to succeed. */
final class GeneratedKeys {

    private GeneratedKeys() {}

    /** Generates {@code NAME.key} and {@code NAME.pub} in {@code dir} for each name, adding each to its trust file. */
    static void generate(Path dir, String... names) {
        for (String name : names) {
            CliRun run = CliRun.of("keys", "generate", "--out", dir.toString(), "--name", name);
            assertEquals(ExitStatus.OK, run.status(), run.err());
        }
    }
}
