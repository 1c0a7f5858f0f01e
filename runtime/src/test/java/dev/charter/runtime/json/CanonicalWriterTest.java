package dev.charter.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CanonicalWriterTest {

    private static final JsonNodeFactory EXACT = JsonNodeFactory.withExactBigDecimals(true);

    @Test
    void separatesMembersAndElementsWithCommasOnly() {
        String json = CanonicalWriter.render(w -> w.beginObject().name("a").beginArray().number(1).string("x")
                .beginObject().endObject().beginArray().endArray().nullValue().endArray()
                .name(CanonicalWriter.Name.of("b\"")).bool(false).endObject());

        assertEquals("{\"a\":[1,\"x\",{},[],null],\"b\\\"\":false}", json);
    }

    @Test
    void aRenderingInsideARenderingGetsItsOwnBuffer() {
        String outer = CanonicalWriter.render(w -> w.beginArray()
                .canonical(CanonicalWriter.render(inner -> inner.beginArray().string("in").endArray()))
                .string("out").endArray());

        assertEquals("[[\"in\"],\"out\"]", outer);
        assertEquals("[2]", CanonicalWriter.render(w -> w.beginArray().number(2).endArray()));
    }

    @Property
    void escapesAnyStringAsTheTreeWriterDoes(@ForAll String text) {
        assertEquals(CanonicalJson.string(EXACT.textNode(text)), new CanonicalWriter().string(text).toString());
        assertEquals(CanonicalJson.string(EXACT.objectNode().put(text, 1)),
                new CanonicalWriter().beginObject().name(CanonicalWriter.Name.of(text)).number(1).endObject().toString());
    }

    @Property
    void writesAnIntegerAsItsNumberNodeOrItsDigits(@ForAll long value) {
        String expected = CanonicalJson.isExactNumber(BigDecimal.valueOf(value))
                ? CanonicalJson.string(EXACT.numberNode(value)) : CanonicalJson.string(EXACT.textNode(Long.toString(value)));

        assertEquals(expected, new CanonicalWriter().exactNumberOrString(value).toString());
        assertEquals(CanonicalJson.string(EXACT.numberNode(value)), new CanonicalWriter().number(value).toString());
    }

    @Property
    void writesADecimalAsItsNumberNodeOrItsText(@ForAll BigDecimal value) {
        String expected = CanonicalJson.isExactNumber(value)
                ? CanonicalJson.string(EXACT.numberNode(value)) : CanonicalJson.string(EXACT.textNode(value.toString()));

        assertEquals(expected, new CanonicalWriter().exactNumberOrString(value).toString());
    }

    @Test
    void keepsIntegersAroundTwoToThe53rdExactOrWritesTheirDigits() {
        assertEquals("9007199254740991", new CanonicalWriter().exactNumberOrString(9007199254740991L).toString());
        assertEquals("9007199254740992", new CanonicalWriter().exactNumberOrString(9007199254740992L).toString());
        assertEquals("\"9007199254740993\"", new CanonicalWriter().exactNumberOrString(9007199254740993L).toString());
        assertEquals("\"9007199254740993\"",
                new CanonicalWriter().exactNumberOrString(new BigDecimal("9007199254740993")).toString());
        assertEquals("1e+30", new CanonicalWriter().exactNumberOrString(new BigDecimal("1e30")).toString());
        assertEquals("0.1", new CanonicalWriter().exactNumberOrString(new BigDecimal("0.1")).toString());
        assertEquals("999999999999999", new CanonicalWriter().exactNumberOrString(new BigDecimal("999999999999999")).toString());
    }
}
