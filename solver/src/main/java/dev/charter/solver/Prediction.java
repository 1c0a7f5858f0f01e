package dev.charter.solver;

import com.microsoft.z3.IntNum;
import com.microsoft.z3.Model;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the encoding says the runtime decides on a request: the effect, the route, how the
 * decision was reached, and the rules that matched. The runtime must reach exactly this on the
 * witness, or the finding is not reported.
 *
 * @param failure when {@code path} is ERROR, the reason code the runtime denies with (that of the
 *     first failure in evaluation order); else null
 * @param winners the deciding rules when {@code path} is RULE: the matching rules of the top priority
 */
record Prediction(
        Effect effect, String route, Path path, ReasonCode failure, Set<String> winners, Set<String> matching) {

    /** How resolution reached the decision. */
    enum Path {
        RULE,
        CONFLICT,
        DEFAULT,
        ERROR
    }

    Prediction {
        winners = Set.copyOf(winners);
        matching = Set.copyOf(matching);
    }

    static Prediction of(
            Model model,
            ValueCodec codec,
            List<DecisionRule> rules,
            DecisionEncoding.Resolution resolution,
            java.util.function.Function<DecisionRule, com.microsoft.z3.BoolExpr> match) {
        Effect effect = Effect.values()[((IntNum) model.eval(resolution.effect(), true)).getInt()];
        String route = codec.decodeString(model, resolution.route());
        List<DecisionRule> matched = new ArrayList<>();
        for (DecisionRule rule : rules) {
            if (model.eval(match.apply(rule), true).isTrue()) {
                matched.add(rule);
            }
        }
        Path path;
        ReasonCode failure = null;
        if (model.eval(resolution.error(), true).isTrue()) {
            path = Path.ERROR;
            failure = ReasonCode.values()[((IntNum) model.eval(resolution.failureCode(), true)).getInt()];
        } else if (model.eval(resolution.byConflict(), true).isTrue()) {
            path = Path.CONFLICT;
        } else if (model.eval(resolution.byRules(), true).isTrue()) {
            path = Path.RULE;
        } else {
            path = Path.DEFAULT;
        }
        long top = matched.stream().mapToLong(DecisionRule::priority).max().orElse(Long.MIN_VALUE);
        Set<String> winners = new TreeSet<>();
        matched.stream()
                .filter(r -> r.priority() == top && (path != Path.RULE || r.effect() == effect))
                .forEach(r -> winners.add(r.name()));
        Set<String> matching = new TreeSet<>();
        matched.forEach(r -> matching.add(r.name()));
        return new Prediction(effect, route, path, failure, winners, matching);
    }

    String describe() {
        return switch (path) {
            case RULE ->
                effect.keyword() + (route.isEmpty() ? "" : " to \"" + route + "\"") + " by "
                        + String.join(", ", winners);
            case CONFLICT -> effect.keyword() + " by `on conflict` between " + String.join(", ", winners);
            case DEFAULT -> effect.keyword() + " by the default";
            case ERROR -> "deny by an evaluation error (" + failure.keyword() + ")";
        };
    }
}
