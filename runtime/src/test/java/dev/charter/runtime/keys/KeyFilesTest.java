package dev.charter.runtime.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {

    @TempDir
    Path dir;

    @Test
    void aPrivateKeyFileReadsBackAsTheSameKey() throws Exception {
        SigningKey key = SigningKey.generate();
        Path file = dir.resolve("charter.key");
        KeyFiles.writeSigningKey(file, key);
        SigningKey read = KeyFiles.readSigningKey(file);
        assertEquals(key.publicKey(), read.publicKey());
        byte[] message = {1, 2, 3};
        assertTrue(key.publicKey().verify(SignatureDomain.BUNDLE, message, read.sign(SignatureDomain.BUNDLE, message)));
    }

    @Test
    void aPrivateKeyFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("charter.key");
        KeyFiles.writeSigningKey(file, SigningKey.generate());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aPublicKeyFileReadsBackAsTheSameKey() throws Exception {
        PublicKey key = SigningKey.generate().publicKey();
        Path file = dir.resolve("charter.pub");
        KeyFiles.writePublicKey(file, key);
        assertEquals(key, KeyFiles.readPublicKey(file));
        assertEquals("ed25519 " + key.keyId() + " ", Files.readString(file).substring(0, 25));
    }

    @Test
    void existingKeyFilesAreNeverOverwritten() throws Exception {
        Path file = dir.resolve("charter.key");
        Files.writeString(file, "precious");
        assertThrows(FileAlreadyExistsException.class, () -> KeyFiles.writeSigningKey(file, SigningKey.generate()));
        assertEquals("precious", Files.readString(file));
    }

    @Test
    void aKeyIdThatDoesNotMatchItsKeyIsReportedWithItsLine() throws Exception {
        PublicKey key = SigningKey.generate().publicKey();
        String line = KeyText.publicLine(key).replace(key.keyId().hex(), "0000000000000000");
        Path file = dir.resolve("bad.pub");
        Files.writeString(file, "# a comment\n" + line + "\n");
        KeyFormatException e = assertThrows(KeyFormatException.class, () -> KeyFiles.readPublicKey(file));
        assertEquals(
                file + ":2: key id 0000000000000000 does not match the key, whose id is " + key.keyId(),
                e.getMessage());
    }

    @Test
    void aPublicKeyIsNotAcceptedAsAPrivateKey() throws Exception {
        Path file = dir.resolve("charter.pub");
        KeyFiles.writePublicKey(file, SigningKey.generate().publicKey());
        KeyFormatException e = assertThrows(KeyFormatException.class, () -> KeyFiles.readSigningKey(file));
        assertEquals(file + ":1: expected 'ed25519-private KEYID HEX'", e.getMessage());
    }

    @Test
    void aKeyFileWithTwoKeysIsRefused() throws Exception {
        Path file = dir.resolve("two.pub");
        Files.writeString(
                file,
                KeyText.publicLine(SigningKey.generate().publicKey()) + "\n"
                        + KeyText.publicLine(SigningKey.generate().publicKey()) + "\n");
        KeyFormatException e = assertThrows(KeyFormatException.class, () -> KeyFiles.readPublicKey(file));
        assertEquals(file + ": expected exactly one 'ed25519 KEYID HEX' line, found 2", e.getMessage());
    }

    @Test
    void uppercaseHexIsRefusedSoThatEachKeyHasOneSpelling() throws Exception {
        String line = KeyText.publicLine(SigningKey.generate().publicKey());
        String upper = line.substring(0, 25) + line.substring(25).toUpperCase(java.util.Locale.ROOT);
        KeyFormatException e = assertThrows(KeyFormatException.class, () -> TrustStore.parse(upper, "trust.txt"));
        assertEquals("trust.txt:1: the key must be 64 lower-case hex digits", e.getMessage());
    }

    @Test
    void aTrustFileReadsBackWithItsKeys() throws Exception {
        PublicKey a = SigningKey.generate().publicKey();
        PublicKey b = SigningKey.generate().publicKey();
        Path file = dir.resolve("trust.txt");
        KeyFiles.writeTrustStore(file, TrustStore.of(List.of(a, b)));
        TrustStore read = TrustStore.read(file);
        assertEquals(TrustStore.of(List.of(b, a)).keys(), read.keys());
        assertEquals(a, read.key(a.keyId()).orElseThrow());
    }

    @Test
    void addingToATrustFileKeepsItsCommentsAndIsIdempotent() throws Exception {
        PublicKey a = SigningKey.generate().publicKey();
        PublicKey b = SigningKey.generate().publicKey();
        Path file = dir.resolve("trust.txt");
        Files.writeString(file, "# release keys\n" + KeyText.publicLine(a));
        assertTrue(KeyFiles.addToTrustFile(file, b));
        assertFalse(KeyFiles.addToTrustFile(file, b));
        assertEquals(
                "# release keys\n" + KeyText.publicLine(a) + "\n" + KeyText.publicLine(b) + "\n",
                Files.readString(file));
    }

    @Test
    void addingToAMissingTrustFileCreatesIt() throws Exception {
        PublicKey a = SigningKey.generate().publicKey();
        Path file = dir.resolve("trust.txt");
        assertTrue(KeyFiles.addToTrustFile(file, a));
        assertEquals(List.of(a), TrustStore.read(file).keys());
    }

    @Test
    void aTrustStoreVerifiesOnlyItsOwnKeysSignatures() throws IOException {
        SigningKey trusted = SigningKey.generate();
        SigningKey stranger = SigningKey.generate();
        TrustStore trust = TrustStore.of(List.of(trusted.publicKey()));
        byte[] message = {42};
        assertTrue(trust.verify(
                trusted.keyId(), SignatureDomain.BUNDLE, message, trusted.sign(SignatureDomain.BUNDLE, message)));
        assertFalse(trust.verify(
                stranger.keyId(), SignatureDomain.BUNDLE, message, stranger.sign(SignatureDomain.BUNDLE, message)));
        assertFalse(trust.verify(
                trusted.keyId(), SignatureDomain.BUNDLE, message, stranger.sign(SignatureDomain.BUNDLE, message)));
        assertTrue(TrustStore.empty().keys().isEmpty());
    }

    @Test
    void aBinaryKeyOrTrustFileIsRefusedNamingTheFile() throws Exception {
        Path binary = Files.write(dir.resolve("random.bin"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 7, (byte) 0xC3});
        List<Executable> reads = List.of(
                () -> KeyFiles.readSigningKey(binary),
                () -> KeyFiles.readPublicKey(binary),
                () -> TrustStore.read(binary),
                () -> KeyFiles.addToTrustFile(binary, SigningKey.generate().publicKey()));
        for (Executable read : reads) {
            KeyFormatException e = assertThrows(KeyFormatException.class, read);
            assertTrue(e.getMessage().startsWith(binary.toString() + ": "), e.getMessage());
            assertTrue(e.getMessage().contains("not UTF-8 text"), e.getMessage());
        }
    }

    @Test
    void aKeyFileThatCannotBeReadIsNamedInTheError() {
        IOException e = assertThrows(IOException.class, () -> KeyFiles.readSigningKey(dir));
        assertTrue(e.getMessage().startsWith(dir.toString()), e.getMessage());
    }
}
