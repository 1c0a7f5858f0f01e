package dev.charter.runtime.bundle;

import static dev.charter.runtime.bundle.IrJson.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.keys.Sha256;
import dev.charter.runtime.keys.SignatureDomain;
import dev.charter.runtime.keys.SigningKey;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Writes bundle files: the canonical (RFC 8785) JSON envelope of {@code docs/bundle-format.md}
 * holding the content, its SHA-256 digest and an Ed25519 signature of that digest. The output
 * is a pure function of the content and the key: same sources, same bytes.
 */
public final class BundleWriter {

    /** The format name every bundle starts with; the signature domain carries the same version. */
    public static final String FORMAT = "charter-bundle/v1";

    private BundleWriter() {}

    /** The signed bundle file of {@code content}. */
    public static byte[] write(BundleContent content, SigningKey key) {
        ObjectNode contentJson = BundleJson.encodeContent(content);
        String digest = Sha256.text(CanonicalJson.bytes(contentJson));
        byte[] signature = key.sign(SignatureDomain.BUNDLE, digest.getBytes(StandardCharsets.US_ASCII));
        ObjectNode signatureJson = JSON.objectNode()
                .put("algorithm", BundleJson.ALGORITHM)
                .put("key_id", key.keyId().hex())
                .put("value", HexFormat.of().formatHex(signature));
        return envelope(contentJson, digest, signatureJson);
    }

    /**
     * The same file without a signature. Every runtime refuses it ({@code UNSIGNED}); it exists
     * for inspection and for testing that refusal.
     */
    public static byte[] writeUnsigned(BundleContent content) {
        ObjectNode contentJson = BundleJson.encodeContent(content);
        return envelope(contentJson, Sha256.text(CanonicalJson.bytes(contentJson)), null);
    }

    private static byte[] envelope(ObjectNode content, String digest, ObjectNode signature) {
        ObjectNode envelope = JSON.objectNode().put("format", FORMAT).put("digest", digest);
        envelope.set("content", content);
        envelope.set("signature", signature == null ? JSON.nullNode() : signature);
        return CanonicalJson.bytes(envelope);
    }
}
