package dev.charter.cli;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleRejectedException;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.Divergence;
import dev.charter.runtime.ledger.LedgerCorruptedException;
import dev.charter.runtime.ledger.ReplayReport;
import dev.charter.runtime.ledger.Replayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code charter replay DIR --bundles DIR --facts DIR --keys FILE}: re-decides every decision of
 * a ledger with the bundle and fact snapshot its record names and compares decision and trace
 * byte for byte. Exit 0 when every decision is reproduced, 1 when one differs or cannot be
 * replayed, 2 when an input cannot be read.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description =
                "Re-evaluate every decision of a ledger and report any that does not come out byte for byte the same.")
final class ReplayCommand implements Callable<Integer> {

    private static final int SHOWN = 20;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LedgerDirectory directory;

    @Option(
            names = "--bundles",
            required = true,
            paramLabel = "DIR",
            description = "Directory of the signed bundles the decisions name.")
    private Path bundles;

    @Option(
            names = "--facts",
            required = true,
            paramLabel = "DIR",
            description = "Directory of the fact snapshots (JSON) the decisions name.")
    private Path facts;

    @Mixin
    private TrustKeysOption keys;

    @Override
    public Integer call() {
        TrustStore trust = keys.trust();
        PrintWriter err = spec.commandLine().getErr();
        List<Bundle> loaded = new ArrayList<>();
        for (Path file : files(bundles)) {
            try {
                loaded.add(BundleReader.read(InputFiles.bytes(file), trust));
            } catch (BundleRejectedException e) {
                err.printf(
                        "charter: %s skipped: %s%n",
                        TerminalText.line(file.toString()), TerminalText.line(e.getMessage()));
            }
        }
        List<FactSnapshot> snapshots = new ArrayList<>();
        for (Path file : files(facts)) {
            snapshots.add(FactsFile.read(file));
        }
        ReplayReport report = replay(new Replayer(loaded, snapshots));
        PrintWriter out = spec.commandLine().getOut();
        for (Divergence divergence : report.divergences()
                .subList(0, Math.min(SHOWN, report.divergences().size()))) {
            out.printf("seq %d: %s%n", divergence.seq(), TerminalText.line(divergence.reason()));
            out.printf("  recorded  %s%n", TerminalText.line(divergence.recorded()));
            if (!divergence.replayed().isEmpty()) {
                out.printf("  replayed  %s%n", TerminalText.line(divergence.replayed()));
            }
        }
        if (report.divergent() > SHOWN) {
            out.printf("... and %d more%n", report.divergent() - SHOWN);
        }
        out.printf(
                "replayed %d decision%s of %s: %d identical, %d divergent%n",
                report.decisions(),
                report.decisions() == 1 ? "" : "s",
                TerminalText.line(directory.toString()),
                report.identical(),
                report.divergent());
        return report.ok() ? ExitStatus.OK : ExitStatus.FAILED;
    }

    /** Replays the ledger as it is read, one record at a time. */
    private ReplayReport replay(Replayer replayer) {
        try {
            return replayer.replay(directory.existing());
        } catch (LedgerCorruptedException e) {
            throw LedgerArguments.damaged(directory.path(), e);
        } catch (IOException e) {
            throw FileProblem.of(e);
        }
    }

    private static List<Path> files(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InputProblem(directory + ": no such directory");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)
                        && !entry.getFileName().toString().startsWith(".")) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            throw FileProblem.of(e);
        }
        files.sort(null);
        return files;
    }
}
