package dev.charter.compiler;

import dev.charter.grammar.CharterLexer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The same constitution text laid out at random: every run of whitespace between two tokens
 * replaced by other whitespace, blank lines or comments (line and block, on their own line or
 * after code), the existing comments kept. Tokens written together stay together, so the text
 * still lexes into the same tokens plus the comments added.
 */
final class CommentedLayouts {

    private static final List<String> SEPARATORS = List.of(
            " ",
            "  ",
            "\n",
            "\n\n",
            "\n\n\n",
            "\n    ",
            " /* remark */ ",
            "\n/* a remark\n   on two lines */\n",
            " // remark\n",
            "\n// remark\n\n",
            "\n\n// remark\n",
            "\t// remark   \n");

    private CommentedLayouts() {}

    static Arbitrary<String> of(String text) {
        List<Token> tokens = tokens(text);
        int spaces = (int)
                tokens.stream().filter(t -> t.getType() == CharterLexer.WS).count();
        return Arbitraries.of(SEPARATORS).list().ofSize(spaces).map(separators -> {
            StringBuilder out = new StringBuilder();
            int next = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.getType() != CharterLexer.WS) {
                    out.append(token.getText());
                    continue;
                }
                String separator = separators.get(next++);
                boolean afterLineComment = i > 0 && tokens.get(i - 1).getType() == CharterLexer.LINE_COMMENT;
                out.append(afterLineComment && !separator.startsWith("\n") ? "\n" + separator : separator);
            }
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).getType() == CharterLexer.LINE_COMMENT) {
                out.append('\n');
            }
            return out.toString();
        });
    }

    /** The comments of {@code text}, in order, line comments without trailing blanks. */
    static List<String> comments(String text) {
        return tokens(text).stream()
                .filter(t -> t.getType() == CharterLexer.LINE_COMMENT || t.getType() == CharterLexer.BLOCK_COMMENT)
                .map(t -> t.getType() == CharterLexer.LINE_COMMENT ? t.getText().stripTrailing() : t.getText())
                .toList();
    }

    private static List<Token> tokens(String text) {
        CharterLexer lexer = new CharterLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        return new ArrayList<>(lexer.getAllTokens());
    }
}
