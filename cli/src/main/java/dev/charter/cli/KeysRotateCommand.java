package dev.charter.cli;

import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.Ledger;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.LedgerRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code charter keys rotate --ledger DIR --key OLD.key --new-key NEW.key}: hands a ledger over to
 * a new signing key. The key record is signed by the old key; from it on only the new key signs,
 * and an auditor who trusts the old key learns the new one from the ledger itself.
 */
@Command(name = "rotate", mixinStandardHelpOptions = true,
        description = "Rotate a ledger's signing key: record the new key, signed by the old one, which is then retired.")
final class KeysRotateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--ledger", required = true, paramLabel = "DIR", description = "The ledger directory.")
    private Path dir;

    @Option(names = "--key", required = true, paramLabel = "KEYFILE", description = "The ledger's current private key.")
    private Path oldKey;

    @Option(names = "--new-key", required = true, paramLabel = "KEYFILE", description = "The private key that takes over (from keys generate).")
    private Path newKey;

    @Override
    public Integer call() throws IOException {
        SigningKey next = LedgerArguments.key(newKey);
        try (Ledger ledger = Ledger.open(LedgerArguments.existingLedger(dir), LedgerArguments.key(oldKey), LedgerOptions.defaults())) {
            LedgerRecord rotation = ledger.rotateKey(next);
            spec.commandLine().getOut().printf("ledger %s: key %s retired, key %s in force from seq %d (key record seq %d)%n",
                    dir, rotation.keyId(), next.keyId(), rotation.seq() + 1, rotation.seq());
            return ExitStatus.OK;
        } catch (LedgerException e) {
            spec.commandLine().getErr().println("charter: " + e.getMessage());
            return ExitStatus.FAILED;
        }
    }
}
