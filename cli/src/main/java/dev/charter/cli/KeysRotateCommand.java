package dev.charter.cli;

import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.Ledger;
import dev.charter.runtime.ledger.LedgerContents;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.runtime.ledger.RecordKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code charter keys rotate --ledger DIR --key OLD.key --new-key NEW.key}: hands a ledger over to
 * a new signing key. The key record is signed by the old key; from it on only the new key signs,
 * and an auditor who trusts the old key learns the new one from the ledger itself.
 */
@Command(
        name = "rotate",
        mixinStandardHelpOptions = true,
        description =
                "Rotate a ledger's signing key: record the new key, signed by the old one, which is then retired.")
final class KeysRotateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--ledger", required = true, paramLabel = "DIR", description = "The ledger directory.")
    private Path dir;

    @Mixin
    private LedgerKeyOption oldKey;

    @Option(
            names = "--new-key",
            required = true,
            paramLabel = "KEYFILE",
            description = "The private key that takes over (from keys generate).")
    private Path newKey;

    @Override
    public Integer call() throws IOException {
        SigningKey current = oldKey.key();
        SigningKey next = LedgerArguments.key(newKey);
        String problem = rotationProblem(LedgerArguments.read(dir), current, next);
        if (problem != null) {
            throw new InputProblem(newKey + ": " + problem + "; the ledger was not touched");
        }
        try (Ledger ledger = Ledger.open(LedgerArguments.existingLedger(dir), current, LedgerOptions.defaults())) {
            LedgerRecord rotation = ledger.rotateKey(next);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "ledger %s: key %s retired, key %s in force from seq %d (key record seq %d)%n",
                            TerminalText.line(dir.toString()),
                            rotation.keyId(),
                            next.keyId(),
                            rotation.seq() + 1,
                            rotation.seq());
            return ExitStatus.OK;
        } catch (LedgerException e) {
            spec.commandLine().getErr().println("charter: " + TerminalText.line(e.getMessage()));
            return ExitStatus.FAILED;
        }
    }

    /**
     * Why the ledger cannot be handed over to {@code next}, read before a writer opens it (a
     * writer would repair a torn tail): a key is brought into a ledger only once, so neither the
     * key in force nor a retired one can take over. Null when it can.
     */
    private static String rotationProblem(LedgerContents contents, SigningKey current, SigningKey next) {
        String id = next.keyId().hex();
        if (id.equals(current.keyId().hex())) {
            return "the new key is the key given by --key (" + id + ")";
        }
        String inForce = null;
        Set<String> used = new HashSet<>();
        for (LedgerRecord record : contents.records()) {
            inForce = record.keyId().hex();
            used.add(inForce);
            if (record.kind() == RecordKind.KEY) {
                inForce = EscalationsCommand.body(record)
                        .path("new_key")
                        .path("id")
                        .asText();
                used.add(inForce);
            }
        }
        if (id.equals(inForce)) {
            return "key " + id + " is already the ledger's key in force";
        }
        return used.contains(id)
                ? "key " + id + " was retired by an earlier rotation, and a key is brought in only once"
                : null;
    }
}
