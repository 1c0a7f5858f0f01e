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
 * bytes and different values different bytes.
 *
 * <p>Members are sorted by their names' UTF-16 code units, strings use the minimal escaping of
 * ECMAScript's {@code JSON.stringify}, and there is no whitespace. Numbers are exact: RFC 8785
 * writes the shortest text of the IEEE-754 double nearest to a number, which changes a number no
 * double holds ({@code 9007199254740993}, 30 significant digits, {@code 1e400}); Charter instead
 * lays out the number's own digits exactly as ECMAScript lays out a double's
 * ({@link #numberText}). For every number a double holds exactly the two forms are the same text,
 * so Charter's canonical form is RFC 8785 on every input RFC 8785 keeps intact, and never changes
 * a value on the others. A binary floating-point node (read without exact decimals) is written as
 * RFC 8785 writes its double.
 *
 * <p>The tree is written by {@link CanonicalWriter}, which decisions, traces and requests also use
 * directly, without a tree; {@code CanonicalJsonTest} checks it against the RFC 8785 test vectors
 * and against the reference canonicaliser.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper EXACT =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private CanonicalJson() {}

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
     * The canonical text of an exact number: ECMAScript's {@code Number::toString} layout (ECMA-262
     * section 6.1.6.1.20) applied to the number's own digits without trailing zeros. With those
     * digits {@code d} (k of them) and the exponent n such that the number is 0.d &times; 10<sup>n</sup>:
     * the digits followed by n − k zeros when k ≤ n ≤ 21; a point after the n-th digit when
     * 0 &lt; n ≤ 21; {@code 0.}, −n zeros and the digits when −6 &lt; n ≤ 0; otherwise the first
     * digit, a point and the others if any, {@code e}, a sign and n − 1. So {@code 15000.00} is
     * {@code 15000}, {@code 0.1} is {@code 0.1}, {@code 1e30} is {@code 1e+30} and
     * {@code 9007199254740993} stays {@code 9007199254740993}; zero is {@code 0}.
     */
    public static String numberText(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int k = digits.length();
        long n = (long) k - stripped.scale();
        StringBuilder text = new StringBuilder(k + 24);
        if (value.signum() < 0) {
            text.append('-');
        }
        if (k <= n && n <= 21) {
            text.append(digits).append("0".repeat((int) (n - k)));
        } else if (0 < n && n <= 21) {
            text.append(digits, 0, (int) n).append('.').append(digits, (int) n, k);
        } else if (-6 < n && n <= 0) {
            text.append("0.").append("0".repeat((int) -n)).append(digits);
        } else {
            text.append(digits.charAt(0));
            if (k > 1) {
                text.append('.').append(digits, 1, k);
            }
            text.append('e').append(n - 1 < 0 ? '-' : '+').append(Math.abs(n - 1));
        }
        return text.toString();
    }
}
