package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.runtime.json.CanonicalJson;
import java.util.Iterator;

/**
 * The oracle for the streamed canonical JSON of decisions, traces and requests: it must be the
 * bytes {@link CanonicalJson} writes for their trees, and every object in it must list its
 * members in RFC 8785 order (the order the streaming code fixes by hand).
 */
final class StreamedJson {

    /** Keeps members in document order, so that the order written can be checked. */
    private static final ObjectMapper DOCUMENT_ORDER = new ObjectMapper();

    private StreamedJson() {}

    static void assertSameAsTree(Decision decision) {
        String streamed = decision.toJson();
        assertEquals(CanonicalJson.string(decision.toJsonTree()), streamed);
        assertEquals(
                CanonicalJson.string(decision.trace().toJsonTree()),
                decision.trace().toJson());
        assertMembersInOrder(streamed);
    }

    static void assertSameAsTree(Request request) {
        String streamed = request.toJson();
        assertEquals(CanonicalJson.string(request.toJsonTree()), streamed);
        assertMembersInOrder(streamed);
    }

    private static void assertMembersInOrder(String json) {
        try {
            assertMembersInOrder(DOCUMENT_ORDER.readTree(json), "$");
        } catch (JsonProcessingException e) {
            throw new AssertionError("the streamed JSON is not well-formed: " + json, e);
        }
    }

    private static void assertMembersInOrder(JsonNode node, String path) {
        if (node.isObject()) {
            String previous = null;
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String after = previous;
                assertTrue(
                        after == null || after.compareTo(name) < 0,
                        () -> "at " + path + ", member \"" + name + "\" follows \"" + after + "\"");
                assertMembersInOrder(node.get(name), path + "." + name);
                previous = name;
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertMembersInOrder(node.get(i), path + "[" + i + "]");
            }
        }
    }
}
