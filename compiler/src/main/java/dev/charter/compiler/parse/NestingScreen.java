package dev.charter.compiler.parse;

import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.grammar.CharterLexer;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Refuses, before parsing, nesting the recursive-descent parser would have to follow one stack
 * frame per level: brackets, and runs of prefix {@code not} or {@code -}. Deep input gives one
 * diagnostic at the token that went too deep, never a StackOverflowError.
 */
final class NestingScreen {

    static final int MAX_NESTING = 64;

    private NestingScreen() {}

    static Optional<Diagnostic> refusal(List<Token> tokens, Spans spans) {
        int brackets = 0;
        int prefixRun = 0;
        for (Token token : tokens) {
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            switch (token.getType()) {
                case CharterLexer.LPAREN:
                case CharterLexer.LBRACE:
                    brackets++;
                    prefixRun = 0;
                    break;
                case CharterLexer.RPAREN:
                case CharterLexer.RBRACE:
                    brackets = Math.max(0, brackets - 1);
                    prefixRun = 0;
                    break;
                case CharterLexer.NOT:
                case CharterLexer.MINUS:
                    prefixRun++;
                    break;
                default:
                    prefixRun = 0;
            }
            if (brackets + prefixRun > MAX_NESTING) {
                return Optional.of(Diagnostic.of(
                        DiagnosticCode.NESTING_TOO_DEEP,
                        spans.of(token),
                        "nesting is more than " + MAX_NESTING + " levels deep here",
                        "split the condition into several rules or Datalog relations"));
            }
        }
        return Optional.empty();
    }
}
