package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a file checked in beside the tests. Run with
 * {@code -Dcharter.regenerate-golden=true} to rewrite the files from the current output instead
 * (then review the diff before committing).
 */
public final class GoldenFile {

    public static final boolean REGENERATE = Boolean.getBoolean("charter.regenerate-golden");

    private GoldenFile() {
    }

    public static void assertMatches(Path golden, String actual) {
        try {
            if (REGENERATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(golden), golden + " is missing; run with -Dcharter.regenerate-golden=true");
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "differs from " + golden);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
