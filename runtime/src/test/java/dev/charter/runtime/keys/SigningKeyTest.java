package dev.charter.runtime.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

    // RFC 8032 section 7.1, TEST 1.
    private static final byte[] RFC_SEED =
            HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private static final String RFC_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private static final String RFC_EMPTY_MESSAGE_SIGNATURE = "e5564300c360ac729086e2cc806e828a"
            + "84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

    private static final byte[] MESSAGE = "sha256:abc".getBytes(StandardCharsets.UTF_8);

    @Test
    void derivesTheRfc8032PublicKeyAndSignatureFromASeed() throws KeyFormatException {
        SigningKey key = SigningKey.fromSeed(RFC_SEED);
        assertEquals(RFC_PUBLIC, HexFormat.of().formatHex(key.publicKey().bytes()));
        assertTrue(key.publicKey().verifyRaw(new byte[0], HexFormat.of().parseHex(RFC_EMPTY_MESSAGE_SIGNATURE)));
    }

    @Test
    void keyIdIsTheFirstEightBytesOfTheSha256OfThePublicKey() throws KeyFormatException {
        // sha256(d75a98...511a) starts with 21fe31dfa154a261 (checked with `xxd -r -p | sha256sum`).
        assertEquals("21fe31dfa154a261", SigningKey.fromSeed(RFC_SEED).keyId().hex());
    }

    @Test
    void aSignatureVerifiesOnlyInItsOwnDomain() {
        SigningKey key = SigningKey.generate();
        byte[] signature = key.sign(SignatureDomain.BUNDLE, MESSAGE);
        assertTrue(key.publicKey().verify(SignatureDomain.BUNDLE, MESSAGE, signature));
        assertFalse(key.publicKey().verify(new SignatureDomain("charter/ledger/record/v1"), MESSAGE, signature));
        assertFalse(key.publicKey().verifyRaw(MESSAGE, signature), "a domain signature is not a plain one");
    }

    @Test
    void aSignatureDoesNotVerifyUnderAnotherKeyOrMessage() {
        SigningKey key = SigningKey.generate();
        byte[] signature = key.sign(SignatureDomain.BUNDLE, MESSAGE);
        assertFalse(SigningKey.generate().publicKey().verify(SignatureDomain.BUNDLE, MESSAGE, signature));
        assertFalse(key.publicKey()
                .verify(SignatureDomain.BUNDLE, "sha256:abd".getBytes(StandardCharsets.UTF_8), signature));
        assertFalse(key.publicKey().verify(SignatureDomain.BUNDLE, MESSAGE, new byte[10]));
    }

    @Test
    void signingIsDeterministic() throws KeyFormatException {
        SigningKey key = SigningKey.fromSeed(RFC_SEED);
        assertArrayEquals(key.sign(SignatureDomain.BUNDLE, MESSAGE), key.sign(SignatureDomain.BUNDLE, MESSAGE));
    }

    @Test
    void domainLabelsAreCharterPathsWithoutSeparators() {
        assertThrows(IllegalArgumentException.class, () -> new SignatureDomain("charter/bundle\nv1"));
        assertThrows(IllegalArgumentException.class, () -> new SignatureDomain("charter/bundle v1"));
        assertThrows(IllegalArgumentException.class, () -> new SignatureDomain(""));
        assertThrows(IllegalArgumentException.class, () -> new SignatureDomain("charter/"));
        assertThrows(IllegalArgumentException.class, () -> new SignatureDomain("ledger/record/v1"));
    }

    @Test
    void theSecretNeverAppearsInToString() throws KeyFormatException {
        String shown = SigningKey.fromSeed(RFC_SEED).toString();
        assertFalse(shown.contains("9d61b1"), shown);
        assertTrue(shown.contains("21fe31dfa154a261"), shown);
    }

    @Test
    void malformedKeyMaterialIsRefused() {
        assertThrows(KeyFormatException.class, () -> SigningKey.fromSeed(new byte[31]));
        assertThrows(KeyFormatException.class, () -> PublicKey.fromBytes(new byte[33]));
        assertThrows(KeyFormatException.class, () -> KeyId.parse("21FE31DFA154A261"));
        assertThrows(KeyFormatException.class, () -> KeyId.parse("21fe31"));
    }
}
