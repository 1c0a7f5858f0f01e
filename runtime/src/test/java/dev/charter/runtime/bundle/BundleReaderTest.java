package dev.charter.runtime.bundle;

import static dev.charter.runtime.bundle.BundleFixtures.content;
import static dev.charter.runtime.bundle.BundleFixtures.signedEnvelope;
import static dev.charter.runtime.bundle.BundleFixtures.tree;
import static dev.charter.runtime.bundle.ProgramAssertions.assertSameProgram;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.bundle.BundleRejectedException.Reason;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.keys.Sha256;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BundleReaderTest {

    private static final SigningKey KEY = BundleFixtures.fixedKey();
    private static final TrustStore TRUST = TrustStore.of(List.of(KEY.publicKey()));

    @Test
    void aSignedBundleReadsBackWithEverythingItHolds() throws BundleRejectedException {
        AnalysisSummary summary = new AnalysisSummary(
                "sha256:" + "ab".repeat(32), new TreeMap<>(Map.of("conflict", 0, "override", 2)), true);
        BundleContent written = content(SamplePrograms.fintech()).withAnalysis(summary);
        Bundle bundle = BundleReader.read(BundleWriter.write(written, KEY), TRUST);
        assertSameProgram(written.program(), bundle.program());
        assertEquals("fintech-lending-agent", bundle.metadata().name());
        assertEquals("0.1.0-test", bundle.compilerVersion());
        assertEquals(written.sourceDigests(), bundle.sourceDigests());
        assertEquals(
                List.of("lending.charter", "roles.charter"),
                List.copyOf(bundle.sourceDigests().keySet()));
        assertEquals(summary, bundle.analysis().orElseThrow());
        assertEquals(KEY.keyId(), bundle.keyId());
        assertEquals(Sha256.text(CanonicalJson.bytes(BundleJson.encodeContent(written))), bundle.digest());
    }

    @Test
    void theSameContentGivesTheSameBytes() {
        byte[] first = BundleWriter.write(content(SamplePrograms.everyNode()), KEY);
        byte[] second = BundleWriter.write(content(SamplePrograms.everyNode()), KEY);
        assertArrayEquals(first, second);
    }

    @Test
    void theDigestNamesTheContentWhoeverSignedIt() throws BundleRejectedException {
        SigningKey other = SigningKey.generate();
        TrustStore both = TrustStore.of(List.of(KEY.publicKey(), other.publicKey()));
        Bundle a = BundleReader.read(BundleWriter.write(content(SamplePrograms.fintech()), KEY), both);
        Bundle b = BundleReader.read(BundleWriter.write(content(SamplePrograms.fintech()), other), both);
        assertEquals(a.digest(), b.digest());
    }

    @Test
    void aBundleSignedByAnUntrustedKeyIsRefused() {
        SigningKey stranger = SigningKey.generate();
        byte[] bundle = BundleWriter.write(content(SamplePrograms.fintech()), stranger);
        BundleRejectedException e = assertThrows(BundleRejectedException.class, () -> BundleReader.read(bundle, TRUST));
        assertEquals(Reason.UNTRUSTED_KEY, e.reason());
        assertEquals(
                "bundle rejected: signed by key " + stranger.keyId() + ", which the trust store does not list",
                e.getMessage());
    }

    @Test
    void anEmptyTrustStoreRefusesEveryBundle() {
        byte[] bundle = BundleWriter.write(content(SamplePrograms.fintech()), KEY);
        assertEquals(Reason.UNTRUSTED_KEY, rejection(bundle, TrustStore.empty()));
    }

    @Test
    void anUnsignedBundleIsRefused() {
        byte[] bundle = BundleWriter.writeUnsigned(content(SamplePrograms.fintech()));
        BundleRejectedException e = assertThrows(BundleRejectedException.class, () -> BundleReader.read(bundle, TRUST));
        assertEquals(Reason.UNSIGNED, e.reason());
        assertEquals("bundle rejected: it is unsigned", e.getMessage());
    }

    @Test
    void changedContentWithItsDigestUpdatedFailsTheSignature() {
        ObjectNode envelope = tree(BundleWriter.write(content(SamplePrograms.fintech()), KEY));
        ((ObjectNode) envelope.get("content")).put("compiler", "0.1.0-evil");
        envelope.put("digest", Sha256.text(CanonicalJson.bytes(envelope.get("content"))));
        assertEquals(Reason.BAD_SIGNATURE, rejection(CanonicalJson.bytes(envelope), TRUST));
    }

    @Test
    void changedContentWithTheOldDigestIsReportedAsTampered() {
        ObjectNode envelope = tree(BundleWriter.write(content(SamplePrograms.fintech()), KEY));
        ((ObjectNode) envelope.get("content").get("program").get("rules").get(2)).put("priority", "-1");
        BundleRejectedException e = assertThrows(
                BundleRejectedException.class, () -> BundleReader.read(CanonicalJson.bytes(envelope), TRUST));
        assertEquals(Reason.DIGEST_MISMATCH, e.reason());
        assertTrue(
                e.getMessage().startsWith("bundle rejected: tampered: its content digest is sha256:"), e.getMessage());
    }

    @Test
    void anotherBundlesSignatureDoesNotTransfer() {
        ObjectNode fintech = tree(BundleWriter.write(content(SamplePrograms.fintech()), KEY));
        ObjectNode other = tree(BundleWriter.write(content(SamplePrograms.everyNode()), KEY));
        fintech.set("signature", other.get("signature"));
        assertEquals(Reason.BAD_SIGNATURE, rejection(CanonicalJson.bytes(fintech), TRUST));
    }

    @Test
    void aNonCanonicalSpellingOfAValidBundleIsRefused() {
        String canonical =
                new String(BundleWriter.write(content(SamplePrograms.fintech()), KEY), StandardCharsets.UTF_8);
        assertEquals(Reason.MALFORMED, rejection((canonical + "\n").getBytes(StandardCharsets.UTF_8), TRUST));
        assertEquals(
                Reason.MALFORMED,
                rejection(canonical.replaceFirst("\\{", "{ ").getBytes(StandardCharsets.UTF_8), TRUST));
        String escaped = canonical.replace("\"fintech-lending-agent\"", "\"\\u0066intech-lending-agent\"");
        assertEquals(Reason.MALFORMED, rejection(escaped.getBytes(StandardCharsets.UTF_8), TRUST));
    }

    @Test
    void anUnknownFormatIsRefusedAsSuch() {
        ObjectNode envelope = tree(BundleWriter.write(content(SamplePrograms.fintech()), KEY));
        envelope.put("format", "charter-bundle/v2");
        BundleRejectedException e = assertThrows(
                BundleRejectedException.class, () -> BundleReader.read(CanonicalJson.bytes(envelope), TRUST));
        assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason());
        assertEquals(
                "bundle rejected: unsupported format 'charter-bundle/v2', this runtime reads charter-bundle/v1",
                e.getMessage());
    }

    @Test
    void aSignedButInvalidProgramIsRefused() {
        ObjectNode content = BundleJson.encodeContent(content(SamplePrograms.fintech()));
        ((ObjectNode) content.get("program").get("rules").get(0)).put("route", "anywhere");
        BundleRejectedException e = assertThrows(
                BundleRejectedException.class, () -> BundleReader.read(signedEnvelope(content, KEY), TRUST));
        assertEquals(Reason.INVALID_PROGRAM, e.reason());
        assertEquals(
                "bundle rejected: its program is invalid: rule balance_ok: a route is given exactly for escalate",
                e.getMessage());
    }

    @Test
    void signedContentOfTheWrongShapeIsRefusedWithItsPath() {
        ObjectNode content = BundleJson.encodeContent(content(SamplePrograms.fintech()));
        content.put("timestamp", "2026-01-01T00:00:00Z");
        BundleRejectedException e = assertThrows(
                BundleRejectedException.class, () -> BundleReader.read(signedEnvelope(content, KEY), TRUST));
        assertEquals(Reason.MALFORMED, e.reason());
        assertEquals("bundle rejected: malformed: $.content: unexpected member 'timestamp'", e.getMessage());
    }

    @Test
    void aNonCanonicalProgramEncodingIsRefusedEvenWhenSigned() {
        ObjectNode content = BundleJson.encodeContent(content(SamplePrograms.fintech()));
        ObjectNode amount = (ObjectNode) content.get("program")
                .get("rules")
                .get(1)
                .get("condition")
                .get("operands")
                .get(1)
                .get("right")
                .get("value");
        amount.put("value", "10000.00");
        BundleRejectedException e = assertThrows(
                BundleRejectedException.class, () -> BundleReader.read(signedEnvelope(content, KEY), TRUST));
        assertEquals(
                "bundle rejected: malformed: $.content.program is not the canonical encoding of its program",
                e.getMessage());
    }

    @Test
    void garbageIsRefusedAsMalformed() {
        assertEquals(Reason.MALFORMED, rejection(new byte[0], TRUST));
        assertEquals(Reason.MALFORMED, rejection("[]".getBytes(StandardCharsets.UTF_8), TRUST));
        assertEquals(Reason.MALFORMED, rejection("{\"format\":".getBytes(StandardCharsets.UTF_8), TRUST));
        assertEquals(Reason.MALFORMED, rejection(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0}, TRUST));
    }

    static Reason rejection(byte[] bundle, TrustStore trust) {
        return assertThrows(BundleRejectedException.class, () -> BundleReader.read(bundle, trust))
                .reason();
    }
}
