package dev.charter.runtime.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"arrays", "french", "structures", "unicode", "values", "weird"})
    void canonicalisesEveryRfc8785VectorToItsExpectedBytes(String name) throws IOException {
        byte[] input = resource("/vectors/jcs/input/" + name + ".json");
        byte[] expected = resource("/vectors/jcs/output/" + name + ".json");

        assertArrayEquals(
                expected,
                CanonicalJson.canonicalize(input),
                () -> new String(CanonicalJson.canonicalize(input), StandardCharsets.UTF_8));
    }

    /** On integers a double holds; beyond 2^53 RFC 8785 rounds and Charter keeps the digits (numberText). */
    @Property
    void agreesWithTheReferenceCanonicaliserOnStringsAndIntegers(
            @ForAll @StringLength(max = 12) String key,
            @ForAll String text,
            @ForAll @LongRange(min = -9007199254740992L, max = 9007199254740992L) long number)
            throws IOException {
        ObjectNode tree = MAPPER.createObjectNode();
        tree.put(key, text);
        tree.put(key + "#n", number);
        tree.putArray("list").add(text).add(true).addNull();
        String json = MAPPER.writeValueAsString(tree);

        assertEquals(new JsonCanonicalizer(json).getEncodedString(), CanonicalJson.string(tree));
    }

    @Property
    void agreesWithTheReferenceCanonicaliserOnDoubles(@ForAll double number) throws IOException {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return;
        }
        ObjectNode tree = MAPPER.createObjectNode().put("n", number);

        assertEquals(
                new JsonCanonicalizer(MAPPER.writeValueAsString(tree)).getEncodedString(), CanonicalJson.string(tree));
    }

    @Test
    void writesNegativeZeroAsZero() {
        assertEquals("[0]", CanonicalJson.string(MAPPER.createArrayNode().add(-0.0)));
    }

    @Test
    void rejectsMalformedJson() {
        assertThrows(
                IllegalArgumentException.class,
                () -> CanonicalJson.canonicalize("{\"a\":".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void laysOutANumbersOwnDigitsAsEcmaScriptLaysOutADoubles() {
        assertEquals("15000", CanonicalJson.numberText(new BigDecimal("15000.00")));
        assertEquals("0.1", CanonicalJson.numberText(new BigDecimal("0.1")));
        assertEquals("9007199254740993", CanonicalJson.numberText(new BigDecimal("9007199254740993")));
        assertEquals("100000000000000000000", CanonicalJson.numberText(new BigDecimal("1e20")));
        assertEquals("1e+21", CanonicalJson.numberText(new BigDecimal("1e21")));
        assertEquals("1e+400", CanonicalJson.numberText(new BigDecimal("1e400")));
        assertEquals("0.1234567890123456789", CanonicalJson.numberText(new BigDecimal("0.12345678901234567890")));
        assertEquals("0.000001", CanonicalJson.numberText(new BigDecimal("0.000001")));
        assertEquals("1e-7", CanonicalJson.numberText(new BigDecimal("0.0000001")));
        assertEquals("-1.23e-18", CanonicalJson.numberText(new BigDecimal("-123e-20")));
        assertEquals("0", CanonicalJson.numberText(new BigDecimal("-0.000")));
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = CanonicalJsonTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
