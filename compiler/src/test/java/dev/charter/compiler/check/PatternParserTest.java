package dev.charter.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ir.Regex;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternParserTest {

    private static Regex.Pattern parsed(String source) {
        PatternParser.Result result = PatternParser.parse(source);
        return assertInstanceOf(PatternParser.Parsed.class, result, () -> "rejected: " + result)
                .pattern();
    }

    private static PatternParser.Rejected rejected(String source) {
        return assertInstanceOf(PatternParser.Rejected.class, PatternParser.parse(source));
    }

    @Test
    void mergesNeighbouringCharactersIntoOneLiteral() {
        assertEquals(new Regex.Pattern(new Regex.Literal("abc"), false, false), parsed("abc"));
    }

    @Test
    void quantifierBindsToTheLastCharacterOnly() {
        assertEquals(
                new Regex.Concat(List.of(new Regex.Literal("ab"), new Regex.Repeat(new Regex.Literal("c"), 0, -1))),
                parsed("abc*").body());
    }

    @Test
    void readsAnchorsAtBothEnds() {
        Regex.Pattern p = parsed("^[A-Z]{2}\\d{2,}$");
        assertTrue(p.anchoredStart());
        assertTrue(p.anchoredEnd());
        assertEquals(
                new Regex.Concat(List.of(
                        new Regex.Repeat(new Regex.CharClass(List.of(new Regex.Range('A', 'Z')), false), 2, 2),
                        new Regex.Repeat(new Regex.CharClass(List.of(new Regex.Range('0', '9')), false), 2, -1))),
                p.body());
    }

    @Test
    void anEscapedDollarAtTheEndIsALiteral() {
        Regex.Pattern p = parsed("cost\\$");
        assertFalse(p.anchoredEnd());
        assertEquals(new Regex.Literal("cost$"), p.body());
    }

    @Test
    void groupsAlternativesAndRepeatsThem() {
        assertEquals(
                new Regex.Repeat(new Regex.Union(List.of(new Regex.Literal("ab"), new Regex.Literal("cd"))), 1, -1),
                parsed("(ab|cd)+").body());
        assertEquals(parsed("(ab|cd)+"), parsed("(?:ab|cd)+"));
    }

    @Test
    void normalisesClassesAndComplementsNegatedShorthands() {
        assertEquals(
                new Regex.CharClass(List.of(new Regex.Range('0', '9'), new Regex.Range('a', 'f')), true),
                parsed("[^a-fc0-9]").body());
        Regex.CharClass notDigit = (Regex.CharClass) parsed("[\\D]").body();
        assertEquals(
                List.of(new Regex.Range(0, '0' - 1), new Regex.Range('9' + 1, Character.MAX_CODE_POINT)),
                notDigit.ranges());
        assertEquals(
                new Regex.CharClass(List.of(new Regex.Range('0', '9')), true),
                parsed("\\D").body());
    }

    @Test
    void rejectsNestedBoundsThatExpandBeyondThePositionLimit() {
        PatternParser.Rejected r = rejected("((a{1000}){1000}){1000}");
        assertEquals(0, r.offset());
        assertTrue(r.message().contains("more than 10000 character positions"), r.message());
        assertInstanceOf(PatternParser.Parsed.class, PatternParser.parse("(\\w{1,64}\\.){1,10}[a-z]{2,6}"));
        assertInstanceOf(PatternParser.Parsed.class, PatternParser.parse(".{0,1000}(ab)*"));
    }

    @Test
    void aSlashEscapedForTheDelimiterIsALiteralSlash() {
        assertEquals(new Regex.Literal("a/b"), parsed("a\\/b").body());
    }

    @ParameterizedTest(name = "{0} rejected at {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "(a)\\1 ; 3 ; backreferences are not supported",
                "a(?=b) ; 2 ; lookahead `(?=` is not supported",
                "a(?<!b)c ; 2 ; lookbehind `(?<!` is not supported",
                "(?<x>a) ; 1 ; named groups are not supported",
                "a*? ; 2 ; lazy and possessive quantifiers are not supported",
                "\\bword ; 0 ; the boundary `\\b` is not supported",
                "a^b ; 1 ; the anchor `^` is only allowed at the start of the pattern",
                "*a ; 0 ; `*` has nothing to repeat",
                "(ab ; 0 ; unclosed group",
                "ab) ; 2 ; unmatched `)`",
                "[z-a] ; 2 ; range `z-a` is out of order",
                "[abc ; 0 ; unclosed character class",
                "a{3,1} ; 1 ; repetition {3,1} has its bounds out of order",
                "a{5000} ; 1 ; repetition bound 5000 is too large (at most 1000)",
                "\\p{L} ; 0 ; Unicode property classes are not supported",
                "^a|b$ ; 0 ; an anchor next to a top-level `|` is ambiguous",
                "\\q ; 0 ; unknown escape `\\q`",
            })
    void rejectsWhatTheDialectLeavesOutAtTheOffendingCharacter(String source, int offset, String message) {
        PatternParser.Rejected r = rejected(source);
        assertEquals(message, r.message());
        assertEquals(offset, r.offset());
    }

    @Test
    void countsOffsetsInCodePoints() {
        assertEquals(2, rejected("\uD83D\uDE00a\\1").offset());
    }

    @Property
    void neverThrowsOnArbitraryText(@ForAll @StringLength(max = 40) String source) {
        PatternParser.Result result = PatternParser.parse(source);
        if (result instanceof PatternParser.Rejected r) {
            assertTrue(r.offset() >= 0 && r.offset() <= source.codePointCount(0, source.length()));
        }
    }

    @Property(tries = 3000)
    void meansWhatJavaMeansByTheSamePattern(@ForAll("patterns") String source, @ForAll("inputs") String input) {
        PatternParser.Result result = PatternParser.parse(source);
        if (result instanceof PatternParser.Parsed parsed) {
            boolean java = Pattern.compile(source).matcher(input).find();
            boolean ours = Pattern.compile(JavaText.of(parsed.pattern()))
                    .matcher(input)
                    .find();
            assertEquals(java, ours, () -> source + " on " + input + " as " + JavaText.of(parsed.pattern()));
        }
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars("ab1.()|*+?[]-^$\\d").ofMaxLength(10);
    }

    @Provide
    Arbitrary<String> inputs() {
        return Arbitraries.strings().withChars("ab1-d").ofMaxLength(6);
    }

    /** The IR pattern written back as a Java regex, independently of the source it came from. */
    private static final class JavaText {
        static String of(Regex.Pattern p) {
            return (p.anchoredStart() ? "^" : "") + of(p.body()) + (p.anchoredEnd() ? "\\z" : "");
        }

        static String of(Regex r) {
            if (r instanceof Regex.Literal l) {
                return l.text().isEmpty() ? "" : Pattern.quote(l.text());
            }
            if (r instanceof Regex.AnyChar) {
                return ".";
            }
            if (r instanceof Regex.CharClass c) {
                StringBuilder text = new StringBuilder(c.negated() ? "[^" : "[");
                c.ranges().forEach(range -> text.append(String.format("\\x{%x}-\\x{%x}", range.from(), range.to())));
                return text.append(']').toString();
            }
            if (r instanceof Regex.Concat c) {
                return c.parts().stream().map(part -> "(?:" + of(part) + ")").collect(Collectors.joining());
            }
            if (r instanceof Regex.Union u) {
                return u.alternatives().stream().map(JavaText::of).collect(Collectors.joining("|", "(?:", ")"));
            }
            Regex.Repeat rep = (Regex.Repeat) r;
            return "(?:" + of(rep.body()) + "){" + rep.min() + "," + (rep.max() < 0 ? "" : rep.max()) + "}";
        }
    }
}
