package dev.charter.compiler.format;

import java.util.List;
import java.util.Optional;

/**
 * Prints blocks: a blank line between two blocks when the source had one or when either
 * declaration spans several lines, so single-line declarations written together (enums, facts)
 * stay together; within a block, at most one blank line where the source had any; comments that
 * followed a declaration on its line stay on it.
 */
final class LayoutPrinter {

    private LayoutPrinter() {}

    static String print(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        Optional<Block> previous = Optional.empty();
        for (Block block : blocks) {
            boolean gap = block.blankBefore()
                    || block.multiLine()
                    || previous.map(Block::multiLine).orElse(false);
            boolean firstOfBlock = true;
            for (Comment comment : block.above()) {
                separate(out, firstOfBlock ? gap : comment.blankBefore());
                out.append(comment.text());
                firstOfBlock = false;
            }
            if (block.code().isPresent()) {
                separate(out, firstOfBlock ? gap : block.codeBlankBefore());
                out.append(block.code().get());
            }
            block.after().forEach(comment -> out.append(' ').append(comment.text()));
            previous = Optional.of(block);
        }
        return out.length() == 0 ? "" : out.append('\n').toString();
    }

    private static void separate(StringBuilder out, boolean blankLine) {
        if (out.length() > 0) {
            out.append(blankLine ? "\n\n" : "\n");
        }
    }
}
