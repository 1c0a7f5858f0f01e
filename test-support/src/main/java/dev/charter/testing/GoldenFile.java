package dev.charter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/**
 * Output compared with a file checked in beside the tests, byte for byte as UTF-8 text: the one
 * golden-file harness of every module. Run the tests with {@code -Dcharter.golden.update=true}
 * ({@link #UPDATE_PROPERTY}) to rewrite the files from the current output instead, then review
 * the diff like code before committing it.
 */
public final class GoldenFile {

    /** The system property that rewrites golden files instead of comparing with them. */
    public static final String UPDATE_PROPERTY = "charter.golden.update";

    private GoldenFile() {}

    /** Whether this run rewrites golden files rather than comparing with them. */
    public static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /**
     * Fails, with both texts for a diff, unless {@code golden} holds exactly {@code actual}; when
     * {@link #updating()}, writes {@code actual} to {@code golden} instead (creating its folder).
     */
    public static void assertMatches(Path golden, String actual) {
        try {
            if (updating()) {
                Files.createDirectories(golden.toAbsolutePath().getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(golden)) {
                throw new AssertionFailedError(
                        golden + " is missing; run with -D" + UPDATE_PROPERTY + "=true to write it");
            }
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                throw new AssertionFailedError(
                        "output differs from " + golden + "; run with -D" + UPDATE_PROPERTY + "=true to accept it",
                        expected,
                        actual);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
