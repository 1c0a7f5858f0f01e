package dev.charter.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.json.CanonicalWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Host-supplied values as they arrive in JSON, before any schema is applied: a string, a boolean,
 * an exact number ({@link BigDecimal}), or any other JSON value kept as {@link Opaque} so that it
 * can be reported and recorded but never mistaken for a well-typed one.
 */
final class RawJson {

    /** A JSON value that is neither a string, a boolean, a number nor an array, as canonical JSON text. */
    record Opaque(String json) {}

    /**
     * A JSON array: its elements as raw values, read once when the request is read so that a list
     * parameter is bound without parsing again; {@code json} is its canonical text.
     */
    record Array(List<Object> elements, String json) {
        Array {
            elements = List.copyOf(elements);
        }
    }

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

    private RawJson() {}

    static Object fromNode(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return normalise(node.decimalValue());
        }
        if (node.isArray()) {
            List<Object> elements = new ArrayList<>(node.size());
            node.elements().forEachRemaining(e -> elements.add(fromNode(e)));
            return new Array(elements, CanonicalJson.string(node));
        }
        return new Opaque(CanonicalJson.string(node));
    }

    /** The members of a raw JSON object by key, as raw values; null when {@code raw} is not an object. */
    static Map<String, Object> fields(Object raw) {
        if (!(raw instanceof Opaque o) || !o.json().startsWith("{")) {
            return null;
        }
        JsonNode node = toNode(raw);
        Map<String, Object> fields = new LinkedHashMap<>();
        node.properties().forEach(e -> fields.put(e.getKey(), fromNode(e.getValue())));
        return fields;
    }

    /** Whether a raw value is JSON {@code null}. */
    static boolean isNull(Object raw) {
        return raw instanceof Opaque o && o.json().equals("null");
    }

    /** The JSON form of a raw value; numbers stay exact ({@link CanonicalJson} writes them so). */
    static JsonNode toNode(Object raw) {
        if (raw instanceof String s) {
            return NODES.textNode(s);
        }
        if (raw instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (raw instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        try {
            return MAPPER.readTree(raw instanceof Array a ? a.json() : ((Opaque) raw).json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an opaque value holds malformed JSON", e);
        }
    }

    /** Writes {@link #toNode}'s form of a raw value without building a node for it. */
    static void write(Object raw, CanonicalWriter out) {
        if (raw instanceof String s) {
            out.string(s);
        } else if (raw instanceof Boolean b) {
            out.bool(b);
        } else if (raw instanceof BigDecimal d) {
            out.number(d);
        } else {
            out.tree(toNode(raw));
        }
    }

    /**
     * A number without trailing zeros ({@code 15000.00} is {@code 15000}), so that a number means
     * the same before and after its canonical JSON form, which drops them.
     */
    static BigDecimal normalise(BigDecimal d) {
        if (d.signum() == 0) {
            return BigDecimal.ZERO;
        }
        // Integers too: 10^500 written out in digits and 1e500 are one number, with one form.
        BigDecimal stripped = d.stripTrailingZeros();
        // A huge exponent stays in scientific form: no input may make us write out a billion zeros.
        return stripped.scale() < 0 && stripped.precision() - stripped.scale() <= 400 ? stripped.setScale(0) : stripped;
    }

    /** Normalises a value given in code to a raw value; rejects binary floating point. */
    static Object fromJava(Object value) {
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof BigDecimal d) {
            return normalise(d);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof java.math.BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof java.time.LocalDate d) {
            return d.toString();
        }
        if (value instanceof List<?> elements) {
            // A list argument: its elements, each a value of these kinds.
            List<Object> raw = new ArrayList<>(elements.size());
            elements.forEach(e -> raw.add(fromJava(e)));
            com.fasterxml.jackson.databind.node.ArrayNode array = NODES.arrayNode();
            raw.forEach(e -> array.add(toNode(e)));
            return new Array(raw, CanonicalJson.string(array));
        }
        if (value instanceof Map<?, ?> members) {
            // An object argument: its members by their String keys, each a value of these kinds.
            ObjectNode object = NODES.objectNode();
            members.forEach((k, v) -> object.set((String) k, toNode(fromJava(v))));
            return new Opaque(CanonicalJson.string(object));
        }
        throw new IllegalArgumentException("a request or fact value is a String, Boolean, integer, BigDecimal, "
                + "LocalDate, (for an object argument) a Map or (for a list) a List, not "
                + (value == null ? "null" : value.getClass().getSimpleName())
                + " (decimals are exact: no float or double)");
    }
}
