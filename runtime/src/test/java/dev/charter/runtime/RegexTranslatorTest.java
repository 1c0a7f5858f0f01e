package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ir.Regex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsed patterns the translation must not let RE2/J read differently from the language. */
class RegexTranslatorTest {

    private static boolean finds(Regex body, boolean start, boolean end, String text) {
        return RegexTranslator.compile(new Regex.Pattern(body, start, end))
                .matcher(text)
                .find();
    }

    @Test
    void aClassWithNoRangesMatchesNothingAndItsNegationAnyCodePoint() {
        Regex empty = new Regex.Concat(List.of(new Regex.CharClass(List.of(), false), new Regex.Literal("]")));
        assertFalse(finds(empty, false, false, "]]"));
        assertTrue(finds(new Regex.CharClass(List.of(), true), true, true, "\uD83D\uDE00"));
    }

    @Test
    void aSupplementaryCharacterIsOnePositionAndPunctuationIsLiteral() {
        assertTrue(finds(new Regex.AnyChar(), true, true, "\uD83D\uDE00"));
        assertTrue(finds(new Regex.Literal("a.*$"), true, true, "a.*$"));
        assertFalse(finds(new Regex.Literal("a.*$"), true, true, "abc"));
    }

    @Test
    void theLargestPatternTheLanguageAllowsCompilesAndMatches() {
        Regex a = new Regex.Literal("a");
        Regex largest = new Regex.Repeat(new Regex.Repeat(a, 0, Regex.MAX_REPEAT), 0, 10);
        assertTrue(Regex.positions(largest) <= Regex.MAX_POSITIONS);
        assertTrue(finds(largest, true, true, "a".repeat(10_000)));
        assertFalse(finds(largest, true, true, "a".repeat(10_001)));
    }
}
