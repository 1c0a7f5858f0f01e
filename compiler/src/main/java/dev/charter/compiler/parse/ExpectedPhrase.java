package dev.charter.compiler.parse;

import static dev.charter.grammar.CharterLexer.*;

import dev.charter.grammar.CharterLexer;
import dev.charter.grammar.CharterParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns the set of tokens the parser could have accepted into a phrase in the language's
 * concepts: {"IDENTIFIER", "'('", "'not'", ...} inside a condition becomes "an expression";
 * a dozen operators become "an operator"; names become "an action name" or "a rule name".
 */
final class ExpectedPhrase {

    private static final int MAX_ITEMS = 6;

    private ExpectedPhrase() {}

    static String of(IntervalSet expected, ParserRuleContext context) {
        int rule = context.getRuleIndex();
        if (rule == CharterParser.RULE_constitution || rule == CharterParser.RULE_declaration) {
            return expected.contains(Token.EOF) && expected.size() == 1 ? "the end of the file" : "a declaration";
        }
        if (rule == CharterParser.RULE_priorityValue) {
            return "a priority number";
        }
        long literals =
                expected.toList().stream().filter(GrammarConcepts::isLiteral).count();
        boolean inExpression = GrammarConcepts.inExpression(context);
        boolean wantsExpression = inExpression && expected.contains(LPAREN);
        long operators =
                expected.toList().stream().filter(GrammarConcepts::isOperator).count();
        Set<String> concepts = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        for (int type : expected.toList()) {
            if (wantsExpression && GrammarConcepts.startsExpression(type)) {
                concepts.add("an expression");
            } else if (GrammarConcepts.isName(type) && expected.contains(IDENTIFIER)) {
                concepts.add(GrammarConcepts.nameConcept(context));
            } else if (GrammarConcepts.isOperator(type) && operators >= 2 && inExpression) {
                concepts.add("an operator");
            } else if (GrammarConcepts.isLiteral(type) && literals >= 4) {
                concepts.add("a value");
            } else if (GrammarConcepts.isLiteral(type)) {
                concepts.add(GrammarConcepts.literalConcept(type, context));
            } else if (type == REGEX) {
                concepts.add("a regular expression `/.../`");
            } else if (type == UNDERSCORE) {
                concepts.add("`_`");
            } else if (type == Token.EOF) {
                words.add("the end of the file");
            } else {
                words.add(spelling(type));
            }
        }
        List<String> items = new ArrayList<>(concepts);
        items.addAll(words);
        return join(items);
    }

    /** How a token is written, in backticks: {@code `;`}, {@code `when`}. */
    static String spelling(int type) {
        String literal = CharterLexer.VOCABULARY.getLiteralName(type);
        if (literal != null) {
            return "`" + literal.substring(1, literal.length() - 1) + "`";
        }
        String symbolic = CharterLexer.VOCABULARY.getSymbolicName(type);
        return symbolic == null ? "something else" : symbolic.toLowerCase(java.util.Locale.ROOT);
    }

    private static String join(List<String> items) {
        if (items.isEmpty()) {
            return "something else";
        }
        List<String> shown = items.size() > MAX_ITEMS ? items.subList(0, MAX_ITEMS) : items;
        if (shown.size() == 1) {
            return shown.get(0);
        }
        String head = String.join(", ", shown.subList(0, shown.size() - 1));
        String last = shown.get(shown.size() - 1);
        return items.size() > MAX_ITEMS ? head + ", " + last + ", …" : head + " or " + last;
    }
}
