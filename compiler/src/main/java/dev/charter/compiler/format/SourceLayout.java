package dev.charter.compiler.format;

import dev.charter.compiler.ast.ConstitutionFile;
import dev.charter.compiler.ast.Node;
import dev.charter.compiler.parse.AstPrinter;
import dev.charter.grammar.CharterLexer;
import dev.charter.runtime.ir.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Places a file's comments, which the AST does not hold, among its declarations: each comment
 * belongs to the block of the declaration it precedes, or, when it starts on the line where a
 * declaration ends, to that declaration's line; the comments inside a declaration stay beside the
 * code they followed ({@link InnerComments}), or, when that cannot be done in order, move above it.
 * The file must have parsed without errors, so its tokens are exactly those the parser read.
 */
final class SourceLayout {

    private final List<Token> tokens;

    private SourceLayout(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The blocks of {@code file}, parsed from {@code text}; empty when a declaration cannot be found among the tokens. */
    static Optional<List<Block>> of(String text, ConstitutionFile file) {
        CharterLexer lexer = new CharterLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>(lexer.getAllTokens());
        return new SourceLayout(tokens).blocks(file);
    }

    /** The comments of {@code text} in order, as the layout prints them. */
    static List<String> comments(String text) {
        CharterLexer lexer = new CharterLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        return lexer.getAllTokens().stream()
                .filter(SourceLayout::isComment)
                .map(SourceLayout::commentText)
                .toList();
    }

    private Optional<List<Block>> blocks(ConstitutionFile file) {
        List<Node> nodes = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        file.header().ifPresent(header -> {
            nodes.add(header);
            printed.add(AstPrinter.print(header));
        });
        file.declarations().forEach(declaration -> {
            nodes.add(declaration);
            printed.add(AstPrinter.print(declaration));
        });
        List<Integer> starts = new ArrayList<>();
        int from = 0;
        for (Node node : nodes) {
            int start = tokenAt(node.span(), from);
            if (start < 0) {
                return Optional.empty();
            }
            starts.add(start);
            from = start + 1;
        }
        List<Block> blocks = new ArrayList<>();
        List<Comment> pending = new ArrayList<>();
        boolean pendingBlankBefore = false;
        int next = 0;
        for (int n = 0; n < nodes.size(); n++) {
            int start = starts.get(n);
            for (; next < start; next++) {
                if (isComment(tokens.get(next))) {
                    if (pending.isEmpty()) {
                        pendingBlankBefore = blankBefore(next);
                    }
                    pending.add(new Comment(commentText(tokens.get(next)), blankBefore(next)));
                }
            }
            int end = n + 1 < nodes.size() ? starts.get(n + 1) : tokens.size();
            int last = lastCode(start, end);
            List<Comment> above = new ArrayList<>(pending);
            String code = printed.get(n);
            Optional<String> placed = InnerComments.place(code, tokens.subList(start, last + 1));
            if (placed.isPresent()) {
                code = placed.get();
            } else {
                for (int i = start + 1; i < last; i++) {
                    if (isComment(tokens.get(i))) {
                        above.add(new Comment(commentText(tokens.get(i)), false));
                    }
                }
            }
            boolean inside = above.size() > pending.size();
            List<Comment> after = new ArrayList<>();
            int endLine = tokens.get(last).getLine();
            next = last + 1;
            for (;
                    next < end
                            && (!isComment(tokens.get(next)) || tokens.get(next).getLine() == endLine);
                    next++) {
                if (isComment(tokens.get(next))) {
                    after.add(new Comment(commentText(tokens.get(next)), false));
                    endLine = lastLine(tokens.get(next));
                }
            }
            boolean blockBlankBefore = pending.isEmpty() ? blankBefore(start) : pendingBlankBefore;
            blocks.add(new Block(blockBlankBefore, above, !inside && blankBefore(start), Optional.of(code), after));
            pending = new ArrayList<>();
        }
        for (; next < tokens.size(); next++) {
            if (isComment(tokens.get(next))) {
                if (pending.isEmpty()) {
                    pendingBlankBefore = blankBefore(next);
                }
                pending.add(new Comment(commentText(tokens.get(next)), blankBefore(next)));
            }
        }
        if (!pending.isEmpty()) {
            blocks.add(new Block(pendingBlankBefore, pending, false, Optional.empty(), List.of()));
        }
        return Optional.of(blocks);
    }

    /** The index of the first token from {@code from} on that starts at {@code span}'s first character, or -1. */
    private int tokenAt(SourceSpan span, int from) {
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.getLine() > span.line()) {
                return -1;
            }
            if (token.getLine() == span.line() && token.getCharPositionInLine() + 1 == span.column() && isCode(token)) {
                return i;
            }
        }
        return -1;
    }

    /** The last token of code in {@code [start, end)}: the declaration's final token. */
    private int lastCode(int start, int end) {
        int last = start;
        for (int i = start; i < end; i++) {
            if (isCode(tokens.get(i))) {
                last = i;
            }
        }
        return last;
    }

    /** Whether a blank line separates token {@code index} from what precedes it. */
    private boolean blankBefore(int index) {
        if (index == 0) {
            return false;
        }
        Token previous = tokens.get(index - 1);
        if (previous.getType() != CharterLexer.WS) {
            return false;
        }
        return previous.getText().chars().filter(c -> c == '\n').count() >= 2;
    }

    static int lastLine(Token token) {
        return token.getLine()
                + (int) token.getText().chars().filter(c -> c == '\n').count();
    }

    static boolean isComment(Token token) {
        return token.getType() == CharterLexer.LINE_COMMENT || token.getType() == CharterLexer.BLOCK_COMMENT;
    }

    static boolean isCode(Token token) {
        return token.getType() != CharterLexer.WS && !isComment(token);
    }

    static String commentText(Token token) {
        return token.getType() == CharterLexer.LINE_COMMENT ? token.getText().stripTrailing() : token.getText();
    }
}
