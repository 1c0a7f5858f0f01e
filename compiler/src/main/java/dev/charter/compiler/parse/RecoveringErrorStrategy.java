package dev.charter.compiler.parse;

import static dev.charter.grammar.CharterLexer.*;

import dev.charter.grammar.CharterParser;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's error path, owned: every syntax error becomes one diagnostic phrased in the language's
 * concepts ("expected an action name, found `;`"), and recovery skips to the next declaration so
 * that one broken rule gives one error, not a cascade. After {@link SyntaxErrorLog#LIMIT} errors
 * the rest of the file is skipped.
 */
final class RecoveringErrorStrategy extends DefaultErrorStrategy {

    private static final IntervalSet REPAIRABLE = IntervalSet.of(SEMI, SEMI)
            .or(IntervalSet.of(RPAREN, RPAREN))
            .or(IntervalSet.of(RBRACE, RBRACE))
            .or(IntervalSet.of(COLON, COLON));

    private static final IntervalSet RULE_CLAUSES = IntervalSet.of(TO, BECAUSE);

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
        reportAtCurrentToken(parser);
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        reportAtCurrentToken(parser);
    }

    /** A stray or missing token: both are described by what was expected and what came instead. */
    private void reportAtCurrentToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        report(parser, parser.getCurrentToken(), parser.getExpectedTokens(), parser.getContext());
    }

    private void report(Parser parser, Token found, IntervalSet expected, org.antlr.v4.runtime.RuleContext at) {
        if (found.getType() == UNKNOWN_CHARACTER) {
            return;
        }
        ParserRuleContext context = at instanceof ParserRuleContext ? (ParserRuleContext) at : parser.getContext();
        Token previous = parser.getInputStream().index() > 0 ? previousOnChannel(parser.getInputStream(), found) : null;
        int declaration = GrammarConcepts.terminatedDeclaration(context);
        boolean endsDeclaration =
                expected.contains(SEMI) || expected.contains(DOT) && declaration == CharterParser.RULE_datalogClause;
        if (declaration >= 0 && previous != null && endsDeclaration && startsNewDeclaration(parser, found)) {
            String terminator = expected.contains(SEMI) ? "`;`" : "`.`";
            log.syntaxError(
                    spans.after(previous),
                    "expected " + terminator + " after "
                            + GrammarConcepts.terminatedDeclarationName(declaration)
                            + ", found " + GrammarConcepts.describe(found),
                    "add " + terminator + " here");
            return;
        }
        CharterParser.DatalogAtomContext history = historyTermInClause(context);
        if (history != null) {
            log.error(
                    DiagnosticCode.HISTORY_IN_CLAUSE,
                    spans.of(history.getStart()),
                    "`" + history.relation.getText() + "(...)` reads the history of earlier decisions, which a"
                            + " Datalog clause cannot: clauses derive facts from facts",
                    "history terms are allowed in rules and assertions, not in clauses: test it in the `when` of"
                            + " the rule that uses the relation");
            return;
        }
        if (isStrayWordAtTopLevel(context, expected)) {
            Token word = context.getStart();
            log.syntaxError(
                    spans.of(word),
                    "expected a declaration, found " + GrammarConcepts.describe(word),
                    "declarations start with `rule`, `action`, `enum`, `context`, `relation`, `routes`, `default`, "
                            + "`on conflict` or `assert`, or are Datalog clauses such as `grants(teller, pay).`");
            return;
        }
        String message =
                "expected " + ExpectedPhrase.of(expected, context) + ", found " + GrammarConcepts.describe(found);
        boolean atEnd = found.getType() == Token.EOF && previous != null;
        log.syntaxError(atEnd ? spans.after(previous) : spans.of(found), message, help(found, expected, context));
    }

    /**
     * The atom of a Datalog clause that is a history term written where only atoms and
     * comparisons may stand: {@code count(permitted refund, ...)}, {@code sum(request.amount of
     * ...)}, {@code exists(any ...)} parse as an atom of a relation named {@code count},
     * {@code sum} or {@code exists} until the words after its first argument; null for any other
     * error.
     */
    private static CharterParser.DatalogAtomContext historyTermInClause(ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            if (c instanceof CharterParser.DatalogAtomContext atom
                    && atom.relation != null
                    && HISTORY_AGGREGATES.contains(atom.relation.getText())
                    && !atom.term().isEmpty()
                    && HISTORY_SELECTIONS.contains(atom.term(0).getStart().getText())) {
                return atom;
            }
        }
        return null;
    }

    private static final java.util.Set<String> HISTORY_AGGREGATES = java.util.Set.of("count", "sum", "exists");

    /** How a history term's selection starts: its effect filter, or a sum's summand. */
    private static final java.util.Set<String> HISTORY_SELECTIONS = java.util.Set.of("permitted", "any", "request");

    /** A word between declarations parses as the start of a Datalog fact; the author rarely meant one. */
    private static boolean isStrayWordAtTopLevel(ParserRuleContext context, IntervalSet expected) {
        return context instanceof CharterParser.DatalogAtomContext
                && context.getChildCount() == 1
                && expected.contains(LPAREN)
                && context.getParent() instanceof CharterParser.DatalogClauseContext
                && context.getParent().getChild(0) == context;
    }

    private static boolean startsNewDeclaration(Parser parser, Token found) {
        return found.getType() == Token.EOF
                || DeclarationBoundary.startsAt(parser.getInputStream(), found.getTokenIndex());
    }

    /** The usual causes: a reserved word used as a name, a rule's parts out of order. */
    private static String help(Token found, IntervalSet expected, ParserRuleContext context) {
        if (GrammarConcepts.terminatedDeclaration(context) == CharterParser.RULE_decisionRule
                && RULE_CLAUSES.contains(found.getType())
                && expected.contains(SEMI)) {
            return "a rule's parts come in this order: effect and actions, `to`, `when`, `unless`, `priority`, `because`";
        }
        String word = found.getText();
        boolean reserved = !GrammarConcepts.isName(found.getType())
                && found.getType() != Token.EOF
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
        if (lastErrorIndex == tokens.index()
                && lastErrorStates != null
                && lastErrorStates.contains(parser.getState())) {
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
     * Repairs only a missing closing `;`, `)`, `}` or `:`, which leaves everything the author wrote
     * in place; guessing a missing name or keyword would make the next token look wrong too.
     */
    @Override
    protected boolean singleTokenInsertion(Parser parser) {
        IntervalSet expected = parser.getExpectedTokens();
        if (expected.size() != 1 || !REPAIRABLE.contains(expected.getMinElement())) {
            return false;
        }
        boolean terminator = expected.contains(SEMI);
        if (terminator && !startsNewDeclaration(parser, parser.getCurrentToken())) {
            return false;
        }
        return super.singleTokenInsertion(parser);
    }

    /** Never deletes a token to carry on: recovery at the next declaration gives one error instead of two. */
    @Override
    protected Token singleTokenDeletion(Parser parser) {
        return null;
    }

    /**
     * Between declarations, anything that cannot start one is reported once and skipped up to the
     * next declaration; ANTLR would otherwise give up on the rest of the file.
     */
    @Override
    public void sync(Parser parser) {
        if (!(parser.getContext() instanceof CharterParser.ConstitutionContext)) {
            syncInsideDeclaration(parser);
            return;
        }
        TokenStream tokens = parser.getInputStream();
        int type = tokens.LA(1);
        if (type == Token.EOF
                || inErrorRecoveryMode(parser) && DeclarationBoundary.startsAt(tokens, tokens.index())
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

    /**
     * ANTLR's check before a loop or optional part, minus its in-rule resynchronisation: a token
     * that fits nowhere is reported with everything that could have come there (`,` as well as
     * `)`), and recovery then happens at the next declaration like every other error. The start
     * of the next declaration is let through, so that the missing `;` or `}` before it is
     * reported (and repaired) where it belongs.
     */
    private void syncInsideDeclaration(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        ATNState state = parser.getInterpreter().atn.states.get(parser.getState());
        int type = parser.getInputStream().LA(1);
        IntervalSet next = parser.getATN().nextTokens(state);
        if (next.contains(type)) {
            nextTokensContext = null;
            nextTokensState = ATNState.INVALID_STATE_NUMBER;
            return;
        }
        if (next.contains(Token.EPSILON)) {
            if (nextTokensContext == null) {
                nextTokensContext = parser.getContext();
                nextTokensState = parser.getState();
            }
            return;
        }
        if (type == Token.EOF
                || DeclarationBoundary.startsAt(
                        parser.getInputStream(), parser.getInputStream().index())) {
            return;
        }
        switch (state.getStateType()) {
            case ATNState.BLOCK_START:
            case ATNState.STAR_BLOCK_START:
            case ATNState.PLUS_BLOCK_START:
            case ATNState.STAR_LOOP_ENTRY:
            case ATNState.PLUS_LOOP_BACK:
            case ATNState.STAR_LOOP_BACK:
                throw new InputMismatchException(parser);
            default:
                break;
        }
    }

    private void skipToBoundary(Parser parser) {
        TokenStream tokens = parser.getInputStream();
        boolean insideStatement = insideSemicolonDeclaration(parser.getContext());
        while (tokens.LA(1) != Token.EOF
                && !DeclarationBoundary.startsAt(tokens, tokens.index())
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
            if (rule == CharterParser.RULE_decisionRule
                    || rule == CharterParser.RULE_defaultDecl
                    || rule == CharterParser.RULE_conflictDecl
                    || rule == CharterParser.RULE_assertion) {
                return true;
            }
        }
        return false;
    }
}
