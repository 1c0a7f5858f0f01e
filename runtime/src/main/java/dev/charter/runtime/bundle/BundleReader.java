package dev.charter.runtime.bundle;

import static dev.charter.runtime.bundle.BundleRejectedException.Reason.BAD_SIGNATURE;
import static dev.charter.runtime.bundle.BundleRejectedException.Reason.DIGEST_MISMATCH;
import static dev.charter.runtime.bundle.BundleRejectedException.Reason.INVALID_PROGRAM;
import static dev.charter.runtime.bundle.BundleRejectedException.Reason.MALFORMED;
import static dev.charter.runtime.bundle.BundleRejectedException.Reason.UNSIGNED;
import static dev.charter.runtime.bundle.BundleRejectedException.Reason.UNSUPPORTED_FORMAT;
import static dev.charter.runtime.bundle.BundleRejectedException.Reason.UNTRUSTED_KEY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.runtime.ir.InvalidProgramException;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.keys.KeyFormatException;
import dev.charter.runtime.keys.KeyId;
import dev.charter.runtime.keys.PublicKey;
import dev.charter.runtime.keys.Sha256;
import dev.charter.runtime.keys.SignatureDomain;
import dev.charter.runtime.keys.TrustStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Reads and verifies a bundle file. Checks, in order, stopping at the first that fails:
 * the bytes are canonical JSON (so a bundle has exactly one accepted spelling), the envelope has
 * the documented members and format, the digest is that of the content, a signature is present,
 * its key id is trusted, the signature verifies, and only then is the content decoded and the
 * program validated. Every failure is a {@link BundleRejectedException}; nothing else escapes.
 */
public final class BundleReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private BundleReader() {}

    /**
     * The verified bundle in {@code bytes}.
     *
     * @throws BundleRejectedException saying why the bundle cannot be trusted
     */
    public static Bundle read(byte[] bytes, TrustStore trust) throws BundleRejectedException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(trust, "trust");
        try {
            return verify(bytes, trust);
        } catch (BundleRejectedException e) {
            throw e;
        } catch (InvalidProgramException e) {
            throw new BundleRejectedException(
                    INVALID_PROGRAM, "bundle rejected: its program is invalid: " + String.join("; ", e.problems()));
        } catch (RuntimeException e) {
            // Fail closed on anything unforeseen: a bundle that cannot be read is not run.
            throw malformed(
                    e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    private static Bundle verify(byte[] bytes, TrustStore trust) throws BundleRejectedException {
        StrictObject envelope = StrictObject.of(parseCanonical(bytes), "$");
        String format = envelope.string("format");
        if (!format.equals(BundleWriter.FORMAT)) {
            throw new BundleRejectedException(
                    UNSUPPORTED_FORMAT,
                    "bundle rejected: unsupported format '" + format + "', this runtime reads " + BundleWriter.FORMAT);
        }
        JsonNode content = envelope.node("content");
        String digest = envelope.string("digest");
        String actual = Sha256.text(CanonicalJson.bytes(content));
        if (!actual.equals(digest)) {
            throw new BundleRejectedException(
                    DIGEST_MISMATCH,
                    "bundle rejected: tampered: its content digest is " + actual + " but it records " + digest);
        }
        if (envelope.node("signature").isNull()) {
            throw new BundleRejectedException(UNSIGNED, "bundle rejected: it is unsigned");
        }
        KeyId keyId = checkSignature(envelope.object("signature"), digest, trust);
        envelope.done();
        BundleContent decoded = BundleJson.decodeContent(content);
        if (!Arrays.equals(
                CanonicalJson.bytes(ProgramEncoder.encode(decoded.program())),
                CanonicalJson.bytes(content.get("program")))) {
            throw malformed("$.content.program is not the canonical encoding of its program");
        }
        return new Bundle(decoded, digest, keyId);
    }

    private static JsonNode parseCanonical(byte[] bytes) throws BundleRejectedException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw malformed("not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw malformed("not JSON (" + e.getMessage() + ")");
        }
        if (tree == null || !Arrays.equals(bytes, CanonicalJson.bytes(tree))) {
            throw malformed("not in canonical JSON form (RFC 8785)");
        }
        return tree;
    }

    private static KeyId checkSignature(StrictObject signature, String digest, TrustStore trust)
            throws BundleRejectedException {
        String algorithm = signature.string("algorithm");
        if (!algorithm.equals(BundleJson.ALGORITHM)) {
            throw malformed("$.signature.algorithm: unknown algorithm '" + algorithm + "'");
        }
        KeyId keyId;
        try {
            keyId = KeyId.parse(signature.string("key_id"));
        } catch (KeyFormatException e) {
            throw malformed("$.signature.key_id: " + e.getMessage());
        }
        String value = signature.string("value");
        if (value.length() != 2 * PublicKey.SIGNATURE_SIZE || !value.chars().allMatch(BundleReader::isLowerHex)) {
            // Lower case only: were "A" accepted for "a", a flipped bit would leave a valid bundle.
            throw malformed("$.signature.value: expected " + 2 * PublicKey.SIGNATURE_SIZE + " lower-case hex digits");
        }
        signature.done();
        PublicKey key = trust.key(keyId)
                .orElseThrow(() -> new BundleRejectedException(
                        UNTRUSTED_KEY,
                        "bundle rejected: signed by key " + keyId + ", which the trust store does not list"));
        byte[] message = digest.getBytes(StandardCharsets.US_ASCII);
        if (!key.verify(SignatureDomain.BUNDLE, message, HexFormat.of().parseHex(value))) {
            throw new BundleRejectedException(
                    BAD_SIGNATURE,
                    "bundle rejected: tampered: its signature does not " + "verify under trusted key " + keyId);
        }
        return keyId;
    }

    private static boolean isLowerHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    private static BundleRejectedException malformed(String why) {
        return new BundleRejectedException(MALFORMED, "bundle rejected: malformed: " + why);
    }
}
