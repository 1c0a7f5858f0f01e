package dev.charter.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.erdtman.jcs.NumberToJSON;
import org.junit.jupiter.api.Test;

class CanonicalWriterTest {

    private static final JsonNodeFactory EXACT = new JsonNodeFactory(true);

    @Test
    void separatesMembersAndElementsWithCommasOnly() {
        String json = CanonicalWriter.render(w -> w.beginObject()
                .name("a")
                .beginArray()
                .number(1)
                .string("x")
                .beginObject()
                .endObject()
                .beginArray()
                .endArray()
                .nullValue()
                .endArray()
                .name(CanonicalWriter.Name.of("b\""))
                .bool(false)
                .endObject());

        assertEquals("{\"a\":[1,\"x\",{},[],null],\"b\\\"\":false}", json);
    }

    @Test
    void membersWrittenOutOfOrderFailAnAssertion() {
        AssertionError error = assertThrows(
                AssertionError.class,
                () -> new CanonicalWriter().beginObject().name("b").number(1).name("a"));

        assertTrue(error.getMessage().contains("\"a\" written after \"b\""), error.getMessage());
    }

    @Test
    void aMemberNamedTwiceFailsAnAssertion() {
        assertThrows(
                AssertionError.class,
                () -> new CanonicalWriter().beginObject().name("a").number(1).name("a"));
    }

    @Test
    void aPrecomputedNameOutOfOrderFailsAnAssertion() {
        assertThrows(
                AssertionError.class,
                () -> new CanonicalWriter()
                        .beginObject()
                        .name(CanonicalWriter.Name.of("z"))
                        .number(1)
                        .name(CanonicalWriter.Name.of("y")));
    }

    @Test
    void membersAreOrderedByUtf16CodeUnitsNotByCodePoints() {
        String emoji = "\uD83D\uDE00"; // U+1F600: a larger code point than U+FFFF, a smaller first code unit

        new CanonicalWriter()
                .beginObject()
                .name(emoji)
                .number(1)
                .name("\uFFFF")
                .number(2)
                .endObject();
        assertThrows(
                AssertionError.class,
                () -> new CanonicalWriter()
                        .beginObject()
                        .name("\uFFFF")
                        .number(2)
                        .name(emoji));
    }

    @Test
    void eachObjectIsOrderedOnItsOwn() {
        String json = CanonicalWriter.render(w -> w.beginObject()
                .name("b")
                .beginObject()
                .name("a")
                .number(1)
                .endObject()
                .name("c")
                .beginArray()
                .beginObject()
                .name("a")
                .number(2)
                .endObject()
                .endArray()
                .endObject());

        assertEquals("{\"b\":{\"a\":1},\"c\":[{\"a\":2}]}", json);
        assertThrows(
                AssertionError.class,
                () -> new CanonicalWriter()
                        .beginObject()
                        .name("b")
                        .beginObject()
                        .name("c")
                        .number(1)
                        .endObject()
                        .name("a"));
    }

    @Test
    void aMemberOutsideAnyObjectFailsAnAssertion() {
        assertThrows(
                AssertionError.class, () -> new CanonicalWriter().beginArray().name("a"));
    }

    @Test
    void aRenderingInsideARenderingGetsItsOwnBuffer() {
        String outer = CanonicalWriter.render(w -> w.beginArray()
                .canonical(CanonicalWriter.render(
                        inner -> inner.beginArray().string("in").endArray()))
                .string("out")
                .endArray());

        assertEquals("[[\"in\"],\"out\"]", outer);
        assertEquals("[2]", CanonicalWriter.render(w -> w.beginArray().number(2).endArray()));
    }

    @Property
    void escapesAnyStringAsTheTreeWriterDoes(@ForAll String text) {
        assertEquals(
                CanonicalJson.string(EXACT.textNode(text)),
                new CanonicalWriter().string(text).toString());
        assertEquals(
                CanonicalJson.string(EXACT.objectNode().put(text, 1)),
                new CanonicalWriter()
                        .beginObject()
                        .name(CanonicalWriter.Name.of(text))
                        .number(1)
                        .endObject()
                        .toString());
    }

    @Property
    void writesEveryLongAsItsExactDigits(@ForAll long value) {
        assertEquals(Long.toString(value), new CanonicalWriter().number(value).toString());
        assertEquals(Long.toString(value), CanonicalJson.string(EXACT.numberNode(value)));
    }

    @Property
    void writesADecimalAsItsNumberNodeAndReadsBackToIt(@ForAll BigDecimal value) {
        String text = new CanonicalWriter().number(value).toString();

        assertEquals(CanonicalJson.string(EXACT.numberNode(value)), text);
        assertEquals(0, new BigDecimal(text).compareTo(value), text);
        assertEquals(text, CanonicalJson.numberText(new BigDecimal(text)));
    }

    @Property
    void writesEveryNumberADoubleHoldsAsRfc8785Does(@ForAll double value) throws Exception {
        Assume.that(Double.isFinite(value));
        String rfc8785 = NumberToJSON.serializeNumber(value);

        assertEquals(rfc8785, CanonicalJson.numberText(new BigDecimal(rfc8785)));
    }

    @Property
    void writesAnyTwoCharactersSoThatTheirBytesReadBackToThem(@ForAll char first, @ForAll char second) {
        String text = new String(new char[] {first, second});
        String written = new CanonicalWriter().string(text).toString();

        assertEquals(written, new String(written.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertEquals(
                text, CanonicalJson.tree("{\"s\":" + written + "}").get("s").textValue());
        assertEquals(JsonLimits.loneSurrogate(text) >= 0, written.contains("\\ud"), written);
    }

    @Test
    void keepsIntegersBeyondTwoToThe53rdExact() {
        assertEquals(
                "9007199254740993",
                new CanonicalWriter().number(9007199254740993L).toString());
        assertEquals(
                "-9223372036854775808",
                new CanonicalWriter().number(Long.MIN_VALUE).toString());
        assertEquals(
                "9007199254740993",
                new CanonicalWriter().number(new BigDecimal("9007199254740993")).toString());
        assertEquals(
                "1e+30", new CanonicalWriter().number(new BigDecimal("1e30")).toString());
        assertEquals("0.1", new CanonicalWriter().number(new BigDecimal("0.1")).toString());
        assertEquals(
                "999999999999999",
                new CanonicalWriter().number(new BigDecimal("999999999999999")).toString());
    }
}
