package dev.charter.proofs.agreement;

import dev.charter.proofs.generators.BiasTarget;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The result of an agreement run: how many generated requests were decided both ways, how long
 * it took, the first disagreement (shrunk), and the bias targets no generated request reached.
 */
public record AgreementReport(
        int requests, Duration elapsed, Optional<Disagreement> disagreement, List<BiasTarget> missed) {

    public AgreementReport {
        missed = List.copyOf(missed);
    }

    public boolean passed() {
        return disagreement.isEmpty() && missed.isEmpty();
    }

    public double requestsPerSecond() {
        return requests / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
}
