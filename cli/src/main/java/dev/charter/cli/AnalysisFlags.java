package dev.charter.cli;

import dev.charter.runtime.ir.Program;
import dev.charter.solver.AnalysisOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The solver's options, shared by {@code charter check} and {@code charter diff}: a fact snapshot
 * to analyse exactly, where to write the SMT-LIB queries, the per-query timeout, and (for check)
 * whether warnings fail.
 */
final class AnalysisFlags {

    @Option(
            names = "--strict",
            description = "Treat warnings (unreachable rules, coverage holes, overridden denies) as errors.")
    boolean strict;

    @Option(
            names = "--facts",
            paramLabel = "FILE",
            description =
                    "A fact snapshot (JSON): relations that depend on input relations are then encoded exactly for these facts.")
    Path facts;

    @Option(
            names = "--emit-smt",
            paramLabel = "DIR",
            description = "Write every solver query to DIR as an SMT-LIB 2 file, so another solver can re-check it.")
    Path smtDirectory;

    @Option(
            names = "--solver-timeout",
            paramLabel = "SECONDS",
            defaultValue = "10",
            description =
                    "The longest one solver query may run (default ${DEFAULT-VALUE}); a query that runs out is inconclusive and fails the check.")
    long timeoutSeconds;

    /** The options for analysing {@code programs}; the facts, if given, must fit every one of them. */
    AnalysisOptions options(List<Program> programs) {
        AnalysisOptions options =
                AnalysisOptions.defaults().withQueryTimeout(Duration.ofSeconds(Math.max(1, timeoutSeconds)));
        if (smtDirectory != null) {
            options = options.withSmtDirectory(smtDirectory);
        }
        if (facts != null) {
            options = options.withFacts(FactsFile.read(facts, programs));
        }
        return options;
    }
}
