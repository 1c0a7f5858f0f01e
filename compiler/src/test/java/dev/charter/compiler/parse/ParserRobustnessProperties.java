package dev.charter.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.DiagnosticPrinter;
import dev.charter.compiler.SourceFile;
import dev.charter.compiler.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Whatever the input, the parser returns diagnostics and never throws, and every diagnostic
 * points inside the file and renders.
 */
class ParserRobustnessProperties {

    private static final String LENDING = LanguageExamplesTest.resource("/charter/examples/lending.charter");

    private static final List<String> VOCABULARY = List.of(
            "rule",
            "permit",
            "deny",
            "escalate",
            "to",
            "when",
            "unless",
            "priority",
            "because",
            "default",
            "on",
            "conflict",
            "assert",
            "enum",
            "context",
            "action",
            "input",
            "relation",
            "routes",
            "constitution",
            "version",
            "and",
            "or",
            "not",
            "in",
            "matches",
            "starts_with",
            "request",
            "time",
            "true",
            "x",
            "crm.delete_",
            "A",
            "_",
            "(",
            ")",
            "{",
            "}",
            ",",
            ":",
            ";",
            ".",
            "*",
            ":-",
            "=>",
            "==",
            "<",
            "-",
            "+",
            "\"s\"",
            "\"",
            "/a/",
            "/",
            "/*",
            "*/",
            "//",
            "12",
            "1.5",
            "2026-01-01",
            "2026-13-40",
            "$",
            "\\",
            "\n",
            " ",
            "\t");

    private static void assertOnlyDiagnostics(String text) {
        SourceFile file = new SourceFile("fuzz.charter", text);
        ParseResult result = Parser.parse(file.name(), file.text());
        long lines = text.split("\r\n|\r|\n", -1).length;
        for (Diagnostic diagnostic : result.diagnostics()) {
            assertTrue(diagnostic.span().line() <= lines, diagnostic::toString);
            assertFalse(diagnostic.message().isBlank());
        }
        assertTrue(result.diagnostics().size() <= SyntaxErrorLog.LIMIT + 2);
        DiagnosticPrinter.render(result.diagnostics(), List.of(file));
    }

    @Property(tries = 300)
    void random_bytes_give_diagnostics_not_exceptions(@ForAll @Size(max = 2000) byte[] bytes) {
        assertOnlyDiagnostics(new String(bytes, StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void arbitrary_unicode_text_gives_diagnostics_not_exceptions(@ForAll @Size(max = 400) String text) {
        assertOnlyDiagnostics(text);
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of(VOCABULARY).list().ofMaxSize(200).map(tokens -> String.join(" ", tokens));
    }

    @Property(tries = 500)
    void sequences_of_charter_tokens_give_diagnostics_not_exceptions(@ForAll("tokenSoup") String text) {
        assertOnlyDiagnostics(text);
    }

    @Provide
    Arbitrary<String> mutatedExample() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, LENDING.length());
        Arbitrary<String> insertion = Arbitraries.oneOf(
                Arbitraries.of(VOCABULARY), Arbitraries.strings().ofMaxLength(3));
        Arbitrary<Tuple.Tuple3<Integer, Integer, String>> edit =
                Combinators.combine(position, position, insertion).as(Tuple::of);
        return edit.list().ofMinSize(1).ofMaxSize(6).map(edits -> {
            StringBuilder text = new StringBuilder(LENDING);
            for (Tuple.Tuple3<Integer, Integer, String> e : edits) {
                int from = Math.min(Math.min(e.get1(), e.get2()), text.length());
                int to = Math.min(Math.max(e.get1(), e.get2()), Math.min(text.length(), from + 40));
                text.replace(from, to, e.get3());
            }
            return text.toString();
        });
    }

    @Property(tries = 500)
    void mutated_valid_files_give_diagnostics_not_exceptions(@ForAll("mutatedExample") String text) {
        assertOnlyDiagnostics(text);
    }

    @Test
    void a_megabyte_of_token_soup_stops_at_the_error_limit() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < InputScreen.MAX_CHARS - 100; i++) {
            text.append(VOCABULARY.get((i * 7919) % VOCABULARY.size())).append(' ');
        }
        ParseResult result = Parser.parse("soup.charter", text.toString());
        assertEquals(SyntaxErrorLog.LIMIT + 1, result.diagnostics().size());
    }

    @Test
    void three_megabytes_of_garbage_are_refused_with_one_diagnostic() {
        byte[] garbage = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        ParseResult result = Parser.parse("garbage.bin", new String(garbage, StandardCharsets.ISO_8859_1));
        assertEquals(1, result.diagnostics().size());
        assertEquals("input-too-large", result.diagnostics().get(0).code().code());
    }

    @Test
    void binary_input_is_refused_with_one_diagnostic() {
        byte[] garbage = new byte[4096];
        new java.util.Random(11).nextBytes(garbage);
        ParseResult result = Parser.parse("garbage.bin", new String(garbage, StandardCharsets.UTF_8));
        assertEquals(
                List.of("binary-input"),
                result.diagnostics().stream().map(d -> d.code().code()).collect(java.util.stream.Collectors.toList()));
    }
}
