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
import java.util.function.Function;

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

    List<Candidate> analyse(ActionModels models) {
        ActionModel model = models.proof();
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
            try (var query =
                    model.solver().query("meets." + first.name(), z3.mkAnd(ok, decision.matches(first), anyOther))) {
                if (query.verdict().isUnsat()) {
                    continue;
                }
            }
            for (DecisionRule second : others) {
                pair(models, first, second).ifPresent(c -> {
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

    private Optional<Candidate> pair(ActionModels models, DecisionRule a, DecisionRule b) {
        String action = models.actionName();
        if (a.priority() == b.priority()) {
            return examine(
                    models,
                    FindingKind.CONFLICT.code() + "." + a.name() + "." + b.name(),
                    m -> both(m, m.decision().wins(a), m.decision().wins(b)),
                    FindingKind.CONFLICT,
                    a,
                    b,
                    "rules `" + a.name() + "` (" + a.effect().keyword() + ") and `" + b.name() + "` ("
                            + b.effect().keyword() + ") both win on some request of " + action
                            + " at priority " + a.priority()
                            + "; only `on conflict` decides it — give one of them a higher priority");
        }
        DecisionRule high = Long.compare(a.priority(), b.priority()) > 0 ? a : b;
        DecisionRule low = high == a ? b : a;
        boolean deny = high.effect() == Effect.PERMIT && low.effect() == Effect.DENY;
        FindingKind kind = deny ? FindingKind.OVERRIDDEN_DENY : FindingKind.OVERRIDE;
        String message = deny
                ? "deny rule `" + low.name() + "` is overridden by permit rule `" + high.name() + "` (priority "
                        + high.priority() + " over " + low.priority() + ") on some requests of " + action
                : "rule `" + high.name() + "` (" + high.effect().keyword() + ", priority " + high.priority()
                        + ") overrides `" + low.name() + "` (" + low.effect().keyword() + ", priority " + low.priority()
                        + ") on some requests of " + action;
        DecisionRule subject = deny ? low : high;
        DecisionRule other = subject == high ? low : high;
        return examine(
                models,
                kind.code() + "." + high.name() + "." + low.name(),
                m -> both(
                        m,
                        m.decision().wins(high),
                        m.decision().matches(low),
                        m.codec()
                                .z3()
                                .mkEq(
                                        m.decision().resolution().effect(),
                                        m.codec().z3().mkInt(ValueCodec.effectCode(high.effect())))),
                kind,
                subject,
                other,
                message);
    }

    /** The parts hold together on a request whose evaluation raises no error. */
    private static BoolExpr both(ActionModel model, BoolExpr... parts) {
        Context z3 = model.codec().z3();
        BoolExpr[] all = java.util.Arrays.copyOf(parts, parts.length + 1);
        all[parts.length] = z3.mkNot(model.decision().error());
        return z3.mkAnd(all);
    }

    private Optional<Candidate> examine(
            ActionModels models,
            String name,
            Function<ActionModel, BoolExpr> property,
            FindingKind kind,
            DecisionRule subject,
            DecisionRule other,
            String message) {
        List<String> rules = List.of(subject.name(), other.name());
        String what = kind.code() + " of " + String.join(" and ", rules);
        return Search.ask(
                models,
                name,
                property,
                Optional::empty,
                why -> Optional.of(Witnesses.inconclusive(what, why, rules, null, models.actionName(), subject.span())),
                (model, query) -> Optional.of(Witnesses.read(model, query, rules)
                        .map(e -> new Candidate(
                                new Finding(kind, rules, null, model.actionName(), message, subject.span(), null), e))
                        .orElseGet(() -> Witnesses.inconclusive(
                                what, query.verdict(), rules, null, model.actionName(), subject.span()))));
    }
}
