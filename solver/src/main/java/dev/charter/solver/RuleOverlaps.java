package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pairs of rules with different effects that match one request. Same priority: a
 * {@code conflict} (both win, so only {@code on conflict} decides). Different priorities: an
 * {@code override} saying who overrides whom, or an {@code overridden-deny} when the winner is
 * a permit and the loser a deny. Each property is "unsat iff the pair never meets that way".
 *
 * <p>A rule first asks whether it meets any rule of another effect at all; only then are its
 * pairs examined, so that rules with disjoint conditions (the common case) cost one query each.
 */
final class RuleOverlaps {

    private final Set<String> reported = new HashSet<>();

    List<Candidate> analyse(ActionModel model) {
        List<Candidate> out = new ArrayList<>();
        Context z3 = model.codec().z3();
        DecisionEncoding decision = model.decision();
        List<DecisionRule> rules = decision.rules();
        BoolExpr ok = z3.mkNot(decision.error());
        for (int i = 0; i < rules.size(); i++) {
            DecisionRule first = rules.get(i);
            List<DecisionRule> others = new ArrayList<>();
            for (int j = i + 1; j < rules.size(); j++) {
                if (rules.get(j).effect() != first.effect() && !reported.contains(pairKey(first, rules.get(j)))) {
                    others.add(rules.get(j));
                }
            }
            if (others.isEmpty()) {
                continue;
            }
            BoolExpr anyOther = z3.mkOr(others.stream().map(decision::matches).toArray(BoolExpr[]::new));
            try (var query = model.solver().query("meets." + first.name(), z3.mkAnd(ok, decision.matches(first), anyOther))) {
                if (query.verdict().isUnsat()) {
                    continue;
                }
            }
            for (DecisionRule second : others) {
                pair(model, first, second).ifPresent(c -> {
                    reported.add(pairKey(first, second));
                    out.add(c);
                });
            }
        }
        return out;
    }

    private static String pairKey(DecisionRule a, DecisionRule b) {
        return a.name() + "\u0000" + b.name();
    }

    private Optional<Candidate> pair(ActionModel model, DecisionRule a, DecisionRule b) {
        Context z3 = model.codec().z3();
        DecisionEncoding decision = model.decision();
        BoolExpr ok = z3.mkNot(decision.error());
        if (a.priority() == b.priority()) {
            BoolExpr both = z3.mkAnd(ok, decision.wins(a), decision.wins(b));
            return examine(model, "conflict." + a.name() + "." + b.name(), both, FindingKind.CONFLICT, a, b,
                    "rules `" + a.name() + "` (" + a.effect().keyword() + ") and `" + b.name() + "` ("
                            + b.effect().keyword() + ") both win on some request of " + model.actionName()
                            + " at priority " + a.priority() + "; only `on conflict` decides it — give one of them a higher priority");
        }
        DecisionRule high = a.priority() > b.priority() ? a : b;
        DecisionRule low = high == a ? b : a;
        BoolExpr overrides = z3.mkAnd(ok, decision.wins(high), decision.matches(low),
                z3.mkEq(decision.resolution().effect(), z3.mkInt(ValueCodec.effectCode(high.effect()))));
        boolean deny = high.effect() == Effect.PERMIT && low.effect() == Effect.DENY;
        FindingKind kind = deny ? FindingKind.OVERRIDDEN_DENY : FindingKind.OVERRIDE;
        String message = deny
                ? "deny rule `" + low.name() + "` is overridden by permit rule `" + high.name() + "` (priority "
                        + high.priority() + " over " + low.priority() + ") on some requests of " + model.actionName()
                : "rule `" + high.name() + "` (" + high.effect().keyword() + ", priority " + high.priority()
                        + ") overrides `" + low.name() + "` (" + low.effect().keyword() + ", priority " + low.priority()
                        + ") on some requests of " + model.actionName();
        DecisionRule subject = deny ? low : high;
        DecisionRule other = subject == high ? low : high;
        return examine(model, kind.code() + "." + high.name() + "." + low.name(), overrides, kind, subject, other, message);
    }

    private Optional<Candidate> examine(ActionModel model, String name, BoolExpr property, FindingKind kind,
                                        DecisionRule subject, DecisionRule other, String message) {
        try (var query = model.solver().query(name, property)) {
            Verdict verdict = query.verdict();
            List<String> rules = List.of(subject.name(), other.name());
            if (verdict.isUnsat()) {
                return Optional.empty();
            }
            if (verdict.isUnknown()) {
                return Optional.of(Witnesses.inconclusive(kind.code() + " of " + String.join(" and ", rules), verdict,
                        rules, null, model.actionName(), subject.span()));
            }
            return Optional.of(Witnesses.read(model, query, rules)
                    .map(e -> new Candidate(new Finding(kind, rules, null, model.actionName(), message, subject.span(), null), e))
                    .orElseGet(() -> Witnesses.inconclusive(kind.code() + " of " + String.join(" and ", rules), query.verdict(),
                            rules, null, model.actionName(), subject.span())));
        }
    }
}
