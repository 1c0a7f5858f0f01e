package dev.charter.cli;

import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.CheckpointFormatException;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.runtime.ledger.LedgerVerifier;
import dev.charter.runtime.ledger.RecordProof;
import dev.charter.runtime.ledger.SignedCheckpoint;
import dev.charter.runtime.ledger.VerificationProblem;
import dev.charter.runtime.ledger.VerificationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter ledger}: checks a decision ledger as an auditor would, with public keys only.
 * Format in {@code docs/ledger-format.md}. Exit 0 when it holds, 1 when it does not, 2 when an
 * input cannot be read.
 */
@Command(
        name = "ledger",
        mixinStandardHelpOptions = true,
        description = "Verify a decision ledger, or prove that a record is in it.",
        subcommands = {LedgerCommand.Verify.class, LedgerCommand.Proof.class, LedgerCommand.CheckProof.class})
final class LedgerCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: verify, proof or check-proof");
    }

    /** {@code charter ledger verify DIR --keys FILE [--checkpoint FILE...] [--records]}. */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "Check every frame, record, signature, the hash chain, key rotations and every checkpoint; "
                    + "report the first bad record by sequence number.")
    static final class Verify implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private LedgerDirectory directory;

        @Mixin
        private TrustKeysOption keys;

        @Option(
                names = "--checkpoint",
                paramLabel = "FILE",
                description =
                        "A checkpoint kept from earlier (signed note); " + "the ledger must extend it. Repeatable.")
        private List<Path> witnessed = new ArrayList<>();

        @Option(
                names = "--records",
                description = "When the ledger holds, also print every record on one line: seq, kind, agent, action,"
                        + " arguments and outcome, and the record a resolution or an execution links to.")
        private boolean records;

        @Override
        public Integer call() {
            TrustStore trust = keys.trust();
            List<SignedCheckpoint> checkpoints = new ArrayList<>();
            for (Path file : witnessed) {
                try {
                    checkpoints.add(SignedCheckpoint.parse(InputFiles.text(file)));
                } catch (CheckpointFormatException e) {
                    throw new InputProblem(file + ": " + e.getMessage());
                }
            }
            VerificationReport report;
            try {
                report = LedgerVerifier.verify(directory.existing(), trust, checkpoints);
            } catch (IOException e) {
                throw FileProblem.of(e);
            }
            PrintWriter out = spec.commandLine().getOut();
            Optional<VerificationProblem> problem = report.problem();
            if (problem.isPresent()) {
                VerificationProblem p = problem.get();
                out.printf(
                        "ledger %s: FAILED at seq %d%s%n",
                        TerminalText.line(directory.toString()),
                        p.seq(),
                        p.where().isEmpty() ? "" : " (" + TerminalText.line(p.where()) + ")");
                out.printf("  %s%n", TerminalText.line(p.reason()));
                out.printf("  %d record%s verified before it%n", report.records(), report.records() == 1 ? "" : "s");
                return ExitStatus.FAILED;
            }
            out.printf("ledger %s: OK%n", TerminalText.line(directory.toString()));
            out.printf("  origin       %s%n", TerminalText.line(report.origin()));
            out.printf("  records      %d verified%n", report.records());
            out.printf(
                    "  checkpoints  %d verified%s%n",
                    report.checkpoints(),
                    report.latest()
                            .map(c -> ", latest: size " + c.checkpoint().size() + " root "
                                    + Base64.getEncoder()
                                            .encodeToString(c.checkpoint().root()))
                            .orElse(""));
            out.printf("  keys         %s%n", report.keys().isEmpty() ? "(none)" : String.join(" -> ", report.keys()));
            if (records) {
                // Only the records just verified: a writer may have appended more since.
                List<LedgerRecord> verified = directory.read().records().stream()
                        .filter(record -> record.seq() < report.records())
                        .toList();
                for (String line : RecordLine.of(verified)) {
                    out.printf("  %s%n", line);
                }
            }
            return ExitStatus.OK;
        }
    }

    /** {@code charter ledger proof DIR --seq N}. */
    @Command(
            name = "proof",
            mixinStandardHelpOptions = true,
            description = "Print record N with the latest checkpoint and its RFC 9162 inclusion proof (JSON), "
                    + "which an auditor checks with the public key alone.")
    static final class Proof implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private LedgerDirectory directory;

        @Option(names = "--seq", required = true, paramLabel = "N", description = "Sequence number of the record.")
        private long seq;

        @Override
        public Integer call() {
            try {
                spec.commandLine()
                        .getOut()
                        .println(RecordProof.of(directory.read(), seq).toJson());
                return ExitStatus.OK;
            } catch (LedgerException e) {
                spec.commandLine().getErr().println("charter: " + TerminalText.line(e.getMessage()));
                return ExitStatus.FAILED;
            }
        }
    }

    /** {@code charter ledger check-proof FILE --keys FILE}. */
    @Command(
            name = "check-proof",
            mixinStandardHelpOptions = true,
            description = "Check a proof printed by ledger proof: checkpoint signature, record, inclusion.")
    static final class CheckProof implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PROOF", description = "The proof (JSON) from charter ledger proof.")
        private Path proofFile;

        @Mixin
        private TrustKeysOption keys;

        @Override
        public Integer call() {
            RecordProof proof;
            try {
                proof = RecordProof.parse(InputFiles.text(proofFile));
            } catch (LedgerException e) {
                throw new InputProblem(proofFile + ": " + e.getMessage());
            }
            Optional<String> problem = proof.check(keys.trust());
            PrintWriter out = spec.commandLine().getOut();
            if (problem.isPresent()) {
                out.printf("proof of seq %d: FAILED: %s%n", proof.seq(), TerminalText.line(problem.get()));
                return ExitStatus.FAILED;
            }
            out.printf(
                    "proof of seq %d: OK, included in the checkpoint of size %d signed by %s%n",
                    proof.seq(),
                    proof.checkpoint().checkpoint().size(),
                    TerminalText.line(String.join(", ", proof.checkpoint().signerNames())));
            return ExitStatus.OK;
        }
    }
}
