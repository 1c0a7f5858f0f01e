package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.Decision;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Program;
import java.time.ZoneId;

/** Runs both versions of a constitution on a diff witness; each must decide as the encoding predicts. */
final class DiffConfirmation {

    private DiffConfirmation() {}

    /**
     * The example for a witness, confirmed by the runtime under the witness's fact snapshot and
     * over its history (each version reading the same values for the same aggregates).
     *
     * @throws SolverDisagreementException when a version decides otherwise than predicted
     */
    static ActionChange.Example confirm(
            Program before,
            Program after,
            FactSnapshot given,
            ConcreteRequest request,
            ObjectNode modelled,
            Prediction was,
            Prediction is,
            ZoneId zone) {
        FactSnapshot snapshot = RuntimeConfirmation.snapshot(given, modelled);
        ObjectNode json = request.toJson(zone);
        Decision old = RuntimeConfirmation.engine(before, snapshot)
                .decide(
                        Request.parse(json.toString()).explained(),
                        WitnessHistory.reader(before, request.history()));
        Decision now = RuntimeConfirmation.engine(after, snapshot)
                .decide(
                        Request.parse(json.toString()).explained(),
                        WitnessHistory.reader(after, request.history()));
        RuntimeConfirmation.disagreement(was, old).ifPresent(p -> {
            throw new SolverDisagreementException("old version: " + p);
        });
        RuntimeConfirmation.disagreement(is, now).ifPresent(p -> {
            throw new SolverDisagreementException("new version: " + p);
        });
        return new ActionChange.Example(
                json,
                RuntimeConfirmation.shown(given, modelled),
                RuntimeConfirmation.decisionJson(old),
                RuntimeConfirmation.decisionJson(now));
    }
}
