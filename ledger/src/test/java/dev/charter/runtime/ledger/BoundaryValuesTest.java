package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.FintechFixture;
import dev.charter.runtime.InvalidFactsException;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.json.JsonLimits;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Requests at and beyond the boundary's limits: each is decided on exactly the values its record
 * holds, its record is bounded and valid, the ledger verifies and reopens, and replay reproduces
 * every decision byte for byte.
 */
class BoundaryValuesTest {

    private static final SigningKey BUNDLE_KEY = TestRecords.key(20);
    private static final SigningKey LEDGER_KEY = TestRecords.key(21);
    private static final TrustStore KEYS = TrustStore.of(List.of(BUNDLE_KEY.publicKey(), LEDGER_KEY.publicKey()));
    private static final String CONTEXT = "\"context\":{\"identity_verified\":true,\"account_status\":\"active\","
            + "\"market_halted\":false},\"time\":\"2026-04-14T11:42:09Z\"";

    @TempDir
    Path dir;

    private static String payment(String agent, String amount, String destination) {
        return "{\"agent\":" + agent + ",\"action\":\"initiate_payment\",\"request\":{\"amount\":" + amount
                + ",\"destination\":" + destination + "}," + CONTEXT + "}";
    }

    private static Bundle bundle() throws Exception {
        return BundleReader.read(
                BundleWriter.write(
                        BundleContent.builder(FintechFixture.program())
                                .compilerVersion("test")
                                .build(),
                        BUNDLE_KEY),
                KEYS);
    }

    /** Records every request, then verifies, reopens and replays the ledger; returns the decisions' reason codes. */
    private List<ReasonCode> recordVerifyReplay(SigningMode mode, String... requests) throws Exception {
        Bundle bundle = bundle();
        Engine engine = Engine.forBundle(bundle);
        engine.attach(FintechFixture.snapshot());
        List<ReasonCode> codes = new java.util.ArrayList<>();
        try (LedgerEngine ledger = LedgerEngine.open(engine, dir, LEDGER_KEY, TestLedgers.small(mode))) {
            for (String request : requests) {
                RecordedDecision recorded = ledger.recordJson(request);
                assertTrue(recorded.recorded(), recorded.decision().reason());
                codes.add(recorded.decision().reasonCode());
            }
        }
        assertEquals(Optional.empty(), LedgerVerifier.verify(dir, KEYS).problem());
        try (Ledger reopened = Ledger.open(dir, LEDGER_KEY, TestLedgers.small(mode))) {
            assertEquals(requests.length, reopened.size());
        }
        ReplayReport replay = new Replayer(List.of(bundle), List.of(FintechFixture.snapshot())).replay(dir);
        assertEquals(List.of(), replay.divergences());
        assertEquals(requests.length, replay.identical());
        return codes;
    }

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void aNumberGivenForAStringAttributeIsDeniedLiveAndOnReplay(SigningMode mode) throws Exception {
        List<ReasonCode> codes = recordVerifyReplay(
                mode,
                payment("\"lending-agent-v2\"", "500", "123456789012345678901234"),
                payment("\"lending-agent-v2\"", "500", "1e400"),
                payment("\"lending-agent-v2\"", "500", "\"123456789012345678901234\""));
        assertEquals(List.of(ReasonCode.ILL_TYPED_ATTRIBUTE, ReasonCode.ILL_TYPED_ATTRIBUTE, ReasonCode.RULE), codes);
    }

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void loneSurrogatesAreRefusedAndTheirRecordsReplay(SigningMode mode) throws Exception {
        List<ReasonCode> codes = recordVerifyReplay(
                mode,
                payment("\"a\\ud800\"", "500", "\"x\""),
                payment("\"lending-agent-v2\"", "500", "\"x\"")
                        .replace("\"destination\"", "\"\\ud800\":1,\"destination\""),
                payment("\"lending-agent-v2\"", "500", "\"x\uDC00\""));
        assertEquals(
                List.of(ReasonCode.MALFORMED_REQUEST, ReasonCode.MALFORMED_REQUEST, ReasonCode.MALFORMED_REQUEST),
                codes);
    }

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void requestsBeyondTheLimitsAreDeniedWithBoundedValidRecords(SigningMode mode) throws Exception {
        String deep = "[".repeat(70) + "]".repeat(70);
        String huge = "\"" + "\\u0001".repeat(2_000_000) + "\"";
        // Within the text limit, but two UTF-8 bytes a character: beyond the canonical size limit.
        String wide = "\"" + "\u00e9".repeat(JsonLimits.MAX_REQUEST_BYTES / 2) + "\"";
        List<ReasonCode> codes = recordVerifyReplay(
                mode,
                payment("\"lending-agent-v2\"", "500", deep),
                payment("\"lending-agent-v2\"", "500", huge),
                payment("\"lending-agent-v2\"", "500", wide),
                payment("\"lending-agent-v2\"", "1e1000000000000", "\"x\""));
        assertEquals(
                List.of(
                        ReasonCode.REQUEST_LIMIT_EXCEEDED,
                        ReasonCode.REQUEST_LIMIT_EXCEEDED,
                        // An exponent beyond 32 bits is beyond the exponent limit too, not a syntax error.
                        ReasonCode.REQUEST_LIMIT_EXCEEDED,
                        ReasonCode.REQUEST_LIMIT_EXCEEDED),
                codes);
        for (LedgerRecord record : LedgerReader.read(dir).records()) {
            assertTrue(record.json().length() < 8 * JsonLimits.MAX_REQUEST_CHARS, "a bounded record");
        }
    }

