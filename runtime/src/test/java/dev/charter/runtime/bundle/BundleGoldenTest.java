package dev.charter.runtime.bundle;

import dev.charter.runtime.keys.TrustStore;
import dev.charter.testing.GoldenFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bytes of a bundle are part of the format: the golden files pin them, so a change to the
 * encoding shows up here and needs a new format version (and a look at docs/bundle-format.md).
 * Regenerate with {@code -Dcharter.golden.update=true}.
 */
class BundleGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/bundle");

    @Test
    void theMinimalBundleHasItsGoldenBytes() throws Exception {
        check(
                "minimal.bundle",
                BundleWriter.write(BundleFixtures.content(SamplePrograms.minimal()), BundleFixtures.fixedKey()));
    }

    @Test
    void theFintechBundleHasItsGoldenBytes() throws Exception {
        check(
                "fintech.bundle",
                BundleWriter.write(BundleFixtures.content(SamplePrograms.fintech()), BundleFixtures.fixedKey()));
    }

    @Test
    void theGoldenBundlesStillVerify() throws Exception {
        TrustStore trust = TrustStore.of(List.of(BundleFixtures.fixedKey().publicKey()));
        for (String name : List.of("minimal.bundle", "fintech.bundle")) {
            BundleReader.read(Files.readAllBytes(GOLDEN.resolve(name)), trust);
        }
    }

    /** A bundle is UTF-8 JSON, so comparing its text compares its bytes. */
    private static void check(String name, byte[] actual) {
        GoldenFile.assertMatches(GOLDEN.resolve(name), new String(actual, StandardCharsets.UTF_8));
    }
}
