package dev.charter.cli;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.InvalidFactsException;
import dev.charter.runtime.ir.Program;
import java.nio.file.Path;
import java.util.List;

/**
 * How a command reads a fact snapshot file: {@link FactSnapshot#parse(String, byte[], List)},
 * typed against every constitution it will be used with, so a file that does not parse or does
 * not fit is the same one-line {@link InputProblem} (the file, and what is wrong with it; exit 2)
 * whether {@code check}, {@code diff}, {@code eval} or {@code replay} reads it — never an internal
 * error deep in an analysis.
 */
final class FactsFile {

    private FactsFile() {}

    /** The snapshot in {@code file}, when it parses; for a reader that pairs snapshots with constitutions later. */
    static FactSnapshot read(Path file) {
        return read(file, List.of());
    }

    /** The snapshot in {@code file}, when it parses and fits each of {@code programs}. */
    static FactSnapshot read(Path file, List<Program> programs) {
        try {
            return FactSnapshot.parse(file.toString(), InputFiles.bytes(file), programs);
        } catch (InvalidFactsException e) {
            throw new InputProblem(e.getMessage());
        }
    }
}
