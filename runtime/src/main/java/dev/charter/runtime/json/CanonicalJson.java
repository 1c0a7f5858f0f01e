package dev.charter.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import org.erdtman.jcs.NumberToJSON;

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
 * <p>The tree is written directly rather than printed and re-parsed, which keeps the canonical
 * form cheap enough for every decision record; {@code CanonicalJsonTest} checks it against the
 * RFC 8785 test vectors and against the reference canonicaliser.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /** The canonical UTF-8 bytes of {@code tree}. */
    public static byte[] bytes(JsonNode tree) {
        return string(tree).getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical text of {@code tree}. */
    public static String string(JsonNode tree) {
        StringBuilder out = new StringBuilder(2048);
        write(tree, out);
        return out.toString();
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
     * Whether a JSON number keeps {@code value} exactly through the canonical form: the shortest
     * text of its nearest double, which RFC 8785 writes, denotes {@code value} again. True for
     * {@code 15000.00}, {@code 0.1} and every integer up to 2<sup>53</sup>; false for numbers
     * with more than about 17 significant digits. Other numbers must travel as strings.
     */
    public static boolean isExactNumber(BigDecimal value) {
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            return false;
        }
        try {
            return new BigDecimal(NumberToJSON.serializeNumber(d)).compareTo(value) == 0;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> writeArray(node, out);
            case STRING -> writeString(node.textValue(), out);
            case NUMBER -> writeNumber(node, out);
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("no JSON form for a " + node.getNodeType() + " node");
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out) {
        String[] names = new String[node.size()];
        int n = 0;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names[n++] = it.next();
        }
        // String.compareTo orders by UTF-16 code units, exactly as RFC 8785 section 3.2.3 asks.
        Arrays.sort(names);
        out.append('{');
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(names[i], out);
            out.append(':');
            write(node.get(names[i]), out);
        }
        out.append('}');
    }

    private static void writeArray(JsonNode node, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(node.get(i), out);
        }
        out.append(']');
    }

    private static void writeNumber(JsonNode node, StringBuilder out) {
        if (node.isIntegralNumber() && node.canConvertToLong()
                && node.longValue() >= -9007199254740991L && node.longValue() <= 9007199254740991L) {
            out.append(node.longValue());
            return;
        }
        double value = node.isBigDecimal() ? node.decimalValue().doubleValue() : node.doubleValue();
        try {
            out.append(NumberToJSON.serializeNumber(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        int length = s.length();
        int plain = 0;
        while (plain < length) {
            char c = s.charAt(plain);
            if (c < 0x20 || c == '"' || c == '\\') {
                break;
            }
            plain++;
        }
        // append(String) copies arrays; append(CharSequence, int, int) would go char by char.
        out.append(plain == length ? s : s.substring(0, plain));
        for (int i = plain; i < length; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
