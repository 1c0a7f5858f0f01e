package dev.charter.runtime.bundle;

import static dev.charter.runtime.bundle.IrJson.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.keys.KeyFormatException;
import dev.charter.runtime.keys.Sha256;
import dev.charter.runtime.keys.SignatureDomain;
import dev.charter.runtime.keys.SigningKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Keys, contents and hand-made envelopes for the bundle tests. */
final class BundleFixtures {

    private BundleFixtures() {}

    /** A fixed key (RFC 8032 test 1), so that golden bundles do not change between runs. */
    static SigningKey fixedKey() {
        try {
            return SigningKey.fromSeed(
                    HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        } catch (KeyFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    static BundleContent content(Program program) {
        return BundleContent.builder(program)
                .compilerVersion("0.1.0-test")
                .source("lending.charter", "constitution \"fintech-lending-agent\" version 3 { }\n")
                .source("roles.charter", "enum Role { teller, senior_ops, auditor }\n")
                .build();
    }

    static ObjectNode tree(byte[] bundle) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(bundle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An envelope around arbitrary content, digested and signed correctly by {@code key}: what an
     * attacker holding a key could produce, or a buggy compiler.
     */
    static byte[] signedEnvelope(JsonNode content, SigningKey key) {
        String digest = Sha256.text(CanonicalJson.bytes(content));
        byte[] signature = key.sign(SignatureDomain.BUNDLE, digest.getBytes(StandardCharsets.US_ASCII));
        ObjectNode envelope =
                JSON.objectNode().put("format", BundleWriter.FORMAT).put("digest", digest);
        envelope.set("content", content);
        envelope.set(
                "signature",
                JSON.objectNode()
                        .put("algorithm", "ed25519")
                        .put("key_id", key.keyId().hex())
                        .put("value", HexFormat.of().formatHex(signature)));
        return CanonicalJson.bytes(envelope);
    }
}
