package dev.charter.compiler.parse;

import dev.charter.runtime.ir.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Source spans of tokens and parse-tree nodes in one file (1-based lines and columns, inclusive end). */
final class Spans {

    private final String file;

    Spans(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    SourceSpan of(Token token) {
        return between(token, token);
    }

    SourceSpan of(ParserRuleContext context) {
        Token stop = context.getStop();
        if (stop == null || stop.getTokenIndex() < context.getStart().getTokenIndex()) {
            return at(context.getStart());
        }
        return between(context.getStart(), stop);
    }

    SourceSpan between(Token start, Token stop) {
        int line = Math.max(1, start.getLine());
        int column = start.getCharPositionInLine() + 1;
        int[] end = endOf(stop);
        if (end[0] < line || (end[0] == line && end[1] < column - 1)) {
            return at(start);
        }
        return new SourceSpan(file, line, column, end[0], end[1]);
    }

    /** A one-character span at the start of {@code token} (or an empty one at the end of the file). */
    SourceSpan at(Token token) {
        int line = Math.max(1, token.getLine());
        int column = token.getCharPositionInLine() + 1;
        int width = token.getType() == Token.EOF ? 0 : 1;
        return new SourceSpan(file, line, column, line, column - 1 + width);
    }

    /** {@code length} characters of a one-line {@code token}, starting {@code offset} characters into it. */
    SourceSpan within(Token token, int offset, int length) {
        int line = Math.max(1, token.getLine());
        int column = token.getCharPositionInLine() + 1 + offset;
        return new SourceSpan(file, line, column, line, column + Math.max(length, 1) - 1);
    }

    /** The empty position just after {@code token}: where a missing `;` belongs. */
    SourceSpan after(Token token) {
        int[] end = endOf(token);
        return new SourceSpan(file, end[0], end[1] + 1, end[0], end[1] + 1);
    }

    /** Line and column of the last character of {@code token}, which may span lines (comments, bad strings do not). */
    private static int[] endOf(Token token) {
        int line = Math.max(1, token.getLine());
        int column = token.getCharPositionInLine();
        if (token.getType() == Token.EOF) {
            return new int[] {line, column};
        }
        String text = token.getText();
        int lastBreak = text.lastIndexOf('\n');
        if (lastBreak < 0) {
            return new int[] {line, column + text.codePointCount(0, text.length())};
        }
        int breaks = (int) text.chars().filter(c -> c == '\n').count();
        return new int[] {line + breaks, text.codePointCount(lastBreak + 1, text.length())};
    }
}
