package dev.charter.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.grammar.CharterLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Vocabulary;
import org.junit.jupiter.api.Test;

class ActionNameSyntaxTest {

    /** Every word the lexer knows: the literal tokens, `'count'` read as {@code count}. */
    private static List<String> words() {
        Vocabulary vocabulary = CharterLexer.VOCABULARY;
        List<String> words = new ArrayList<>();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && literal.matches("'[a-z_]+'")) {
                words.add(literal.substring(1, literal.length() - 1));
            }
        }
        return words;
    }

    @Test
    void a_word_is_an_identifier_exactly_when_the_parser_takes_it_as_a_parameter_name() {
        List<String> words = words();
        assertTrue(words.contains("count") && words.contains("when"), () -> "words: " + words);
        for (String word : words) {
            boolean parses =
                    !Parser.parse("t.charter", "action a { " + word + ": int }").hasErrors();
            assertEquals(parses, ActionNameSyntax.isIdentifier(word), word);
        }
    }

    @Test
    void a_word_is_a_bare_action_name_exactly_when_the_parser_takes_it_as_one() {
        for (String word : words()) {
            boolean parses =
                    !Parser.parse("t.charter", "action " + word + " {}").hasErrors();
            assertEquals(parses, ActionNameSyntax.written(word).equals(word), word);
            boolean later =
                    !Parser.parse("t.charter", "action a." + word + " {}").hasErrors();
            assertEquals(later, ActionNameSyntax.written("a." + word).equals("a." + word), "a." + word);
        }
    }

    @Test
    void the_quantifier_words_name_parameters_as_tools_use_them() {
        for (String word : List.of("count", "any", "all", "list")) {
            assertTrue(ActionNameSyntax.isIdentifier(word), word);
        }
    }
}
