package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import dev.charter.runtime.ir.Assertion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code assert NAME: CONDITION;} — proved iff "the condition fails on the decision reached" is
 * unsat for every action; otherwise refuted with the first request (in declaration order of the
 * actions) on which it fails. An unknown answer for any action makes it inconclusive.
 */
final class AssertionProofs {

    Candidate analyse(Assertion assertion, Map<String, ActionModels> models) {
        String what = "assertion `" + assertion.name() + "`";
        for (ActionModels pair : models.values()) {
            Optional<Candidate> failure = Search.ask(
                    pair,
                    "assertion." + assertion.name(),
                    model -> fails(assertion, model),
                    Optional::empty,
                    why -> Optional.of(Witnesses.inconclusive(
                            what, why, List.of(), assertion.name(), pair.actionName(), assertion.span())),
                    (model, query) -> Optional.of(refuted(assertion, model, query)));
            if (failure.isPresent()) {
                return failure.get();
            }
        }
        return Candidate.proof(new Finding(
                FindingKind.ASSERTION_PROVED,
                List.of(),
                assertion.name(),
                null,
                what + " holds for every request",
                assertion.span(),
                null));
    }

    private static BoolExpr fails(Assertion assertion, ActionModel model) {
        DecisionEncoding.Resolution resolution = model.decision().resolution();
        ConditionEncoder encoder = new ConditionEncoder(
                model.codec(), model.space(), model.knowledge(), resolution.effect(), resolution.route());
        BoolExpr holds = encoder.condition(assertion.condition());
        return model.codec()
                .z3()
                .mkAnd(
                        model.codec().z3().mkNot(holds),
                        model.space().stringConsistency(),
                        model.space().historyDomain());
    }

    private static Candidate refuted(Assertion assertion, ActionModel model, Z3Session.IncrementalSolver.Query query) {
        String what = "assertion `" + assertion.name() + "`";
        var evidence = Witnesses.read(model, query, List.of());
        if (evidence.isEmpty()) {
            return Witnesses.inconclusive(
                    what, query.verdict(), List.of(), assertion.name(), model.actionName(), assertion.span());
        }
        Prediction p = evidence.get().prediction();
        return new Candidate(
                new Finding(
                        FindingKind.ASSERTION_REFUTED,
                        List.copyOf(p.winners()),
                        assertion.name(),
                        model.actionName(),
                        what + " fails on a request of " + model.actionName() + ", decided " + p.describe(),
                        assertion.span(),
                        null),
                evidence.get().refuting(assertion));
    }
}
