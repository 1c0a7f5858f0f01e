package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code unreachable-rule}: a rule that wins on no request of any of its actions. Holds iff
 * "the rule matches and no higher-priority rule matches" is unsat for each action. It is then
 * either dead (its condition alone is unsat) or shadowed; the shadowing rules are read from the
 * unsat core over "this higher rule does not match" assumptions, and the witness shows a request
 * the rule matches but a shadowing rule decides.
 */
final class RuleReachability {

    List<Candidate> analyse(Program program, Map<String, ActionModels> models) {
        List<Candidate> out = new ArrayList<>();
        for (DecisionRule rule : program.rules()) {
            out.addAll(rule(rule, models));
        }
        return out;
    }

    private List<Candidate> rule(DecisionRule rule, Map<String, ActionModels> models) {
        Map<ActionModels, Verdict> matchable = new LinkedHashMap<>();
        for (String action : rule.actions()) {
            ActionModels pair = models.get(action);
            ActionModel model = pair.proof();
            Context z3 = model.codec().z3();
            BoolExpr ok = z3.mkNot(model.decision().error());
            try (var query = model.solver()
                    .query(
                            "reaches." + rule.name(),
                            z3.mkAnd(ok, model.decision().wins(rule)))) {
                Verdict verdict = query.verdict();
                if (verdict.isSat()) {
                    return List.of();
                }
                if (verdict.isUnknown()) {
                    return List.of(Witnesses.inconclusive(
                            "whether rule `" + rule.name() + "` is reachable",
                            verdict,
                            List.of(rule.name()),
                            null,
                            action,
                            rule.span()));
                }
            }
            try (var query = model.solver()
                    .query(
                            "matches." + rule.name(),
                            z3.mkAnd(ok, model.decision().matches(rule)))) {
                matchable.put(pair, query.verdict());
            }
        }
        for (Map.Entry<ActionModels, Verdict> entry : matchable.entrySet()) {
            if (entry.getValue().isUnknown()) {
                return List.of(Witnesses.inconclusive(
                        "whether rule `" + rule.name() + "` is dead",
                        entry.getValue(),
                        List.of(rule.name()),
                        null,
                        entry.getKey().actionName(),
                        rule.span()));
            }
        }
        for (ActionModels model : matchable.keySet()) {
            if (matchable.get(model).isSat()) {
                return List.of(shadowed(rule, model));
            }
        }
        return List.of(Candidate.proof(new Finding(
                FindingKind.UNREACHABLE_RULE,
                List.of(rule.name()),
                null,
                null,
                "rule `" + rule.name() + "` never applies: its condition cannot hold on any request of "
                        + String.join(", ", rule.actions()) + "; remove it or fix the condition",
                rule.span(),
                null)));
    }

    private Candidate shadowed(DecisionRule rule, ActionModels models) {
        ActionModel model = models.proof();
        Context z3 = model.codec().z3();
        DecisionEncoding decision = model.decision();
        List<DecisionRule> higher = decision.rules().stream()
                .filter(r -> r.priority() > rule.priority())
                .toList();
        List<BoolExpr> assumptions =
                higher.stream().map(r -> z3.mkNot(decision.matches(r))).toList();
        BoolExpr matches = z3.mkAnd(z3.mkNot(decision.error()), decision.matches(rule));
        Z3Session.AssumptionVerdict cored =
                model.solver().checkAssuming("shadowers." + rule.name(), matches, assumptions);
        Set<String> core = new java.util.HashSet<>();
        cored.core().forEach(c -> core.add(c.toString()));
        Set<String> shadowers = new LinkedHashSet<>();
        for (int i = 0; i < higher.size(); i++) {
            if (core.contains(assumptions.get(i).toString())) {
                shadowers.add(higher.get(i).name());
            }
        }
        if (shadowers.isEmpty()) {
            higher.forEach(r -> shadowers.add(r.name()));
        }
        List<String> rules = new ArrayList<>();
        rules.add(rule.name());
        rules.addAll(shadowers);
        String message = "rule `" + rule.name() + "` never decides: every request it matches is decided by "
                + "higher-priority rule" + (shadowers.size() > 1 ? "s " : " ") + quoted(shadowers)
                + "; raise its priority or remove it";
        Finding finding =
                new Finding(FindingKind.UNREACHABLE_RULE, rules, null, model.actionName(), message, rule.span(), null);
        ActionModel shown = models.witness();
        BoolExpr shownMatches =
                z3.mkAnd(z3.mkNot(shown.decision().error()), shown.decision().matches(rule));
        try (var query = shown.solver().query("shadowed." + rule.name(), shownMatches)) {
            if (!query.verdict().isSat()) {
                return Candidate.proof(finding);
            }
            return Witnesses.read(shown, query, List.of(rule.name()))
                    .map(e -> new Candidate(finding, e))
                    .orElseGet(() -> Candidate.proof(finding));
        }
    }

    private static String quoted(Set<String> names) {
        return String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
    }
}
