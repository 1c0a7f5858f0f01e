package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.charter.runtime.json.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scanner accepts exactly RFC 8785 canonical JSON, as the runtime's canonicaliser writes it. */
class CanonicalJsonScannerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String scan(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new CanonicalJsonScanner(List.of("a.b")).scan(bytes, 0, bytes.length);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "[]",
                "0",
                "-1",
                "1.5",
                "1e+21",
                "\"\"",
                "true",
                "null",
                "{\"a\":1,\"b\":[1,2,{\"c\":\"d\"}]}",
                "\"\\u0000\\u001f\\n\\\"\\\\ é 😀\"",
                "{\"\\n\":1,\"a\":2}",
                "{\"a\":1,\"\u20ac\":2,\"\ud83d\ude00\":3,\"\ufb33\":4}",
                "123456789012345",
                "1234567890123456",
                "9007199254740992",
                "-0.5",
                "5e-324",
                // exact numbers no double holds, and lone surrogates, which have no UTF-8 form, escaped
                "12345678901234567890",
                "9007199254740993",
                "1e+400",
                "0.1234567890123456789",
                "\"a\\ud800b\"",
                "\"\\udc00\\ud800\"",
                "\"\ud83d\ude00\\udc00\""
            })
    void canonicalJsonIsAccepted(String json) {
        assertNull(scan(json), json);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{ }",
                "{\"b\":1,\"a\":2}",
                "{\"a\":1,\"a\":2}",
                "1.0",
                "-0",
                "01",
                "1E+21",
                "\"\\/\"",
                "\"\\u0041\"",
                "\"\\u000a\"",
                "\"\\u001F\"",
                "\"\t\"",
                "[1,]",
                "{\"a\":1,}",
                "tru",
                "\"abc",
                "1 ",
                "1e21x",
                "{\"\ufb33\":4,\"\ud83d\ude00\":3}",
                "1.2345678901234567890e+19",
                "1e400",
                "0.12345678901234567890",
                "\"\\ud83d\\ude00\"",
                "\"\\uD800\""
            })
    void anythingElseIsRefused(String json) {
        assertNotNull(scan(json), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\\xff\"", "\"\\xc0\\x80\"", "\"\\xed\\xa0\\x80\""})
    void malformedUtf8IsRefused(String escaped) {
        byte[] bytes = escaped.replace("\\xff", "\u00ff")
                .replace("\\xc0", "\u00c0")
                .replace("\\x80", "\u0080")
                .replace("\\xed", "\u00ed")
                .replace("\\xa0", "\u00a0")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertNotNull(new CanonicalJsonScanner(List.of()).scan(bytes, 0, bytes.length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"arrays", "french", "structures", "unicode", "values", "weird"})
    void theRfc8785VectorOutputsAreAcceptedAndTheirInputsAreNot(String name) throws Exception {
        byte[] output = getClass()
                .getResourceAsStream("/vectors/jcs/output/" + name + ".json")
                .readAllBytes();
        byte[] input = getClass()
                .getResourceAsStream("/vectors/jcs/input/" + name + ".json")
                .readAllBytes();
        assertNull(new CanonicalJsonScanner(List.of()).scan(output, 0, output.length), name);
        assertNotNull(new CanonicalJsonScanner(List.of()).scan(input, 0, input.length), name);
    }

    @Property(tries = 300)
    void whatTheCanonicaliserWritesIsAcceptedAndNothingElseIsEqual(@ForAll("trees") JsonNode tree) throws Exception {
        String canonical = CanonicalJson.string(tree);
        assertNull(scan(canonical), canonical);
        String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        assertEquals(pretty.equals(canonical), scan(pretty) == null, pretty);
    }

    @Property(tries = 300)
    void locateFindsWhatTheCheckingScanFinds(@ForAll("trees") JsonNode inner, @ForAll("trees") JsonNode other)
            throws Exception {
        JsonNode tree = JSON.readTree("{\"a\":" + inner + ",\"ab\":[" + other + "," + inner + "],\"b\":" + other
                + ",\"c\":{\"a\":" + inner + "}}");
        byte[] canonical = CanonicalJson.bytes(tree);
        List<String> paths = List.of("a", "a.a", "a.b", "ab", "b.a", "b.b", "c.a.a", "c.a.b", "c.b");
        CanonicalJsonScanner checking = new CanonicalJsonScanner(paths);
        CanonicalJsonScanner locating = new CanonicalJsonScanner(paths);
        assertNull(checking.scan(canonical, 0, canonical.length));
        assertNull(locating.locate(canonical, 0, canonical.length));
        for (int id = 0; id < paths.size(); id++) {
            assertEquals(checking.start(id), locating.start(id), paths.get(id));
            assertEquals(checking.end(id), locating.end(id), paths.get(id));
        }
    }

    @Test
    void locateRefusesBytesThatEndEarly() {
        byte[] cut = "{\"a\":{\"b\":\"tex".getBytes(StandardCharsets.UTF_8);
        assertNotNull(new CanonicalJsonScanner(List.of("a.b")).locate(cut, 0, cut.length));
    }

    @Provide
    Arbitrary<JsonNode> trees() {
        Arbitrary<String> keys = Arbitraries.strings()
                .withChars("ab\u00e9\u20ac\n\"\\")
                .ofMaxLength(3)
                .injectDuplicates(0.0);
        Arbitrary<String> leaves = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(6).map(s -> new TextNode(s).toString()),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("true", "false", "null", "1.5", "-0.25"));
        return Arbitraries.maps(keys, leaves).ofMaxSize(5).map(members -> {
            StringBuilder text = new StringBuilder("{");
            members.forEach((k, v) -> text.append(text.length() > 1 ? "," : "")
                    .append(new TextNode(k))
                    .append(':')
                    .append(v));
            try {
                return JSON.readTree(text.append('}').toString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Property(tries = 1000)
    void theWordMaskMarksExactlyTheFirstSpecialByte(@ForAll long word) {
        int first = -1;
        for (int i = 0; i < 8 && first < 0; i++) {
            int b = (int) (word >>> (8 * i)) & 0xFF;
            if (b < 0x20 || b == '"' || b == '\\' || b >= 0x80) {
                first = i;
            }
        }
        long mask = CanonicalJsonScanner.specialBytes(word);
        assertEquals(first, mask == 0 ? -1 : Long.numberOfTrailingZeros(mask) >>> 3, Long.toHexString(word));
    }

    @Property(tries = 500)
    void longStringsAreAcceptedCanonicalAndRefusedWithARawControlCharacterAnywhere(
            @ForAll("longStrings") String text, @ForAll("positions") int position) throws Exception {
        byte[] canonical = CanonicalJson.string(JSON.readTree("{\"a\":[" + new TextNode(text) + "],\"b\":1}"))
                .getBytes(StandardCharsets.UTF_8);
        assertNull(new CanonicalJsonScanner(List.of()).scan(canonical, 0, canonical.length), text);
        int contentStart = "{\"a\":[\"".length();
        int contentEnd = canonical.length - "\"],\"b\":1}".length();
        if (contentEnd > contentStart) {
            byte[] broken = canonical.clone();
            broken[contentStart + position % (contentEnd - contentStart)] = 0x01;
            assertNotNull(new CanonicalJsonScanner(List.of()).scan(broken, 0, broken.length), text);
        }
    }

    @Provide
    Arbitrary<String> longStrings() {
        return Arbitraries.of(
                        "a",
                        "b",
                        "Z",
                        " ",
                        "0",
                        ":",
                        "{",
                        "[",
                        ",",
                        "\"",
                        "\\",
                        "\n",
                        "\u0001",
                        "\u007f",
                        "\u00e9",
                        "\u20ac",
                        "\ud83d\ude00")
                .list()
                .ofMaxSize(30)
                .map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 1000);
    }
}
