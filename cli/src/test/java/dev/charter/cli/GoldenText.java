package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A golden file for output a test has already normalised (temporary paths, random key ids);
 * {@code -Dcharter.golden.update=true} rewrites it, as for {@link Golden}.
 */
final class GoldenText {

    private GoldenText() {
    }

    static void assertMatches(String goldenName, String actual) {
        Path file = Golden.ROOT.resolve(goldenName);
        try {
            if (Boolean.getBoolean("charter.golden.update")) {
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