    @Test
    void aPermitJustInsideTheLimitsIsRecordedAndReplays() throws Exception {
        String destination = "\"" + "\\u0001".repeat(100_000) + "\"";
        List<ReasonCode> codes =
                recordVerifyReplay(SigningMode.PER_RECORD, payment("\"lending-agent-v2\"", "500", destination));
        assertEquals(List.of(ReasonCode.RULE), codes);
        assertTrue(LedgerReader.read(dir).records().get(0).body().contains("\"decision\":{\"decision\":\"permit\""));
    }

    @Test
    void aBodyTheReaderWouldRefuseIsNeverAcknowledged() throws Exception {
        try (Ledger ledger = Ledger.open(dir, LEDGER_KEY, TestLedgers.small(SigningMode.PER_RECORD))) {
            byte[] tooDeep = ("{\"a\":" + "[".repeat(70) + "]".repeat(70) + "}").getBytes(StandardCharsets.UTF_8);
            byte[] tooLarge = new byte[RecordLayout.MAX_BODY + 1];
            for (byte[] body : List.of(tooDeep, tooLarge)) {
                assertTrue(ledger.appendDecision(body, false).isCompletedExceptionally());
            }
            assertEquals(0, ledger.size());
        }
    }

    @Test
    void aResolutionIsBoundedAndItsWordsReadBackExactly() throws Exception {
        Engine engine = Engine.forProgram(FintechFixture.program());
        engine.attach(FintechFixture.snapshot());
        try (LedgerEngine ledger = LedgerEngine.open(engine, dir, LEDGER_KEY, TestLedgers.small(SigningMode.BATCHED))) {
            RecordedDecision escalated = ledger.record(
                    FintechFixture.payment("lending-agent-v2", "15000").build());
            assertTrue(escalated.escalated());
            assertThrows(
                    LedgerException.class,
                    () -> ledger.ledger()
                            .resolve(
                                    escalated.seq(),
                                    ResolutionOutcome.DENY,
                                    "carol",
                                    "x".repeat(JsonLimits.MAX_REQUEST_CHARS)));
            ledger.ledger().resolve(escalated.seq(), ResolutionOutcome.APPROVE, "carol\ud800", "fine\u0001");
        }
        assertEquals(Optional.empty(), LedgerVerifier.verify(dir, KEYS).problem());
        Resolution resolution =
                LedgerReader.read(dir).resolutions().values().iterator().next();
        assertEquals("carol\ud800", resolution.reviewer());
        assertEquals("fine\u0001", resolution.reason());
    }

    @Test
    void snapshotsThatDifferOnlyInAValueHaveDifferentDigestsOrAreRefused() {
        FactSnapshot big =
                FactSnapshot.parse(snapshot("123456789012345678901234").getBytes(StandardCharsets.UTF_8));
        FactSnapshot digits =
                FactSnapshot.parse(snapshot("\"123456789012345678901234\"").getBytes(StandardCharsets.UTF_8));
        assertNotEquals(big.digest(), digits.digest());
        assertThrows(
                InvalidFactsException.class,
                () -> FactSnapshot.parse(snapshot("\"a\\ud800\"").getBytes(StandardCharsets.UTF_8)));
        assertThrows(
                InvalidFactsException.class,
                () -> FactSnapshot.builder().add("role", "a\ud800", "teller").build());
        assertEquals(
                Effect.DENY,
                Engine.forProgram(FintechFixture.program())
                        .decideJson(payment("\"a\ud800\"", "5", "\"x\""))
                        .effect());
    }

    private static String snapshot(String agent) {
        return "{\"relations\":{\"role\":[[" + agent + ",\"teller\"]]}}";
    }
}
