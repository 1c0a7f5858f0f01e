package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.Optional;

/** Turns a satisfiable query into evidence, and unknown answers into {@code inconclusive} findings. */
final class Witnesses {

    private Witnesses() {
    }

    /**
     * Reads the open, satisfiable query as a readable request with the decision the encoding
     * predicts for it; empty when the model holds a value no request can carry.
     */
    static Optional<Evidence> read(ActionModel model, Z3Session.IncrementalSolver.Query query, List<String> mustMatch) {
        WitnessReader reader = new WitnessReader(model);
        return reader.read(query).map(request -> new Evidence(
                request,
                Prediction.of(query.model(), model.codec(), model.decision().rules(), model.decision().resolution(),
                        model.decision()::matches),
                reader.atomValuations(query.model()),
                mustMatch,
                List.of()));
    }

    static Candidate inconclusive(String property, Verdict verdict, List<String> rules, String assertion,
                                  String action, SourceSpan span) {
        String why = verdict.isUnknown() ? "Z3 answered unknown (" + verdict.reason() + ")"
                : "no request with exact values shows it";
        return Candidate.proof(new Finding(FindingKind.INCONCLUSIVE, rules, assertion, action,
                "could not decide " + property + ": " + why + "; treat as failed until it is decided", span, null));
    }

    static BoolExpr and(ActionModel model, BoolExpr... parts) {
        return model.codec().z3().mkAnd(parts);
    }
}
