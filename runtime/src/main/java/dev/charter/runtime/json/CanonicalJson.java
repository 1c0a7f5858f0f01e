package dev.charter.runtime.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * RFC 8785 (JSON Canonicalization Scheme) serialisation of a Jackson tree: the one byte form that
 * traces, bundles and the ledger sign, hash and compare, so that equal values always give equal
 * bytes.
 *
 * <p>Members are sorted by their names' UTF-16 code units, strings use the minimal escaping of
 * ECMAScript's {@code JSON.stringify}, there is no whitespace, and numbers are written as
 * ECMAScript writes the IEEE-754 double nearest to them (through the number serialiser of
 * {@code io.github.erdtman:java-json-canonicalization}, the reference implementation's port).
 * Because RFC 8785 numbers are doubles, Charter never puts an exact decimal into a JSON number
 * that the canonical form would not give back: such values travel as strings (see {@link #isExactNumber}).
 *
 * <p>The tree is written by {@link CanonicalWriter}, which decisions, traces and requests also use
 * directly, without a tree; {@code CanonicalJsonTest} checks it against the RFC 8785 test vectors
 * and against the reference canonicaliser.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private CanonicalJson() {
    }

    /** The canonical UTF-8 bytes of {@code tree}. */
    public static byte[] bytes(JsonNode tree) {
        return string(tree).getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical text of {@code tree}. */
    public static String string(JsonNode tree) {
        return new CanonicalWriter(new StringBuilder(2048)).tree(tree).toString();
    }

    /**
     * Canonicalises a JSON text.
     *
     * @throws IllegalArgumentException when {@code json} is not well-formed JSON
     */
    public static byte[] canonicalize(byte[] json) {
        try {
            return bytes(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not well-formed JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The tree of a canonical text this runtime wrote ({@code toJson()} of a decision, trace,
     * proof or request): what their {@code toJsonTree()} return, so that there is one rendering.
     */
    public static ObjectNode tree(String canonical) {
        try {
            return (ObjectNode) EXACT.readTree(canonical);
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("the runtime's own canonical JSON does not read back as an object", e);
        }
    }

    /**
     * Whether a JSON number keeps {@code value} exactly through the canonical form: the shortest
     * text of its nearest double, which RFC 8785 writes, denotes {@code value} again. True for
     * {@code 15000.00}, {@code 0.1} and every integer up to 2<sup>53</sup>; false for numbers
     * with more than about 17 significant digits. Other numbers must travel as strings.
     */
    public static boolean isExactNumber(BigDecimal value) {
        return CanonicalWriter.exactText(value) != null;
    }
}
