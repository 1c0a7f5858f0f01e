package dev.charter.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code eval --explain}: a request's JSON text made to ask for an explanation, by inserting
 * {@code "explain": true} as its first member. The text is otherwise kept as given, so its numbers
 * and strings reach the engine (and the ledger) exactly as written; a text that is not a JSON
 * object, or that already says whether to explain, is left alone and decided as it stands.
 */
final class ExplainedRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExplainedRequest() {}

    static String of(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            return text;
        }
        if (root == null || !root.isObject() || root.has("explain")) {
            return text;
        }
        int brace = text.indexOf('{');
        boolean empty = root.isEmpty();
        return text.substring(0, brace + 1) + "\"explain\":true" + (empty ? "" : ",") + text.substring(brace + 1);
    }
}
