package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.charter.runtime.json.CanonicalJson;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Reading a stored decision from its two ends finds exactly the effect, sequence number, time and
 * request, and within the request exactly the wanted members (nested ones among them), that a full
 * locate finds, whatever the trace, facts and request hold (quotes, backslashes, braces inside
 * strings and names, non-ASCII), signed or not; a record of another kind is left to the full read.
 */
class StoredDecisionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PATHS =
            List.of("seq", "body.decision.decision", "body.recorded_at", "body.request");
    /** Request members the random requests' names (short strings of a, b and signs) often hold. */
    private static final List<String> REQUEST_PATHS = List.of("a", "b", "ab", "a.b", "b.a", "a.a", "ba.b", "\u0000.a");

    @Property(tries = 500)
    void theTwoEndsHoldWhatAFullLocateFinds(
            @ForAll("trees") JsonNode request,
            @ForAll("trees") JsonNode trace,
            @ForAll("texts") String facts,
            @ForAll("effects") String effect,
            @ForAll @LongRange(min = 0, max = 9_007_199_254_740_991L) long seq,
            @ForAll boolean signed) {
        byte[] record = record(request, trace, facts, effect, seq, signed, RecordKind.DECISION);
        byte[] framed = new byte[record.length + 7];
        System.arraycopy(record, 0, framed, 3, record.length);
        CanonicalJsonScanner full = new CanonicalJsonScanner(PATHS);
        assertNull(full.scan(framed, 3, 3 + record.length));
        StoredDecision stored = new StoredDecision(REQUEST_PATHS);

        assertTrue(stored.read(framed, 3, 3 + record.length), new String(record));
        assertEquals(seq, stored.seq());
        assertEquals(full.start(1), stored.effectStart());
        assertEquals(full.end(1), stored.effectEnd());
        assertEquals(full.start(2) + 1, stored.timeStart());
        assertEquals(full.end(2) - 1, stored.timeEnd());
        assertEquals(full.start(3), stored.requestStart());
        assertEquals(full.end(3), stored.requestEnd());
        CanonicalJsonScanner members = new CanonicalJsonScanner(REQUEST_PATHS);
        assertNull(members.locate(framed, full.start(3), full.end(3)));
        for (int id = 0; id < REQUEST_PATHS.size(); id++) {
            assertEquals(members.start(id), stored.start(id), REQUEST_PATHS.get(id));
            assertEquals(members.end(id), stored.end(id), REQUEST_PATHS.get(id));
        }
    }

    @Test
    void aRecordOfAnotherKindIsLeftToTheFullRead() {
        JsonNode request = JSON.createObjectNode().put("action", "refund");
        for (RecordKind kind : List.of(RecordKind.RESOLUTION, RecordKind.EXECUTION, RecordKind.KEY)) {
            byte[] record = record(request, request, "none", "permit", 7, true, kind);
            assertFalse(new StoredDecision(REQUEST_PATHS).read(record, 0, record.length), kind.label());
        }
    }

    @Test
    void aDecisionBodyThatDoesNotEndInItsRequestIsLeftToTheFullRead() {
        ObjectNode body = body(JSON.createObjectNode(), JSON.createObjectNode(), "none", "deny");
        body.put("zone", "{\"request\":{}}");
        byte[] record = RecordLayout.unsigned(
                CanonicalJson.bytes(body), TestLedgers.KEY.keyId(), RecordKind.DECISION, new byte[32], 3);
        assertFalse(new StoredDecision(REQUEST_PATHS).read(record, 0, record.length));
    }

    private static byte[] record(
            JsonNode request, JsonNode trace, String facts, String effect, long seq, boolean signed, RecordKind kind) {
        byte[] body = CanonicalJson.bytes(body(request, trace, facts, effect));
        byte[] prev = new byte[32];
        Arrays.fill(prev, (byte) seq);
        byte[] unsigned = RecordLayout.unsigned(body, TestLedgers.KEY.keyId(), kind, prev, seq);
        return signed
                ? RecordLayout.signed(unsigned, TestLedgers.KEY.sign(RecordLayout.RECORD_DOMAIN, unsigned))
                : unsigned;
    }

    private static ObjectNode body(JsonNode request, JsonNode trace, String facts, String effect) {
        ObjectNode body = JSON.createObjectNode();
        body.put("bundle", "sha256:" + "ab".repeat(32));
        ObjectNode decision = body.putObject("decision");
        decision.put("decision", effect);
        decision.put("reason", facts + "\"}");
        decision.set("trace", trace);
        body.put("facts", facts);
        body.put("recorded_at", "2026-12-04T09:00:00.123Z");
        body.set("request", request);
        return body;
    }

    @Provide
    Arbitrary<String> effects() {
        return Arbitraries.of("permit", "deny", "escalate");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab{}[]\"\\\u00e9\u20ac\n,:").ofMaxLength(8);
    }

    @Provide
    Arbitrary<JsonNode> trees() {
        Arbitrary<String> keys = texts().injectDuplicates(0.0);
        Arbitrary<String> leaves = Arbitraries.oneOf(
                texts().map(s -> new TextNode(s).toString()),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("true", "null", "1.5", "[]", "{}", "[\"}\\\\\",{\"a\":\"\\\"{\"}]"));
        Arbitrary<String> objects = Arbitraries.maps(keys, leaves).ofMaxSize(5).map(StoredDecisionTest::object);
        return Arbitraries.maps(keys, Arbitraries.oneOf(leaves, objects))
                .ofMaxSize(5)
                .map(members -> {
                    try {
                        return JSON.readTree(object(members));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private static String object(java.util.Map<String, String> members) {
        StringBuilder text = new StringBuilder("{");
        members.forEach((k, v) -> text.append(text.length() > 1 ? "," : "")
                .append(new TextNode(k))
                .append(':')
                .append(v));
        return text.append('}').toString();
    }
}
