package dev.charter.compiler.parse;

import dev.charter.grammar.CharterLexer;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * Stands between the lexer and the parser and turns malformed text into one precise diagnostic
 * each: stray characters (a run of them reported once), strings with a bad escape or no closing
 * quote, regular expressions with no closing slash, block comments with no end. The parser then
 * sees a clean stream (a broken string still arrives as a string) so it does not add a cascade
 * of syntax errors about the same text.
 */
final class LexicalScreen implements TokenSource {

    private final CharterLexer lexer;
    private final Spans spans;
    private final SyntaxErrorLog log;
    private Token pending;
    private int previousType = Token.INVALID_TYPE;

    LexicalScreen(CharterLexer lexer, Spans spans, SyntaxErrorLog log) {
        this.lexer = lexer;
        this.spans = spans;
        this.log = log;
        lexer.removeErrorListeners();
    }

    @Override
    public Token nextToken() {
        while (true) {
            Token token = take();
            Token screened = screen(token);
            if (screened != null) {
                if (screened.getChannel() == Token.DEFAULT_CHANNEL) {
                    previousType = screened.getType();
                }
                return screened;
            }
        }
    }

    private Token take() {
        if (pending != null) {
            Token token = pending;
            pending = null;
            return token;
        }
        return lexer.nextToken();
    }

    /** The token the parser should see in place of {@code token}, or null to drop it. */
    private Token screen(Token token) {
        switch (token.getType()) {
            case CharterLexer.UNKNOWN_CHARACTER:
                return reportStrayRun(token);
            case CharterLexer.BAD_STRING:
                reportBadString(token);
                return retyped(token, CharterLexer.STRING);
            case CharterLexer.BAD_REGEX:
                return screenBadRegex(token);
            case CharterLexer.UNTERMINATED_COMMENT:
                log.lexicalError(
                        DiagnosticCode.UNTERMINATED_COMMENT,
                        spans.within(token, 0, 2),
                        "block comment is never closed",
                        "close it with `*/`");
                return null;
            default:
                return token;
        }
    }

    /** Reports a run of stray characters once; the parser gets the run as one token, which it skips silently. */
    private Token reportStrayRun(Token first) {
        StringBuilder run = new StringBuilder(first.getText());
        Token last = first;
        Token next = lexer.nextToken();
        while (next.getType() == CharterLexer.UNKNOWN_CHARACTER && next.getStartIndex() == last.getStopIndex() + 1) {
            run.append(next.getText());
            last = next;
            next = lexer.nextToken();
        }
        pending = next;
        String shown = StrayText.show(run.toString());
        String noun = run.codePointCount(0, run.length()) == 1 ? "character" : "characters";
        log.lexicalError(
                DiagnosticCode.UNEXPECTED_CHARACTER,
                spans.between(first, last),
                "unexpected " + noun + " " + shown,
                StrayText.suggestion(run.toString()));
        CommonToken whole = new CommonToken(first);
        whole.setStopIndex(last.getStopIndex());
        whole.setText(run.toString());
        return whole;
    }

    private void reportBadString(Token token) {
        String text = token.getText();
        boolean closed = text.length() >= 2 && text.endsWith("\"") && !StringEscapes.endsInsideEscape(text);
        if (!closed) {
            log.lexicalError(
                    DiagnosticCode.UNTERMINATED_STRING,
                    spans.of(token),
                    "string is not closed before the end of the line",
                    "add the closing `\"`");
            return;
        }
        int bad = StringEscapes.firstInvalidEscape(text);
        String escape = text.substring(bad, Math.min(text.length() - 1, bad + 2));
        log.lexicalError(
                DiagnosticCode.INVALID_ESCAPE,
                spans.within(token, text.codePointCount(0, bad), escape.length()),
                "unknown escape sequence `" + escape + "` in a string",
                "the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX (four hex digits)");
    }

    private Token screenBadRegex(Token token) {
        if (previousType == CharterLexer.MATCHES) {
            log.lexicalError(
                    DiagnosticCode.UNTERMINATED_REGEX,
                    spans.of(token),
                    "regular expression is not closed before the end of the line",
                    "end the pattern with `/`, as in `matches /^[a-z]+$/`");
            return retyped(token, CharterLexer.REGEX);
        }
        log.lexicalError(
                DiagnosticCode.UNEXPECTED_CHARACTER,
                spans.at(token),
                "unexpected character `/`",
                "Charter has no division; a regular expression `/pattern/` only follows `matches`");
        relexAfterSlash(token);
        CommonToken slash = new CommonToken(token);
        slash.setType(CharterLexer.UNKNOWN_CHARACTER);
        slash.setStopIndex(token.getStartIndex());
        slash.setText("/");
        return slash;
    }

    /** Lexes again from just after a stray `/`, which the bad-regex token would otherwise swallow. */
    private void relexAfterSlash(Token slash) {
        lexer.getInputStream().seek(slash.getStartIndex() + 1);
        lexer._hitEOF = false;
        lexer.getInterpreter().setLine(slash.getLine());
        lexer.getInterpreter().setCharPositionInLine(slash.getCharPositionInLine() + 1);
    }

    private static Token retyped(Token token, int type) {
        CommonToken copy = new CommonToken(token);
        copy.setType(type);
        return copy;
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
