package dev.charter.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.grammar.CharterLexer;
import dev.charter.grammar.CharterParser;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.junit.jupiter.api.Test;

/**
 * {@link GrammarConcepts} keeps its own list of the tokens that may stand as a name — the soft
 * keywords among them — for error recovery and "expected ..." phrases. The grammar is the
 * authority: the list must be exactly the tokens its {@code typeIdentifier} rule starts with
 * ({@code UPPER_NAME} or an {@code identifier}), read from the generated parser's ATN.
 */
class GrammarConceptsTest {

    @Test
    void theNameTokensAreExactlyThoseTheGrammarAcceptsAsNames() {
        Set<String> grammar = new TreeSet<>();
        Set<String> concepts = new TreeSet<>();
        IntervalSet names = firstTokens(CharterParser.RULE_typeIdentifier);
        for (int type = 1; type <= CharterLexer.VOCABULARY.getMaxTokenType(); type++) {
            if (names.contains(type)) {
                grammar.add(CharterLexer.VOCABULARY.getSymbolicName(type));
            }
            if (GrammarConcepts.isName(type)) {
                concepts.add(CharterLexer.VOCABULARY.getSymbolicName(type));
            }
        }
        assertEquals(grammar, concepts);
    }

    private static IntervalSet firstTokens(int rule) {
        ATN atn = CharterParser._ATN;
        return atn.nextTokens(atn.ruleToStartState[rule]);
    }
}
