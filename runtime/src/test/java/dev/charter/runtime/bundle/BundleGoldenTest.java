package dev.charter.runtime.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.runtime.keys.TrustStore;
import java.io.IOException;
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
        check("minimal.bundle", BundleWriter.write(BundleFixtures.content(SamplePrograms.minimal()), BundleFixtures.fixedKey()));
    }

    @Test
    void theFintechBundleHasItsGoldenBytes() throws Exception {
        check("fintech.bundle", BundleWriter.write(BundleFixtures.content(SamplePrograms.fintech()), BundleFixtures.fixedKey()));
    }

    @Test
    void theGoldenBundlesStillVerify() throws Exception {
        TrustStore trust = TrustStore.of(List.of(BundleFixtures.fixedKey().publicKey()));
        for (String name : List.of("minimal.bundle", "fintech.bundle")) {
            BundleReader.read(Files.readAllBytes(GOLDEN.resolve(name)), trust);
        }
    }

    private static void check(String name, byte[] actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("charter.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(file, actual);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
    }
}
