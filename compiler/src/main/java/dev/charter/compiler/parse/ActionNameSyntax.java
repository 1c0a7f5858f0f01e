package dev.charter.compiler.parse;

import dev.charter.grammar.CharterLexer;
import dev.charter.grammar.CharterParser;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * How an action name is written back into a constitution: bare when the grammar reads it as a
 * bare dotted name ({@code crm.delete_contact}), in quotes otherwise ({@code "write:refund"}).
 * Both spellings of a name mean the same action, so the bare one, the older and shorter, is the
 * canonical one {@code charter fmt} writes.
 */
public final class ActionNameSyntax {

    /** The tokens that may begin a bare action name: the grammar's {@code actionIdentifier}, read from the parser itself. */
    private static final IntervalSet FIRST_SEGMENT = tokensOf(CharterParser.RULE_actionIdentifier);

    /** The tokens that may follow a dot in a bare action name: the grammar's {@code identifier}. */
    private static final IntervalSet LATER_SEGMENT = tokensOf(CharterParser.RULE_identifier);

    /** The tokens a one-token rule of the grammar accepts: the tokens that can start it. */
    private static IntervalSet tokensOf(int rule) {
        ATN atn = CharterParser._ATN;
        return atn.nextTokens(atn.ruleToStartState[rule]);
    }

    private ActionNameSyntax() {}

    /** {@code name} as it is written in a declaration, a rule or a message. */
    public static String written(String name) {
        return isBare(name) ? name : StringEscapes.quote(name);
    }

    /** The wildcard over the names that start with {@code prefix}, as written in a rule. */
    public static String writtenWildcard(String prefix) {
        if (prefix.isEmpty()) {
            return "*";
        }
        String stem = prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return isBare(stem) ? prefix + "*" : StringEscapes.quote(prefix + "*");
    }

    /**
     * Whether {@code name} is one identifier as the grammar's {@code identifier} reads it (a
     * lower-case name, or a word that is a keyword in one place only): what can name a parameter,
     * an object's field or an enum value. A word the language reserves is not one.
     */
    public static boolean isIdentifier(String name) {
        List<? extends Token> tokens = tokens(name);
        return tokens.size() == 1
                && LATER_SEGMENT.contains(tokens.get(0).getType())
                && tokens.get(0).getText().equals(name);
    }

    /** Whether the grammar reads {@code name}, unquoted, as exactly this dotted action name. */
    static boolean isBare(String name) {
        List<? extends Token> tokens = tokens(name);
        if (tokens.isEmpty()
                || tokens.size() % 2 == 0
                || !FIRST_SEGMENT.contains(tokens.get(0).getType())) {
            return false;
        }
        for (int i = 1; i < tokens.size(); i += 2) {
            if (tokens.get(i).getType() != CharterLexer.DOT
                    || !LATER_SEGMENT.contains(tokens.get(i + 1).getType())) {
                return false;
            }
        }
        return true;
    }

    private static List<? extends Token> tokens(String text) {
        CharterLexer lexer = new CharterLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        return lexer.getAllTokens();
    }
}
