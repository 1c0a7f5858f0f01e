package dev.charter.compiler.parse;

import static dev.charter.grammar.CharterLexer.*;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Where a new declaration certainly starts, judged from a token and the one or two after it
 * ({@code context} starts one only before `{`, since {@code context.x} is an attribute). Error
 * recovery resumes there.
 */
final class DeclarationBoundary {

    private DeclarationBoundary() {}

    static boolean startsAt(TokenStream tokens, int index) {
        Token token = tokens.get(index);
        int next = typeAfter(tokens, index, 1);
        switch (token.getType()) {
            case RULE:
            case ENUM:
            case ASSERT:
                return GrammarConcepts.isName(next);
            case DEFAULT:
                return next == PERMIT || next == DENY || next == ESCALATE;
            case CONTEXT:
            case ROUTES:
                return next == LBRACE;
            case ACTION:
                return GrammarConcepts.isName(next) && token.getCharPositionInLine() == 0;
            case INPUT:
                return next == RELATION;
            case RELATION:
                return GrammarConcepts.isName(next) && typeAfter(tokens, index, 2) == LPAREN;
            case ON:
                return next == CONFLICT;
            default:
                return GrammarConcepts.isName(token.getType()) && token.getCharPositionInLine() == 0 && next == LPAREN;
        }
    }

    /** The type of the {@code distance}-th default-channel token after {@code index}. */
    private static int typeAfter(TokenStream tokens, int index, int distance) {
        int seen = 0;
        for (int i = index + 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.getType() == Token.EOF) {
                return Token.EOF;
            }
            if (token.getChannel() == Token.DEFAULT_CHANNEL && ++seen == distance) {
                return token.getType();
            }
        }
        return Token.EOF;
    }
}
