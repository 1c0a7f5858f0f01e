package dev.charter.runtime.ir;

/**
 * Where a construct stands in its source file: 1-based line and column of its first and last
 * character. Every AST and IR node carries one, so that diagnostics, solver findings and
 * decision traces can point a person at the exact text responsible.
 */
public record SourceSpan(String file, int line, int column, int endLine, int endColumn) {

    public SourceSpan {
        if (file == null) {
            throw new IllegalArgumentException("a source span needs a file name");
        }
        if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column - 1)) {
            throw new IllegalArgumentException("invalid span " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    /** A span for constructs that have no text of their own (built-in declarations). */
    public static SourceSpan builtin() {
        return new SourceSpan("<builtin>", 1, 1, 1, 1);
    }

    /** The smallest span covering this one and {@code other}; both must be in the same file. */
    public SourceSpan to(SourceSpan other) {
        boolean otherEndsLater = other.endLine > endLine || (other.endLine == endLine && other.endColumn > endColumn);
        return otherEndsLater ? new SourceSpan(file, line, column, other.endLine, other.endColumn) : this;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
