package dev.charter.cli;

import dev.charter.runtime.keys.KeyFiles;
import dev.charter.runtime.keys.KeyFormatException;
import dev.charter.runtime.keys.PublicKey;
import dev.charter.runtime.keys.SigningKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter keys}: the Ed25519 keys that sign bundles and the trust files that list the
 * keys a runtime accepts. Formats in {@code docs/bundle-format.md}, section "Keys".
 */
@Command(
        name = "keys",
        mixinStandardHelpOptions = true,
        description = "Generate signing keys and manage trust files.",
        subcommands = {KeysCommand.Generate.class, KeysCommand.Trust.class, KeysRotateCommand.class})
final class KeysCommand implements Runnable {

    static final String TRUST_FILE = "trust.txt";

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: generate, trust or rotate");
    }

    /** {@code charter keys generate --out DIR [--name NAME]}. */
    @Command(
            name = "generate",
            mixinStandardHelpOptions = true,
            description = "Make a key pair NAME.key (private, mode 600) and NAME.pub in DIR, and trust it in DIR/"
                    + TRUST_FILE + ". Never overwrites a key.")
    static final class Generate implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "DIR",
                description = "Directory for the key files (created if missing).")
        private Path out;

        @Option(
                names = "--name",
                defaultValue = "charter",
                paramLabel = "NAME",
                description = "File name of the key pair (default: charter).")
        private String name;

        @Override
        public Integer call() {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new InputProblem("--name " + name + ": use letters, digits, '.', '_' and '-' only");
            }
            Path privateFile = out.resolve(name + ".key");
            Path publicFile = out.resolve(name + ".pub");
            Path trustFile = out.resolve(TRUST_FILE);
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new InputProblem(out + ": is not a directory");
            }
            for (Path existing : List.of(privateFile, publicFile)) {
                if (Files.exists(existing)) {
                    throw new InputProblem(existing + ": already exists; refusing to overwrite a key");
                }
            }
            SigningKey key = SigningKey.generate();
            try {
                Files.createDirectories(out);
                KeyFiles.writeSigningKey(privateFile, key);
                KeyFiles.writePublicKey(publicFile, key.publicKey());
                KeyFiles.addToTrustFile(trustFile, key.publicKey());
            } catch (IOException | KeyFormatException e) {
                throw FileProblem.of(e);
            }
            PrintWriter printer = spec.commandLine().getOut();
            printer.printf("generated Ed25519 key %s%n", key.keyId());
            printer.printf(
                    "  private key  %s  (keep it secret; signs bundles)%n", TerminalText.line(privateFile.toString()));
            printer.printf("  public key   %s%n", TerminalText.line(publicFile.toString()));
            printer.printf(
                    "  trust file   %s  (give it to runtimes that should accept this key)%n",
                    TerminalText.line(trustFile.toString()));
            return ExitStatus.OK;
        }
    }

    /** {@code charter keys trust PUBFILE... --trust FILE}. */
    @Command(
            name = "trust",
            mixinStandardHelpOptions = true,
            description = "Add public keys (.pub files) to a trust file, creating it if missing.")
    static final class Trust implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(
                names = "--trust",
                required = true,
                paramLabel = "FILE",
                description = "The trust file to add the keys to.")
        private Path trustFile;

        @Parameters(
                arity = "1..*",
                paramLabel = "PUBFILE",
                description = "Public key files, as written by keys generate.")
        private List<Path> publicFiles;

        @Override
        public Integer call() {
            PrintWriter printer = spec.commandLine().getOut();
            try {
                for (Path file : publicFiles) {
                    PublicKey key = KeyFiles.readPublicKey(file);
                    if (KeyFiles.addToTrustFile(trustFile, key)) {
                        printer.printf("%s now trusts key %s%n", TerminalText.line(trustFile.toString()), key.keyId());
                    } else {
                        printer.printf(
                                "%s already trusts key %s%n", TerminalText.line(trustFile.toString()), key.keyId());
                    }
                }
            } catch (IOException | KeyFormatException e) {
                throw FileProblem.of(e);
            }
            return ExitStatus.OK;
        }
    }
}
