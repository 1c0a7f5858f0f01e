package dev.charter.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body: strict UTF-8, one JSON value, nesting at most {@code maxDepth}, no member
 * given twice, numbers kept exact. Anything else is a 400 {@link Reply} naming what is wrong.
 */
public final class JsonBody {

    /** A body that was read: its text and its tree. */
    public record Parsed(String text, JsonNode tree) {}

    /** A body that could not be read, as the error to answer with. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Reply reply;

        Refused(Reply reply) {
            super(reply.json());
            this.reply = reply;
        }

        public Reply reply() {
            return reply;
        }
    }

    private final ObjectMapper mapper;
    private final int maxDepth;

    public JsonBody(int maxDepth) {
        this.maxDepth = maxDepth;
        this.mapper = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .nodeFactory(new JsonNodeFactory(true))
                .build();
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .build());
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public Parsed read(byte[] body) throws Refused {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Refused(Reply.error(400, "invalid_utf8", "the body is not valid UTF-8"));
        }
        try {
            JsonNode tree = mapper.readTree(text);
            if (tree == null || tree.isMissingNode()) {
                throw new Refused(Reply.error(400, "invalid_json", "the body is empty; send a JSON object"));
            }
            return new Parsed(text, tree);
        } catch (StreamConstraintsException e) {
            throw new Refused(Reply.error(
                    400, "too_deep", "the body nests JSON deeper than " + maxDepth + " levels (max_json_depth)"));
        } catch (IOException e) {
            throw new Refused(Reply.error(400, "invalid_json", "the body is not JSON: " + firstLine(e)));
        }
    }

    private static String firstLine(IOException e) {
        String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException p
                ? p.getOriginalMessage()
                : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
