package dev.charter.compiler.format;

import dev.charter.grammar.CharterLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Keeps the comments written inside a declaration beside the code they followed: the source's
 * tokens of code are matched, in order, with those of the printed declaration (parentheses and
 * commas the printer adds or drops aside), and each comment goes after the printed line holding
 * the code token before it — on that line when it stood on that token's line in the source (and
 * neither a line comment nor a comment below already follows that line), on a line of its own
 * below it otherwise. When that cannot keep the comments in their order, or
 * would put one after the declaration's end, the caller moves them above the declaration instead.
 */
final class InnerComments {

    private InnerComments() {}

    /**
     * {@code printed} with the comments among {@code source} (the declaration's tokens, first to
     * last token of code, whitespace included) placed in it; empty when they cannot be placed.
     */
    static Optional<String> place(String printed, List<Token> source) {
        List<Token> target = code(lex(printed));
        int[] lineOf = alignedLines(code(source), target);
        if (lineOf == null) {
            return Optional.empty();
        }
        String[] lines = printed.split("\n", -1);
        List<List<String>> beside = new ArrayList<>();
        List<List<String>> below = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            beside.add(new ArrayList<>());
            below.add(new ArrayList<>());
        }
        int codeSeen = -1;
        int previousLine = -1;
        int lastPlace = -1;
        for (Token token : source) {
            if (SourceLayout.isCode(token)) {
                codeSeen++;
                previousLine = token.getLine();
                continue;
            }
            if (!SourceLayout.isComment(token) || codeSeen < 0) {
                continue;
            }
            int line = lineOf[codeSeen];
            boolean lineClosedByComment = !beside.get(line).isEmpty()
                    && beside.get(line).get(beside.get(line).size() - 1).startsWith("//");
            boolean besideCode = token.getLine() == previousLine && !lineClosedByComment && lastPlace != 2 * line + 1;
            int place = 2 * line + (besideCode ? 0 : 1);
            if (place < lastPlace || line == lines.length - 1) {
                return Optional.empty();
            }
            (besideCode ? beside : below).get(line).add(SourceLayout.commentText(token));
            lastPlace = place;
            previousLine = SourceLayout.lastLine(token);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(lines[i]);
            beside.get(i).forEach(comment -> out.append(' ').append(comment));
            String indent = " ".repeat(Math.max(indent(lines[i]), i + 1 < lines.length ? indent(lines[i + 1]) : 0));
            below.get(i).forEach(comment -> out.append('\n').append(indent).append(comment));
        }
        return Optional.of(out.toString());
    }

    /** For each source token of code, the printed line (0-based) of the token it matches; null when they do not match. */
    private static int[] alignedLines(List<Token> source, List<Token> target) {
        int[] lines = new int[source.size()];
        int j = 0;
        int lastLine = 0;
        for (int i = 0; i < source.size(); i++) {
            int type = source.get(i).getType();
            while (j < target.size()
                    && target.get(j).getType() != type
                    && optional(target.get(j).getType())) {
                j++;
            }
            if (j < target.size() && target.get(j).getType() == type) {
                lastLine = target.get(j).getLine() - 1;
                lines[i] = lastLine;
                j++;
            } else if (optional(type)) {
                lines[i] = lastLine;
            } else {
                return null;
            }
        }
        return lines;
    }

    private static boolean optional(int type) {
        return type == CharterLexer.LPAREN || type == CharterLexer.RPAREN || type == CharterLexer.COMMA;
    }

    private static int indent(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    private static List<Token> code(List<Token> tokens) {
        return tokens.stream().filter(SourceLayout::isCode).toList();
    }

    private static List<Token> lex(String text) {
        CharterLexer lexer = new CharterLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        return new ArrayList<>(lexer.getAllTokens());
    }
}
