package dev.charter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file as one step: the bytes are written beside it, then renamed over it, so no
 * reader ever sees half a file and an interrupted write leaves the old one in place.
 */
final class AtomicFile {

    private AtomicFile() {}

    /** Writes {@code bytes} to {@code file}, creating the directories on the way to it. */
    static void replace(Path file, byte[] bytes, String temporarySuffix) {
        Path target = file.toAbsolutePath();
        Path temporary = target.resolveSibling("." + target.getFileName() + temporarySuffix);
        try {
            Files.createDirectories(target.getParent());
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The original failure is the one worth reporting.
            }
            throw FileProblem.of(e);
        }
    }
}
