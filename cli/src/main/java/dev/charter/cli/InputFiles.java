package dev.charter.cli;

import dev.charter.compiler.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the files named on a command line. Every failure becomes an {@link InputProblem} naming
 * the file and the reason in words, never an exception trace.
 */
final class InputFiles {

    /**
     * Larger inputs are refused before reading: no constitution, snapshot or request set is
     * this big, and reading one whole would risk the JVM's heap rather than give a clear answer.
     */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private InputFiles() {}

    /** The bytes of {@code path}, exactly as stored. */
    static byte[] bytes(Path path) {
        if (Files.isDirectory(path)) {
            throw new InputProblem(path + ": is a directory, expected a file");
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new InputProblem(
                        path + ": larger than " + MAX_BYTES / (1024 * 1024) + " MiB, refusing to read it");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    /** One line naming {@code path} and why it could not be read. */
    static InputProblem unreadable(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InputProblem(path + ": no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new InputProblem(path + ": permission denied");
        }
        return new InputProblem(path + ": cannot be read (" + e.getMessage() + ")");
    }

    /**
     * The text of {@code path} as UTF-8. Bytes that are not UTF-8 are replaced rather than
     * rejected here: whether such a file is a valid constitution is the compiler's call, and it
     * answers with diagnostics.
     */
    static String text(Path path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** Each path as a compiler source, named as the user wrote it so diagnostics echo it back. */
    static List<SourceFile> sources(List<Path> paths) {
        List<SourceFile> sources = new ArrayList<>(paths.size());
        for (Path path : paths) {
            sources.add(new SourceFile(path.toString(), text(path)));
        }
        return sources;
    }
}
