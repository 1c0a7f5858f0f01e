package dev.charter.cli;

import dev.charter.runtime.ledger.LedgerContents;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The first positional parameter of the commands that read or extend an existing ledger: its directory. */
final class LedgerDirectory {

    @Parameters(index = "0", paramLabel = "DIR", description = "The ledger directory.")
    private Path path;

    /** The directory as the user named it. */
    Path path() {
        return path;
    }

    /** The directory, which must exist. */
    Path existing() {
        return LedgerArguments.existingLedger(path);
    }

    /** Every record of the ledger; damage is a one-line problem pointing at {@code ledger verify}. */
    LedgerContents read() {
        return LedgerArguments.read(path);
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
