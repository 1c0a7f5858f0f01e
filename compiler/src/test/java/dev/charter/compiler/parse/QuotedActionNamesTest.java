package dev.charter.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.ast.ActionPattern;
import dev.charter.compiler.ast.Declaration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tool names in quotes: what they parse to, and how the printer writes them back. */
class QuotedActionNamesTest {

    @Test
    void a_quoted_declaration_keeps_the_tools_name_verbatim() {
        Declaration.ActionDecl action =
                (Declaration.ActionDecl) only("action \"github/create-issue\" { title: string }");

        assertEquals("github/create-issue", action.name().text());
        assertEquals("action \"github/create-issue\" { title: string }", AstPrinter.print(action));
    }

    @Test
    void a_quoted_name_that_is_also_a_bare_name_prints_bare() {
        assertEquals("action crm.delete_contact {}", AstPrinter.print(only("action \"crm.delete_contact\" {}")));
    }

    @Test
    void a_quoted_pattern_ending_in_a_star_is_a_wildcard_over_its_prefix() {
        ActionPattern.Single item = pattern("deny \"delete:*\"");

        assertEquals(new ActionPattern.ActionWildcard(item.span(), "delete:"), item);
    }

    @Test
    void a_quoted_star_matches_every_action_and_a_quoted_bare_wildcard_is_the_bare_one() {
        assertTrue(((ActionPattern.ActionWildcard) pattern("deny \"*\"")).matchesEveryAction());
        assertEquals("crm.", ((ActionPattern.ActionWildcard) pattern("deny \"crm.*\"")).prefix());
    }

    @Test
    void names_are_quoted_exactly_when_the_grammar_would_not_read_them_bare() {
        assertEquals("crm.delete_contact", ActionNameSyntax.written("crm.delete_contact"));
        assertEquals("on.to", ActionNameSyntax.written("on.to"));
        assertEquals(
                List.of(
                        "\"write:refund\"",
                        "\"Fs.read\"",
                        "\"2fa.verify\"",
                        "\"when\"",
                        "\"rule\"",
                        "\"crm..x\"",
                        "\"_\""),
                List.of("write:refund", "Fs.read", "2fa.verify", "when", "rule", "crm..x", "_").stream()
                        .map(ActionNameSyntax::written)
                        .toList());
    }

    @Test
    void wildcards_are_written_bare_when_their_stem_is_a_bare_name() {
        assertEquals(
                List.of("*", "crm.*", "crm.delete_*", "\"delete:*\"", "\"crm..*\""),
                List.of("", "crm.", "crm.delete_", "delete:", "crm..").stream()
                        .map(ActionNameSyntax::writtenWildcard)
                        .toList());
    }

    private static Declaration only(String text) {
        ParseResult result = Parser.parse("t.charter", text);
        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        return result.file().declarations().get(0);
    }

    private static ActionPattern.Single pattern(String rule) {
        Declaration.RuleDecl decl = (Declaration.RuleDecl) only("rule r: " + rule + ";");
        return (ActionPattern.Single) decl.actions();
    }
}
