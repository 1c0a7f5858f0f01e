package dev.charter.compiler.parse;

import dev.charter.grammar.CharterLexer;
import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Whether a subtree can be turned into AST: no part of it was repaired by error recovery (a
 * conjured `;` or `}` aside, which changes nothing the AST keeps), and it is shallow enough for
 * every later stage to walk recursively. Measured with an explicit stack, so that a 10 000-term
 * chain of {@code and}s cannot overflow the check itself.
 */
enum ParseTreeCondition {
    INTACT,
    REPAIRED,
    TOO_DEEP;

    /** Parse-tree depth allowed per declaration; the AST is shallower, and all recursion over it stays small. */
    static final int MAX_DEPTH = 1000;

    static ParseTreeCondition of(ParserRuleContext root) {
        Deque<ParseTree> pending = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        pending.push(root);
        depths.push(1);
        while (!pending.isEmpty()) {
            ParseTree node = pending.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                return TOO_DEEP;
            }
            if (node instanceof ErrorNode && !isConjuredPunctuation(((ErrorNode) node).getSymbol())) {
                return REPAIRED;
            }
            if (node instanceof ParserRuleContext && ((ParserRuleContext) node).exception != null) {
                return REPAIRED;
            }
            for (int i = 0; i < node.getChildCount(); i++) {
                pending.push(node.getChild(i));
                depths.push(depth + 1);
            }
        }
        return INTACT;
    }

    private static boolean isConjuredPunctuation(Token token) {
        if (token.getTokenIndex() != -1) {
            return false;
        }
        switch (token.getType()) {
            case CharterLexer.SEMI:
            case CharterLexer.RBRACE:
            case CharterLexer.RPAREN:
            case CharterLexer.COMMA:
            case CharterLexer.COLON:
                return true;
            default:
                return false;
        }
    }
}
