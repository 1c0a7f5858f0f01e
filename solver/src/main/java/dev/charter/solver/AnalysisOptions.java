package dev.charter.solver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to run the analyses.
 *
 * @param queryTimeout the longest one Z3 query may take; a query that runs out is {@code inconclusive}
 * @param smtDirectory where to write every query as SMT-LIB 2, or null
 */
public record AnalysisOptions(Duration queryTimeout, Path smtDirectory) {

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(Duration.ofSeconds(10), null);
    }

    public AnalysisOptions withSmtDirectory(Path directory) {
        return new AnalysisOptions(queryTimeout, directory);
    }

    public AnalysisOptions withQueryTimeout(Duration timeout) {
        return new AnalysisOptions(timeout, smtDirectory);
    }

    Optional<SmtArchive> archive() {
        return Optional.ofNullable(smtDirectory).map(SmtArchive::new);
    }
}
