package dev.charter.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.ast.ConstitutionFile;
import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.Literal;
import dev.charter.runtime.ir.Effect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The acceptance examples of LANGUAGE.md parse without diagnostics and mean what the sketch says. */
class LanguageExamplesTest {

    static String resource(String path) {
        try (InputStream in = LanguageExamplesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConstitutionFile lending() {
        ParseResult result = Parser.parse("lending.charter", resource("/charter/examples/lending.charter"));
        assertEquals(List.of(), result.diagnostics());
        return result.file();
    }

    @Test
    void the_complete_lending_example_parses_without_diagnostics() {
        ConstitutionFile file = lending();
        assertTrue(file.header().isPresent());
        assertEquals("fintech-lending-agent", file.header().get().name().value());
        assertEquals("3", file.header().get().version().text());
        assertEquals(21, file.declarations().size());
    }

    @Test
    void the_lending_example_has_its_five_rules_in_order_with_their_effects() {
        List<Declaration.RuleDecl> rules = lending().declarations().stream()
                .filter(Declaration.RuleDecl.class::isInstance)
                .map(Declaration.RuleDecl.class::cast)
                .collect(Collectors.toList());
        assertEquals(
                List.of("balance_ok", "small_payment", "large_payment", "no_credit_changes", "no_third_party_sharing"),
                rules.stream().map(r -> r.name().text()).collect(Collectors.toList()));
        assertEquals(
                List.of(Effect.PERMIT, Effect.PERMIT, Effect.ESCALATE, Effect.DENY, Effect.DENY),
                rules.stream().map(Declaration.RuleDecl::effect).collect(Collectors.toList()));
        assertEquals("senior_ops", rules.get(2).route().orElseThrow().value());
        assertEquals("10", ((Literal.IntLiteral) rules.get(2).priority().orElseThrow()).text());
    }

    @Test
    void the_assertion_reads_as_an_implication_of_a_conjunction() {
        Declaration.AssertDecl assertion =
                (Declaration.AssertDecl) lending().declarations().get(20);
        assertEquals(
                "initiate_payment and request.amount >= 10000 => decision != permit",
                AstPrinter.print(assertion.condition()));
        assertTrue(assertion.condition() instanceof dev.charter.compiler.ast.Expression.Implies);
    }

    @Test
    void printing_the_example_and_parsing_it_again_gives_the_same_tree() {
        ConstitutionFile file = lending();
        ParseResult again = Parser.parse("lending.charter", AstPrinter.print(file));
        assertEquals(List.of(), again.diagnostics());
        assertTrue(SpanBlindEquality.equal(file, again.file()), SpanBlindEquality.difference(file, again.file()));
    }
}
