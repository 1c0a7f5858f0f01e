package dev.charter.cli;

import dev.charter.runtime.keys.KeyFormatException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns a failure to read or write a key, trust or bundle file into one line naming the file. */
final class FileProblem {

    private FileProblem() {}

    static InputProblem of(Exception e) {
        if (e instanceof KeyFormatException) {
            return new InputProblem(e.getMessage());
        }
        if (e instanceof NoSuchFileException) {
            return new InputProblem(e.getMessage() + ": no such file or directory");
        }
        if (e instanceof AccessDeniedException) {
            return new InputProblem(e.getMessage() + ": permission denied");
        }
        if (e instanceof FileAlreadyExistsException) {
            return new InputProblem(e.getMessage() + ": already exists; refusing to overwrite a key");
        }
        if (e instanceof FileSystemException) {
            return new InputProblem(e.getMessage());
        }
        return new InputProblem("I/O error: " + e.getMessage());
    }
}
