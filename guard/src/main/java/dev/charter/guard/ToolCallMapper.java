package dev.charter.guard;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.json.JsonLimits;
import java.io.IOException;

/**
 * Maps a tool call to the JSON form of a Charter request (docs/requests.md):
 * {@code {"agent": call.agent, "action": naming.actionFor(call.tool), "request": <arguments>,
 * "session": call.session, "time": <clock instant>}}, {@code session} left out when null.
 *
 * <p>The arguments are put in the request as given only when they are exactly one JSON object
 * (nothing before or after it), so that no text of the agent's can add members to the request
 * (a {@code context}, another {@code agent}). Anything else is refused ({@link Mapped#refused}):
 * the request then holds the arguments as a JSON string, which the engine refuses as it reads it
 * (DENY {@code malformed_request}, recorded with the arguments' very text, and replayed alike);
 * the guard's refusal names what is wrong with them. Stateless and thread-safe.
 */
public final class ToolCallMapper {

    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonStringEncoder QUOTE = JsonStringEncoder.getInstance();

    private ToolCallMapper() {}

    /**
     * The request for {@code call}.
     *
     * @param requestJson   the request's JSON form, as recorded
     * @param refusalCode   null when the arguments are an object; else why the call is refused
     *                      ({@code malformed_request} or {@code request_limit_exceeded})
     * @param refusalReason null, or the reason of the refusal, for people
     */
    public record Mapped(String requestJson, ReasonCode refusalCode, String refusalReason) {

        /** Whether the call is refused before anything is decided. */
        public boolean refused() {
            return refusalCode != null;
        }
    }

    /** The request for {@code call}; never throws for any call, only when {@code options}' naming does. */
    public static Mapped map(ToolCall call, GuardOptions options) {
        String arguments = call.argumentsJson() == null || call.argumentsJson().isBlank() ? "{}" : call.argumentsJson();
        String problem = argumentsProblem(arguments);
        StringBuilder json = new StringBuilder(arguments.length() + 128);
        json.append("{\"action\":");
        quote(json, options.naming().actionFor(call.tool()));
        json.append(",\"agent\":");
        quote(json, call.agent());
        json.append(",\"request\":");
        if (problem == null) {
            json.append(arguments);
        } else {
            quote(json, arguments);
        }
        if (call.session() != null) {
            json.append(",\"session\":");
            quote(json, call.session());
        }
        json.append(",\"time\":");
        quote(json, options.clock().instant().toString());
        json.append('}');
        if (problem == null) {
            return new Mapped(json.toString(), null, null);
        }
        ReasonCode code = arguments.length() > JsonLimits.MAX_REQUEST_CHARS
                ? ReasonCode.REQUEST_LIMIT_EXCEEDED
                : ReasonCode.MALFORMED_REQUEST;
        return new Mapped(json.toString(), code, "the arguments of " + describe(call.tool()) + " " + problem);
    }

    private static void quote(StringBuilder json, String text) {
        if (text == null) {
            json.append("null");
        } else {
            json.append('"');
            QUOTE.quoteAsString(text, json);
            json.append('"');
        }
    }

    /** Null when {@code arguments} is exactly one JSON object; else what is wrong with it. */
    static String argumentsProblem(String arguments) {
        if (arguments.length() > JsonLimits.MAX_REQUEST_CHARS) {
            return "are longer than " + JsonLimits.MAX_REQUEST_CHARS + " characters";
        }
        try (JsonParser parser = JSON.createParser(arguments)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return "are not a JSON object";
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                return "are not one JSON object: text follows its closing brace";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "are not well-formed JSON";
        }
    }

    private static String describe(String tool) {
        return tool == null ? "the tool call" : "tool '" + tool + "'";
    }
}
