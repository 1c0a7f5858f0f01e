package dev.charter.runtime;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Request texts for the fintech constitution built to break the boundary: strings with lone
 * surrogates (raw and escaped), control characters and long runs; numbers far beyond a double
 * (huge, tiny, many digits, negative zero); values nested up to 40 deep; numbers where strings
 * belong and strings where numbers belong; a leading zero makes some numbers malformed JSON; a
 * session of any string, or none. For
 * tests in other packages too.
 */
public final class AdversarialRequests {

    private AdversarialRequests() {}

    /** Request texts, mostly well-formed JSON, some of them refused. */
    public static Arbitrary<String> texts() {
        Arbitrary<String> agent = Arbitraries.oneOf(Arbitraries.just("\"lending-agent-v2\""), strings());
        Arbitrary<String> attribute = Arbitraries.oneOf(numbers(), strings(), nested());
        Arbitrary<String> extra = Arbitraries.oneOf(
                Arbitraries.just(""),
                Combinators.combine(strings(), attribute).as((name, value) -> "," + name + ":" + value));
        Arbitrary<String> session = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.just(",\"session\":null"),
                strings().map(s -> ",\"session\":" + s));
        return Combinators.combine(agent, attribute, attribute, extra, session)
                .as((a, amount, destination, more, inSession) -> "{\"agent\":" + a
                        + ",\"action\":\"initiate_payment\",\"request\":{\"amount\":" + amount
                        + ",\"destination\":" + destination + more + "},\"context\":{\"identity_verified\":true,"
                        + "\"account_status\":\"active\",\"market_halted\":false},\"time\":\"2026-04-14T11:42:09Z\""
                        + inSession + "}");
    }

    /** JSON string literals: any characters, lone surrogates included, written raw or as escapes. */
    static Arbitrary<String> strings() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings()
                        .withChars('\ud800', '\udc00', '\u0001', '"', '\\', 'a', '\u00e9')
                        .ofMaxLength(8),
                Arbitraries.strings().withChars('\u0001', 'x').ofMinLength(1000).ofMaxLength(4000));
        return Combinators.combine(text, Arbitraries.of(true, false)).as(AdversarialRequests::literal);
    }

    /** JSON number literals, most of them beyond what a double holds. */
    static Arbitrary<String> numbers() {
        Arbitrary<String> digits =
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(60);
        return Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                digits.map(d -> "-" + d),
                Combinators.combine(digits, digits, Arbitraries.integers().between(-500, 500))
                        .as((i, f, e) -> i + "." + f + "e" + e),
                Arbitraries.of(
                        "0",
                        "-0",
                        "0.0",
                        "1e400",
                        "1e-400",
                        "9007199254740993",
                        "123456789012345678901234",
                        "1" + "0".repeat(500),
                        "1" + "0".repeat(500) + ".000",
                        "0.12345678901234567890",
                        "1E+2",
                        "5e-324",
                        "1e999999999"));
    }

    /** Values nested in arrays and objects, up to 40 levels. */
    static Arbitrary<String> nested() {
        return Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.oneOf(numbers(), strings()))
                .as((depth, leaf) -> "[{\"k\":".repeat(depth / 2)
                        + "[".repeat(depth % 2)
                        + leaf
                        + "]".repeat(depth % 2)
                        + "}]".repeat(depth / 2));
    }

    private static String literal(String text, boolean escapeAll) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || (escapeAll && c > 0x7e)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
