package dev.charter.solver;

import dev.charter.runtime.FactSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to run the analyses.
 *
 * @param queryTimeout the longest one Z3 query may take; a query that runs out is {@code inconclusive}
 * @param smtDirectory where to write every query as SMT-LIB 2, or null
 * @param factSnapshot the host's facts ({@code --facts}): every relation is then encoded exactly
 *                     and findings hold for this snapshot; null analyses every snapshot at once
 */
public record AnalysisOptions(Duration queryTimeout, Path smtDirectory, FactSnapshot factSnapshot) {

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(Duration.ofSeconds(10), null, null);
    }

    public AnalysisOptions withSmtDirectory(Path directory) {
        return new AnalysisOptions(queryTimeout, directory, factSnapshot);
    }

    public AnalysisOptions withQueryTimeout(Duration timeout) {
        return new AnalysisOptions(timeout, smtDirectory, factSnapshot);
    }

    public AnalysisOptions withFacts(FactSnapshot snapshot) {
        return new AnalysisOptions(queryTimeout, smtDirectory, snapshot);
    }

    Optional<FactSnapshot> facts() {
        return Optional.ofNullable(factSnapshot);
    }

    Optional<SmtArchive> archive() {
        return Optional.ofNullable(smtDirectory).map(SmtArchive::new);
    }
}
