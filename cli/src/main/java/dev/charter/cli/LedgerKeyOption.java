package dev.charter.cli;

import dev.charter.runtime.keys.SigningKey;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --key KEYFILE}: the private key in force in a ledger, for the commands that append to it. */
final class LedgerKeyOption {

    @Option(
            names = "--key",
            required = true,
            paramLabel = "KEYFILE",
            description = "The ledger's private key (the key in force).")
    private Path file;

    /** The key, read; an unreadable or malformed file is a one-line problem. */
    SigningKey key() {
        return LedgerArguments.key(file);
    }
}
