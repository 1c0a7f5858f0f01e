package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.charter.runtime.AdversarialRequests;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FintechFixture;
import dev.charter.runtime.Request;
import dev.charter.runtime.RequestFormatException;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every record the writer accepts for a decision is read back by the reader (the verifier's
 * scanner and record parser) to the very bytes written, and replays to the very decision made,
 * for adversarial requests: lone surrogates, deep nesting, numbers no double holds, control
 * characters, long strings.
 */
class RecordFidelityProperties {

    private static final SigningKey BUNDLE_KEY = TestRecords.key(30);
    private static final SigningKey LEDGER_KEY = TestRecords.key(31);
    private static final Bundle BUNDLE = bundle();

    private final Engine engine = engine();
    private final Replayer replayer = new Replayer(List.of(BUNDLE), List.of(FintechFixture.snapshot()));

    private static Bundle bundle() {
        try {
            return BundleReader.read(
                    BundleWriter.write(
                            BundleContent.builder(FintechFixture.program())
                                    .compilerVersion("test")
                                    .build(),
                            BUNDLE_KEY),
                    TrustStore.of(List.of(BUNDLE_KEY.publicKey())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Engine engine() {
        Engine engine = Engine.forBundle(BUNDLE);
        engine.attach(FintechFixture.snapshot());
        return engine;
    }

    @Provide
    Arbitrary<String> texts() {
        return AdversarialRequests.texts();
    }

    @Property(tries = 1000)
    void everyAcceptedRecordReadsBackIdenticallyAndReplaysExactly(@ForAll("texts") String text) throws Exception {
        Decision decision = engine.decideJson(text);
        String request;
        try {
            request = Request.parse(text).toJson();
        } catch (RequestFormatException refused) {
            request = DecisionBody.unparsed(text);
        }
        byte[] body = DecisionBody.of(request, decision, Instant.parse("2026-04-14T11:42:10Z"));
        assertNull(RecordLayout.bodyProblem(body), "the writer accepts every decision's body");

        byte[] record =
                RecordLayout.unsigned(body, LEDGER_KEY.keyId(), RecordKind.DECISION, RecordLayout.GENESIS_PREV, 0);
        LedgerRecord read = LedgerRecord.of(new RecordParser().parse(record, 0, record.length));

        assertArrayEquals(body, read.body().getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), replayer.replay(read));
    }
}
