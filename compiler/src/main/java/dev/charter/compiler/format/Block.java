package dev.charter.compiler.format;

import java.util.List;
import java.util.Optional;

/**
 * A unit of the layout: the comments above a declaration (and those from inside it, which move
 * above it), the declaration as the AST printer prints it, and the comments that followed it on
 * its last line. The comments after the last declaration form a block without code.
 *
 * @param blankBefore     whether a blank line stood before the block's first element in the source
 * @param codeBlankBefore whether a blank line stood between the last comment above and the code
 */
record Block(
        boolean blankBefore, List<Comment> above, boolean codeBlankBefore, Optional<String> code, List<Comment> after) {

    Block {
        above = List.copyOf(above);
        after = List.copyOf(after);
    }

    boolean multiLine() {
        return code.map(text -> text.contains("\n")).orElse(false);
    }
}
