package dev.charter.proofs.cases;

/** A {@code *.charter-test} file that is not well formed; the message names file, line and column. */
public final class CaseFileException extends Exception {

    private static final long serialVersionUID = 1L;

    CaseFileException(String file, int line, int column, String message) {
        super(file + ":" + line + ":" + column + ": " + message);
    }
}
