package dev.charter.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.json.JsonLimits;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads the JSON a host hands Charter — a request, a fact snapshot — into a tree, holding it to
 * {@link JsonLimits} on the way (depth, numbers, lone surrogates) and refusing a member given twice.
 *
 * <p>Every refusal is a sentence of Charter's own that names the offending place by its
 * {@link JsonPath}: reasons end up in decisions and records that operators read, so they never
 * carry the JSON library's wording, token dumps or source locations. Depth is checked before
 * descending, so no input nests the reader deeper than {@value JsonLimits#MAX_DEPTH} levels.
 */
final class BoundaryJson {

    /**
     * Why a text is refused, as a predicate of the document ("is not well-formed JSON at
     * $.agent"); the caller names the document.
     *
     * @param limit true when the text is beyond a limit of {@link JsonLimits} (depth, numbers)
     */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final boolean limit;

        private Refusal(boolean limit, String predicate) {
            super(predicate, null, false, false);
            this.limit = limit;
        }

        boolean limit() {
            return limit;
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(JsonLimits.MAX_NUMBER_TEXT)
                    .maxNameLength(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

    private final JsonParser parser;

    private BoundaryJson(JsonParser parser) {
        this.parser = parser;
    }

    /** The tree of {@code text}. */
    static JsonNode read(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return new BoundaryJson(parser).document();
        } catch (IOException e) {
            throw malformed(" at " + JsonPath.ROOT);
        }
    }

    /** The tree of {@code bytes}, UTF-8 (or another encoding JSON allows). */
    static JsonNode read(byte[] bytes) {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            return new BoundaryJson(parser).document();
        } catch (IOException e) {
            throw malformed(" at " + JsonPath.ROOT);
        }
    }

    private JsonNode document() {
        JsonToken first = next(JsonPath.ROOT, JsonPath.ROOT);
        if (first == null) {
            throw new Refusal(false, "is empty");
        }
        JsonNode root = value(first, JsonPath.ROOT, 1);
        JsonToken after;
        try {
            after = parser.nextToken();
        } catch (IOException e) {
            after = JsonToken.NOT_AVAILABLE;
        }
        if (after != null) {
            String end = root.isObject() ? "its closing brace" : root.isArray() ? "its closing bracket" : "its value";
            throw malformed(": text follows " + end);
        }
        return root;
    }

    /** The value that starts with {@code token}, at {@code path}, an object or array there being at {@code level}. */
    private JsonNode value(JsonToken token, JsonPath path, int level) {
        switch (token) {
            case START_OBJECT, START_ARRAY -> {
                if (level > JsonLimits.MAX_DEPTH) {
                    throw new Refusal(
                            true, "is refused: " + path + " is nested deeper than " + JsonLimits.MAX_DEPTH + " levels");
                }
                return token == JsonToken.START_OBJECT ? object(path, level) : array(path, level);
            }
            case VALUE_STRING -> {
                String text = scalar(path, () -> parser.getText());
                refuseLoneSurrogate(text, "the string at ", path);
                return NODES.textNode(text);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(number(path));
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw malformed(" at " + path);
        }
    }

    private ObjectNode object(JsonPath path, int level) {
        ObjectNode object = NODES.objectNode();
        JsonPath last = path;
        for (JsonToken token = next(last, path); token != JsonToken.END_OBJECT; token = next(last, path)) {
            String name = scalar(last, () -> parser.currentName());
            refuseLoneSurrogate(name, "a member name in ", path);
            JsonPath member = path.member(name);
            if (object.has(name)) {
                throw new Refusal(false, "is refused: " + member + " is given twice");
            }
            object.set(name, value(next(member, path), member, level + 1));
            last = member;
        }
        return object;
    }

    private ArrayNode array(JsonPath path, int level) {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken token = next(path.element(0), path);
                token != JsonToken.END_ARRAY;
                token = next(path.element(array.size()), path)) {
            array.add(value(token, path.element(array.size()), level + 1));
        }
        return array;
    }

    private BigDecimal number(JsonPath path) {
        BigDecimal number;
        try {
            number = parser.getDecimalValue();
        } catch (NumberFormatException e) {
            // The text is a number JSON allows, but its exponent does not fit 32 bits.
            throw new Refusal(
                    true, "is refused: the number at " + path + " has an exponent beyond ±" + JsonLimits.MAX_EXPONENT);
        } catch (StreamConstraintsException e) {
            throw longNumber(path);
        } catch (IOException e) {
            throw malformed(" at " + path);
        }
        String problem = JsonLimits.numberProblem(number);
        if (problem != null) {
            throw new Refusal(true, "is refused: the number at " + path + " " + problem);
        }
        return number;
    }

    /**
     * The next token; a syntax error is reported at {@code at} (the value being read, or the member
     * just read), the text ending early as ending inside {@code container}.
     */
    private JsonToken next(JsonPath at, JsonPath container) {
        try {
            return parser.nextToken();
        } catch (JsonEOFException e) {
            throw malformed(": it ends inside " + container);
        } catch (StreamConstraintsException e) {
            throw longNumber(place(at, container));
        } catch (IOException e) {
            throw malformed(" at " + place(at, container));
        }
    }

    /**
     * Where a token that failed to read belongs. Reading a member name, the parser also reads the
     * start of its value, so a failure there belongs to the member the parser has just named.
     */
    private JsonPath place(JsonPath at, JsonPath container) {
        JsonStreamContext context = parser.getParsingContext();
        String named = context.inObject() ? context.getCurrentName() : null;
        return named == null || JsonLimits.loneSurrogate(named) >= 0 ? at : container.member(named);
    }

    private interface ParserRead {
        String read() throws IOException;
    }

    /** A string or member name, which the parser decodes only when it is asked for. */
    private static String scalar(JsonPath path, ParserRead read) {
        try {
            return read.read();
        } catch (JsonEOFException e) {
            throw malformed(": it ends inside " + path);
        } catch (IOException e) {
            throw malformed(" at " + path);
        }
    }

    /** Refuses a lone surrogate in {@code text}, found at {@code what} {@code path}; the message is built only then. */
    private static void refuseLoneSurrogate(String text, String what, JsonPath path) {
        if (JsonLimits.loneSurrogate(text) >= 0) {
            throw new Refusal(
                    false, "is refused: " + JsonLimits.text(text, what + path).message());
        }
    }

    private static Refusal longNumber(JsonPath path) {
        return new Refusal(
                true,
                "is refused: the number at " + path + " is written with more than " + JsonLimits.MAX_NUMBER_TEXT
                        + " characters");
    }

    private static Refusal malformed(String where) {
        return new Refusal(false, "is not well-formed JSON" + where);
    }
}
