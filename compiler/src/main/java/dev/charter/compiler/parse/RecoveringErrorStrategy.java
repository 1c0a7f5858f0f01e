package dev.charter.compiler.parse;

import static dev.charter.grammar.CharterLexer.*;

import dev.charter.grammar.CharterParser;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's error path, owned: every syntax error becomes one diagnostic phrased in the language's
 * concepts ("expected an action name, found `;`"), and recovery skips to the next declaration so
 * that one broken rule gives one error, not a cascade. After {@link SyntaxErrorLog#LIMIT} errors
 * the rest of the file is skipped.
 */
final class RecoveringErrorStrategy extends DefaultErrorStrategy {

    private final SyntaxErrorLog log;
    private final Spans spans;

    RecoveringErrorStrategy(SyntaxErrorLog log, Spans spans) {
        this.log = log;
        this.spans = spans;
    }

    @Override
    protected void reportNoViableAlternative(Parser parser, NoViableAltException e) {
        report(parser, e.getOffendingToken(), e.getExpectedTokens(), e.getCtx());
    }

    @Override
    protected void reportInputMismatch(Parser parser, InputMismatchException e) {
        report(parser, e.getOffendingToken(), e.getExpectedTokens(), e.getCtx());
    }

    @Override
    protected void reportFailedPredicate(Parser parser, FailedPredicateException e) {
        report(parser, e.getOffendingToken(), e.getExpectedTokens(), e.getCtx());
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        report(parser, parser.getCurrentToken(), parser.getExpectedTokens(), parser.getContext());
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        report(parser, parser.getCurrentToken(), parser.getExpectedTokens(), parser.getContext());
    }

    private void report(Parser parser, Token found, IntervalSet expected, org.antlr.v4.runtime.RuleContext at) {
        ParserRuleContext context = at instanceof ParserRuleContext ? (ParserRuleContext) at : parser.getContext();
        Token previous = parser.getInputStream().index() > 0 ? previousOnChannel(parser.getInputStream(), found) : null;
        String construct = GrammarConcepts.terminatedConstruct(context);
        boolean endsDeclaration = expected.contains(SEMI) || (expected.contains(DOT)
                && construct != null && construct.equals("the Datalog clause"));
        if (construct != null && previous != null && endsDeclaration && startsNewDeclaration(parser, found)) {
            String terminator = expected.contains(SEMI) ? "`;`" : "`.`";
            log.error("syntax-error", spans.after(previous), "expected " + terminator + " after " + construct
                    + ", found " + GrammarConcepts.describe(found), "add " + terminator + " here");
            return;
        }
        String message = "expected " + ExpectedPhrase.of(expected, context) + ", found " + GrammarConcepts.describe(found);
        log.error("syntax-error", found.getType() == Token.EOF ? spans.at(found) : spans.of(found), message,
                keywordHelp(found, expected));
    }

    private static boolean startsNewDeclaration(Parser parser, Token found) {
        return found.getType() == Token.EOF || DeclarationBoundary.startsAt(parser.getInputStream(), found.getTokenIndex());
    }

    /** A reserved word where a name was expected is the usual cause; say so. */
    private static String keywordHelp(Token found, IntervalSet expected) {
        String word = found.getText();
        boolean reserved = !GrammarConcepts.isName(found.getType()) && found.getType() != Token.EOF
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '_');
        if (reserved && expected.contains(IDENTIFIER)) {
            return "`" + word + "` is a keyword and cannot be used as a name";
        }
        return null;
    }

    private static Token previousOnChannel(TokenStream tokens, Token found) {
        for (int i = found.getTokenIndex() - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                return token;
            }
        }
        return null;
    }

    @Override
    public void recover(Parser parser, RecognitionException e) {
        TokenStream tokens = parser.getInputStream();
        if (log.full()) {
            skipToEnd(parser);
            return;
        }
        if (lastErrorIndex == tokens.index() && lastErrorStates != null && lastErrorStates.contains(parser.getState())) {
            parser.consume();
        }
        lastErrorIndex = tokens.index();
        if (lastErrorStates == null) {
            lastErrorStates = new IntervalSet();
        }
        lastErrorStates.add(parser.getState());
        skipToBoundary(parser);
    }

    @Override
    public Token recoverInline(Parser parser) {
        if (log.full()) {
            throw new InputMismatchException(parser);
        }
        return super.recoverInline(parser);
    }

    /**
     * Between declarations, anything that cannot start one is reported once and skipped up to the
     * next declaration; ANTLR would otherwise give up on the rest of the file.
     */
    @Override
    public void sync(Parser parser) {
        if (!(parser.getContext() instanceof CharterParser.ConstitutionContext)) {
            super.sync(parser);
            return;
        }
        TokenStream tokens = parser.getInputStream();
        int type = tokens.LA(1);
        if (type == Token.EOF || inErrorRecoveryMode(parser) && DeclarationBoundary.startsAt(tokens, tokens.index())
                || parser.getExpectedTokens().contains(type)) {
            return;
        }
        if (log.full()) {
            skipToEnd(parser);
            return;
        }
        reportUnwantedToken(parser);
        parser.consume();
        skipToBoundary(parser);
    }

    private void skipToBoundary(Parser parser) {
        TokenStream tokens = parser.getInputStream();
        boolean insideStatement = insideSemicolonDeclaration(parser.getContext());
        while (tokens.LA(1) != Token.EOF && !DeclarationBoundary.startsAt(tokens, tokens.index())
                && !(insideStatement && tokens.LA(1) == SEMI)) {
            parser.consume();
        }
    }

    private static void skipToEnd(Parser parser) {
        while (parser.getInputStream().LA(1) != Token.EOF) {
            parser.consume();
        }
    }

    private static boolean insideSemicolonDeclaration(ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            int rule = c.getRuleIndex();
            if (rule == CharterParser.RULE_decisionRule || rule == CharterParser.RULE_defaultDecl
                    || rule == CharterParser.RULE_conflictDecl || rule == CharterParser.RULE_assertion) {
                return true;
            }
        }
        return false;
    }
}
