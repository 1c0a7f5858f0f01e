package dev.charter.cli;

import dev.charter.runtime.keys.KeyFiles;
import dev.charter.runtime.keys.KeyFormatException;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.LedgerContents;
import dev.charter.runtime.ledger.LedgerCorruptedException;
import dev.charter.runtime.ledger.LedgerReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads what the ledger commands are given: ledger directories, key files, trust files. */
final class LedgerArguments {

    private LedgerArguments() {}

    static TrustStore trust(Path file) {
        try {
            return TrustStore.read(file);
        } catch (IOException | KeyFormatException e) {
            throw FileProblem.of(e);
        }
    }

    static SigningKey key(Path file) {
        try {
            return KeyFiles.readSigningKey(file);
        } catch (IOException | KeyFormatException e) {
            throw FileProblem.of(e);
        }
    }

    /** A ledger directory that must already exist. */
    static Path existingLedger(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputProblem(dir + ": no such ledger directory");
        }
        return dir;
    }

    /** Every record of the ledger in {@code dir}; damage is a one-line problem pointing at {@code ledger verify}. */
    static LedgerContents read(Path dir) {
        try {
            return LedgerReader.read(existingLedger(dir));
        } catch (LedgerCorruptedException e) {
            throw damaged(dir, e);
        } catch (IOException e) {
            throw FileProblem.of(e);
        }
    }

    /** The one-line problem for a damaged ledger, pointing at {@code ledger verify}. */
    static InputProblem damaged(Path dir, LedgerCorruptedException e) {
        return new InputProblem(dir + " is damaged: " + e.getMessage() + " (charter ledger verify tells more)");
    }
}
