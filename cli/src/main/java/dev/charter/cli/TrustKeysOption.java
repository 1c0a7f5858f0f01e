package dev.charter.cli;

import dev.charter.runtime.keys.TrustStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --keys FILE}: the trust file of the public keys a ledger, a proof or a bundle may be signed by. */
final class TrustKeysOption {

    @Option(
            names = "--keys",
            required = true,
            paramLabel = "FILE",
            description = "Trust file of the public keys the ledger, proof or bundles may be signed by.")
    private Path file;

    /** The trust file, read; an unreadable or malformed one is a one-line problem. */
    TrustStore trust() {
        return LedgerArguments.trust(file);
    }
}
