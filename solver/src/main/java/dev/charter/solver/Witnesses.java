package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.Optional;

/** Turns a satisfiable query into evidence, and unknown answers into {@code inconclusive} findings. */
final class Witnesses {

    private Witnesses() {}

    /**
     * Reads the open, satisfiable query as a readable request with the decision the encoding
     * predicts for it; empty when the model holds a value no request can carry.
     */
    static Optional<Evidence> read(ActionModel model, Z3Session.IncrementalSolver.Query query, List<String> mustMatch) {
        Optional<ConcreteRequest> request = new WitnessReader(model).read(query);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        return model.knowledge()
                .facts(query)
                .map(facts -> new Evidence(
                        request.get(),
                        Prediction.of(
                                query.model(),
                                model.codec(),
                                model.decision().rules(),
                                model.decision().resolution(),
                                model.decision()::matches),
                        facts,
                        model.knowledge().exactWitnesses(),
                        mustMatch,
                        List.of(),
                        null));
    }

    static Candidate inconclusive(
            String property, Verdict verdict, List<String> rules, String assertion, String action, SourceSpan span) {
        return inconclusive(
                property,
                verdict.isUnknown() ? Search.unknown(verdict) : "no request with exact values shows it",
                rules,
                assertion,
                action,
                span);
    }

    static Candidate inconclusive(
            String property, String why, List<String> rules, String assertion, String action, SourceSpan span) {
        return Candidate.proof(new Finding(
                FindingKind.INCONCLUSIVE,
                rules,
                assertion,
                action,
                "could not decide " + property + ": " + why + "; treat as failed until it is decided",
                span,
                null));
    }

    static BoolExpr and(ActionModel model, BoolExpr... parts) {
        return model.codec().z3().mkAnd(parts);
    }
}
