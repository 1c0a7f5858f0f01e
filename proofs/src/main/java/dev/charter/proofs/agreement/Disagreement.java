package dev.charter.proofs.agreement;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;
import java.nio.charset.StandardCharsets;

/**
 * A request on which the runtime and the solver's encoding reach different decisions: a defect in
 * one of them, since both interpret the same IR. Printed with everything needed to replay it.
 *
 * @param history the history both sides decided it over
 * @param runtime what the runtime decided, e.g. {@code permit by small_payment}
 * @param solver  what the encoding predicts, in the same form
 */
public record Disagreement(Request request, FactSnapshot facts, HistoryValues history, String runtime, String solver) {

    @Override
    public String toString() {
        return "runtime: " + runtime + "\nsolver:  " + solver + "\nrequest: " + request.toJson() + "\nfacts:   "
                + new String(facts.canonicalBytes(), StandardCharsets.UTF_8) + "\nhistory: " + history;
    }
}
