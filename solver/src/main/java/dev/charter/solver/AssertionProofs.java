package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import dev.charter.runtime.ir.Assertion;
import java.util.List;
import java.util.Map;

/**
 * {@code assert NAME: CONDITION;} — proved iff "the condition fails on the decision reached" is
 * unsat for every action; otherwise refuted with the first request (in declaration order of the
 * actions) on which it fails. An unknown answer for any action makes it inconclusive.
 */
final class AssertionProofs {

    Candidate analyse(Assertion assertion, Map<String, ActionModel> models) {
        for (ActionModel model : models.values()) {
            DecisionEncoding.Resolution resolution = model.decision().resolution();
            ConditionEncoder encoder = new ConditionEncoder(model.codec(), model.space(), model.knowledge(),
                    resolution.effect(), resolution.route());
            BoolExpr holds = encoder.condition(assertion.condition());
            BoolExpr fails = model.codec().z3().mkAnd(model.codec().z3().mkNot(holds), model.space().stringConsistency());
            try (var query = model.solver().query("assertion." + assertion.name(), fails)) {
                Verdict verdict = query.verdict();
                if (verdict.isUnsat()) {
                    continue;
                }
                if (verdict.isUnknown()) {
                    return Witnesses.inconclusive("assertion `" + assertion.name() + "`", verdict, List.of(),
                            assertion.name(), model.actionName(), assertion.span());
                }
                var evidence = Witnesses.read(model, query, List.of());
                if (evidence.isEmpty()) {
                    return Witnesses.inconclusive("assertion `" + assertion.name() + "`", query.verdict(), List.of(),
                            assertion.name(), model.actionName(), assertion.span());
                }
                Prediction p = evidence.get().prediction();
                List<String> rules = List.copyOf(p.winners());
                return new Candidate(new Finding(FindingKind.ASSERTION_REFUTED, rules, assertion.name(),
                        model.actionName(), "assertion `" + assertion.name() + "` fails on a request of "
                                + model.actionName() + ", decided " + p.describe(),
                        assertion.span(), null), evidence.get());
            }
        }
        return Candidate.proof(new Finding(FindingKind.ASSERTION_PROVED, List.of(), assertion.name(), null,
                "assertion `" + assertion.name() + "` holds for every request", assertion.span(), null));
    }
}
