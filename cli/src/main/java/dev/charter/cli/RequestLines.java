package dev.charter.cli;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The requests of {@code charter eval --requests}, one JSON object per line, read as they arrive
 * from a file or from standard input ({@code -}), so that eval can run as a co-process: each
 * line is handed over as soon as it is complete, never after the whole input. Blank lines are
 * skipped. Bytes that are not UTF-8 are replaced (the engine then denies the line); a line longer
 * than {@link #MAX_CHARS} stops the run as an input problem.
 */
final class RequestLines implements AutoCloseable {

    /** No request is this long; reading one would risk the heap rather than give an answer. */
    static final int MAX_CHARS = 16 * 1024 * 1024;

    private final String name;
    private final BufferedReader reader;
    private long lineNumber;

    private RequestLines(String name, InputStream input) {
        this.name = name;
        this.reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
    }

    /** The lines of {@code path}, or of {@code stdin} when the path is {@code -}. */
    static RequestLines open(Path path, InputStream stdin) {
        if (path.toString().equals("-")) {
            return new RequestLines("standard input", new UnclosedInput(stdin));
        }
        if (Files.isDirectory(path)) {
            throw new InputProblem(path + ": is a directory, expected a file");
        }
        try {
            return new RequestLines(path.toString(), Files.newInputStream(path));
        } catch (IOException e) {
            throw InputFiles.unreadable(path, e);
        }
    }

    /** The next non-blank line, waiting for it if it has not arrived yet; empty at the end of the input. */
    Optional<String> next() {
        while (true) {
            Optional<String> line = line();
            if (line.isEmpty() || !line.get().isBlank()) {
                return line;
            }
        }
    }

    /** Whether more input can be read without waiting for it. */
    boolean ready() {
        try {
            return reader.ready();
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<String> line() {
        StringBuilder line = new StringBuilder();
        try {
            int c = reader.read();
            if (c < 0) {
                return Optional.empty();
            }
            lineNumber++;
            while (c >= 0 && c != '\n') {
                if (line.length() == MAX_CHARS) {
                    throw new InputProblem(name + ": line " + lineNumber + " is longer than " + MAX_CHARS
                            + " characters, refusing it");
                }
                line.append((char) c);
                c = reader.read();
            }
        } catch (IOException e) {
            throw new InputProblem(name + ": cannot be read (" + e.getMessage() + ")");
        }
        int end = line.length();
        return Optional.of(end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString());
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new InputProblem(name + ": cannot be closed (" + e.getMessage() + ")");
        }
    }

    /** Standard input belongs to the process, not to one command: closing the reader leaves it open. */
    private static final class UnclosedInput extends FilterInputStream {

        UnclosedInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The stream is the caller's; it stays open.
        }
    }
}
