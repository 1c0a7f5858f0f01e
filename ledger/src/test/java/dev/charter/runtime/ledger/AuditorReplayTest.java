package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.FintechFixture;
import dev.charter.runtime.Request;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An auditor holding only public keys, the bundle and the fact snapshots verifies a ledger an
 * agent wrote (with a snapshot change, an escalation resolved, a key rotation and malformed
 * requests along the way) and replays every decision identically; an altered decision does not.
 */
class AuditorReplayTest {

    private static final SigningKey BUNDLE_KEY = TestRecords.key(10);
    private static final SigningKey LEDGER_KEY = TestRecords.key(11);
    private static final SigningKey ROTATED = TestRecords.key(12);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(SigningMode.class)
    void everyDecisionReplaysByteForByte(SigningMode mode) throws Exception {
        TrustStore publicKeys = TrustStore.of(List.of(BUNDLE_KEY.publicKey(), LEDGER_KEY.publicKey()));
        byte[] bundleBytes = BundleWriter.write(
                BundleContent.builder(FintechFixture.program())
                        .compilerVersion("test")
                        .build(),
                BUNDLE_KEY);
        Bundle bundle = BundleReader.read(bundleBytes, publicKeys);
        FactSnapshot second = FactSnapshot.parse("""
                {"relations": {"role": [["orchestrator", "teller"], ["lending-agent-v3", "teller"]], "delegates": []}}
                """.getBytes(StandardCharsets.UTF_8));

        int decisions = 0;
        Engine engine = Engine.forBundle(bundle);
        engine.attach(FintechFixture.snapshot());
        try (LedgerEngine ledgerEngine = LedgerEngine.open(
                engine, dir, LEDGER_KEY, TestLedgers.small(mode).withSegmentBytes(8192))) {
            Random random = new Random(7);
            for (int i = 0; i < 300; i++) {
                if (i == 150) {
                    engine.attach(second);
                    ledgerEngine.ledger().rotateKey(ROTATED);
                }
                String agent = random.nextBoolean() ? "lending-agent-v2" : "lending-agent-v3";
                Request request = FintechFixture.payment(agent, String.valueOf(random.nextInt(20000)))
                        .build();
                RecordedDecision recorded =
                        i % 50 == 7 ? ledgerEngine.recordJson("{\"agent\": oops") : ledgerEngine.record(request);
                assertTrue(recorded.recorded());
                decisions++;
                if (recorded.escalated() && random.nextInt(3) == 0) {
                    ledgerEngine.ledger().resolve(recorded.seq(), ResolutionOutcome.APPROVE, "carol", "looked fine");
                }
            }
        }

        VerificationReport verified = LedgerVerifier.verify(dir, publicKeys);
        assertEquals(Optional.empty(), verified.problem());
        LedgerContents contents = LedgerReader.read(dir);
        assertTrue(contents.resolutions().size() > 3, "some escalations were resolved");
        ReplayReport replay =
                new Replayer(List.of(bundle), List.of(FintechFixture.snapshot(), second)).replay(contents);
        assertEquals(List.of(), replay.divergences());
        assertEquals(decisions, replay.decisions());
        assertEquals(decisions, replay.identical());
        ReplayReport streamed = new Replayer(List.of(bundle), List.of(FintechFixture.snapshot(), second)).replay(dir);
        assertEquals(replay, streamed, "replaying while reading gives the report of replaying what was read");
        ReplayReport withoutSecond = new Replayer(List.of(bundle), List.of(FintechFixture.snapshot())).replay(dir);
        assertEquals(
                decisions - 150,
                withoutSecond.divergent(),
                "the decisions made with the second snapshot cannot replay");
        assertTrue(
                withoutSecond.divergences().get(0).reason().contains("is not among the given snapshots"),
                withoutSecond.divergences().get(0).reason());

        List<LedgerRecord> records = new java.util.ArrayList<>(contents.records());
        int victim = 0;
        while (!records.get(victim).body().contains("\"decision\":{\"decision\":\"permit\"")) {
            victim++;
        }
        byte[] forged = records.get(victim)
                .json()
                .replace("\"decision\":{\"decision\":\"permit\"", "\"decision\":{\"decision\":\"deny\"")
                .getBytes(StandardCharsets.UTF_8);
        records.set(victim, LedgerRecord.of(new RecordParser().parse(forged, 0, forged.length)));
        ReplayReport tampered = new Replayer(List.of(bundle), List.of(FintechFixture.snapshot(), second))
                .replay(new LedgerContents(
                        contents.origin(),
                        records,
                        contents.checkpoints(),
                        contents.openEscalations(),
                        contents.resolutions(),
                        false));
        assertEquals(1, tampered.divergences().size());
        assertEquals(victim, tampered.divergences().get(0).seq());
    }
}
