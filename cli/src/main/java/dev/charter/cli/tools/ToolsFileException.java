package dev.charter.cli.tools;

/**
 * A tools file that cannot be imported at all: not JSON, or JSON that holds no list of tools.
 * The message names the file and, where there is one, the line and column.
 */
public final class ToolsFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ToolsFileException(String message) {
        super(message, null, false, false);
    }
}
