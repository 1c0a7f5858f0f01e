package dev.charter.server.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markupAndQuotesBecomeEntities() {
        assertEquals(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                Html.text("<script>alert('x')</script> & \"q\""));
    }

    @Test
    void newlinesAnsiEscapesAndBidiOverridesAreShownNotObeyed() {
        assertEquals(
                "bob\\u000A\\u000D approved by alice \\u001B[31mred \\u202Eevil\\u2066 \\u200B\\u2028",
                Html.text("bob\n\r approved by alice \u001B[31mred \u202Eevil\u2066 \u200B\u2028"));
    }

    @Test
    void c1ControlsDeleteAndLoneSurrogatesAreShown() {
        assertEquals("\\u009B1m\\u007F\\uD800x\\uDC00", Html.text("\u009B1m\u007F\uD800x\uDC00"));
    }

    @Test
    void ordinaryTextAndPairedSurrogatesStayAsTheyAre() {
        String text = "Überweisung 15 000 € an Zoë, 日本語, 🙂";
        assertEquals(text, Html.text(text));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", Html.text(null));
    }

    @Property(tries = 2000)
    void escapedOutputHasNoRawMarkupQuoteOrControlCharacter(@ForAll("hostile") String input) {
        String escaped = Html.text(input);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            assertFalse(c == '<' || c == '>' || c == '"' || c == '\'', () -> "raw markup in " + escaped);
            assertFalse(Character.isISOControl(c), () -> "raw control character in " + escaped);
            assertFalse(Character.getType(c) == Character.FORMAT, () -> "raw format character in " + escaped);
            if (Character.isHighSurrogate(c)) {
                assertFalse(i + 1 == escaped.length() || !Character.isLowSurrogate(escaped.charAt(i + 1)));
                i++;
            } else {
                assertFalse(Character.isLowSurrogate(c), () -> "lone surrogate in " + escaped);
            }
        }
        assertFalse(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "").contains("&"), () -> "bare & in " + escaped);
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<Character> nasty = Arbitraries.of(
                '<', '>', '"', '\'', '&', '\n', '\r', '\t', '\u0000', '\u001B', '\u007F', '\u0085', '\u009B', '\u202E',
                '\u2066', '\u200B', '\u2028', '\uFEFF', '\uD800', '\uDC00', '\uE000');
        Arbitrary<Character> any = Arbitraries.chars().all();
        Arbitrary<Character> plain = Arbitraries.chars().alpha();
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, nasty),
                        net.jqwik.api.Tuple.of(3, any),
                        net.jqwik.api.Tuple.of(3, plain))
                .list()
                .ofMaxSize(60)
                .map(chars -> {
                    StringBuilder out = new StringBuilder();
                    chars.forEach(out::append);
                    return out.toString();
                });
    }
}
