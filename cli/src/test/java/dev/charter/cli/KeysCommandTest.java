package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.keys.KeyFiles;
import dev.charter.runtime.keys.SignatureDomain;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter keys}: output against golden files (key ids and paths normalised), and the files it writes. */
class KeysCommandTest {

    private static final Pattern KEY_ID = Pattern.compile("\\b[0-9a-f]{16}\\b");

    @TempDir
    Path dir;

    @Test
    void generateWritesAKeyPairAndATrustFileThatVerifyEachOther() throws Exception {
        CliRun run = CliRun.of("keys", "generate", "--out", dir.resolve("keys").toString());
        assertGolden("keys/generate.txt", run);
        SigningKey key = KeyFiles.readSigningKey(dir.resolve("keys/charter.key"));
        assertEquals(key.publicKey(), KeyFiles.readPublicKey(dir.resolve("keys/charter.pub")));
        TrustStore trust = TrustStore.read(dir.resolve("keys/trust.txt"));
        byte[] message = "sha256:00".getBytes(StandardCharsets.US_ASCII);
        assertTrue(
                trust.verify(key.keyId(), SignatureDomain.BUNDLE, message, key.sign(SignatureDomain.BUNDLE, message)));
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keys/charter.key"))));
        assertTrue(run.out().contains(key.keyId().hex()), run.out());
    }

    @Test
    void generateNeverOverwritesAKey() throws IOException {
        CliRun.of("keys", "generate", "--out", dir.toString());
        String before = Files.readString(dir.resolve("charter.key"));
        assertGolden("keys/generate-again.txt", CliRun.of("keys", "generate", "--out", dir.toString()));
        assertEquals(before, Files.readString(dir.resolve("charter.key")));
    }

    @Test
    void aSecondKeyInTheSameDirectoryJoinsItsTrustFile() throws Exception {
        CliRun.of("keys", "generate", "--out", dir.toString());
        CliRun run = CliRun.of("keys", "generate", "--out", dir.toString(), "--name", "release-2");
        assertEquals(ExitStatus.OK, run.status(), run.err());
        assertEquals(
                List.of(
                                KeyFiles.readPublicKey(dir.resolve("charter.pub")),
                                KeyFiles.readPublicKey(dir.resolve("release-2.pub")))
                        .stream()
                        .sorted((a, b) -> a.keyId().hex().compareTo(b.keyId().hex()))
                        .toList(),
                TrustStore.read(dir.resolve("trust.txt")).keys());
    }

    @Test
    void trustAddsAPublicKeyOnce() throws Exception {
        CliRun.of("keys", "generate", "--out", dir.resolve("ci").toString());
        Path pub = dir.resolve("ci/charter.pub");
        Path trust = dir.resolve("runtime-trust.txt");
        assertGolden("keys/trust.txt", CliRun.of("keys", "trust", pub.toString(), "--trust", trust.toString()));
        assertGolden("keys/trust-again.txt", CliRun.of("keys", "trust", pub.toString(), "--trust", trust.toString()));
        assertEquals(
                List.of(KeyFiles.readPublicKey(pub)), TrustStore.read(trust).keys());
    }

    @Test
    void aMalformedPublicKeyFileIsOneLineAndExit2() throws IOException {
        Path pub = Files.writeString(dir.resolve("bad.pub"), "# pasted\ned25519 0011223344556677 abcd\n");
        assertGolden(
                "keys/trust-malformed.txt",
                CliRun.of(
                        "keys",
                        "trust",
                        pub.toString(),
                        "--trust",
                        dir.resolve("trust.txt").toString()));
    }

    @Test
    void aMissingPublicKeyFileIsOneLineAndExit2() {
        assertGolden(
                "keys/trust-missing.txt",
                CliRun.of(
                        "keys",
                        "trust",
                        dir.resolve("absent.pub").toString(),
                        "--trust",
                        dir.resolve("trust.txt").toString()));
    }

    @Test
    void keysAloneIsAUsageError() {
        CliRun run = CliRun.of("keys");
        assertEquals(ExitStatus.USAGE, run.status());
        assertTrue(run.err().startsWith("missing subcommand: generate, trust or rotate"), run.err());
    }

    @Test
    void generateWithoutOutIsAUsageError() {
        CliRun run = CliRun.of("keys", "generate");
        assertEquals(ExitStatus.USAGE, run.status());
        assertTrue(run.err().startsWith("Missing required option: '--out=DIR'"), run.err());
    }

    /** Key ids are random and the directory temporary: both are replaced before comparing. */
    private void assertGolden(String name, CliRun run) {
        String out = normalise(run.out());
        String err = normalise(run.err());
        Golden.assertText(name, "exit " + run.status() + "\n--- stdout\n" + out + "--- stderr\n" + err);
    }

    private String normalise(String text) {
        Matcher ids = KEY_ID.matcher(text.replace(dir.toString(), "<DIR>"));
        return ids.replaceAll("<KEYID>");
    }
}
