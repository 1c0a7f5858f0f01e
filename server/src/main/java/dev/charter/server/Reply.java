package dev.charter.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An HTTP answer: status and JSON body. */
public record Reply(int status, String json) {

    public static Reply ok(String json) {
        return new Reply(200, json);
    }

    /** The API's error form: {@code {"error": code, "message": text}}. */
    public static Reply error(int status, String code, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("error", code);
        body.put("message", message);
        return new Reply(status, body.toString());
    }

    /** The error code of an error reply; null for a 2xx. */
    public String errorCode() {
        if (status < 300) {
            return null;
        }
        int start = json.indexOf("\"error\":\"");
        return start < 0 ? "http_" + status : json.substring(start + 9, json.indexOf('"', start + 9));
    }
}
