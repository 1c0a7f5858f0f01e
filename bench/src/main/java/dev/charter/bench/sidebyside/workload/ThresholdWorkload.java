package dev.charter.bench.sidebyside.workload;

import dev.charter.bench.sidebyside.model.AccessRequest;
import dev.charter.bench.sidebyside.model.Attribute;
import dev.charter.bench.sidebyside.model.Condition;
import dev.charter.bench.sidebyside.model.Condition.Op;
import dev.charter.bench.sidebyside.model.Facts;
import dev.charter.bench.sidebyside.model.PolicyModel;
import dev.charter.bench.sidebyside.model.PolicyRule;
import dev.charter.bench.sidebyside.model.Verdict;
import dev.charter.bench.sidebyside.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Workload (a): numeric-threshold rules over 10 actions {@code op0..op9}, each with an integer
 * {@code request.amount}, and an integer {@code context.risk} from 0 to 100.
 *
 * <p>Every action has one broad rule, {@code deny opN when context.risk > 90 priority 10}; the
 * other rules split the amount range [0, 1,000,000) of their action into equal bands, each
 * {@code permit} (six in ten) or {@code deny} (priority 10) when
 * {@code request.amount >= lo and request.amount < hi and context.risk <= r}. About a third of
 * the requests are permitted. Rules and requests come from a seeded generator, so every run and
 * every engine sees the same ones.
 */
public final class ThresholdWorkload {

    static final int ACTIONS = 10;
    static final long AMOUNT_RANGE = 1_000_000;
    static final Attribute AMOUNT = Attribute.of(Attribute.Scope.REQUEST, "amount", Attribute.Kind.INT);
    static final Attribute RISK = Attribute.of(Attribute.Scope.CONTEXT, "risk", Attribute.Kind.INT);

    private ThresholdWorkload() {}

    /** The workload with {@code ruleCount} rules (at least one per action) and {@code requestCount} requests. */
    public static Workload of(int ruleCount, int requestCount, long seed) {
        if (ruleCount < ACTIONS) {
            throw new IllegalArgumentException("at least " + ACTIONS + " rules, one per action");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, List<Attribute>> actions = new LinkedHashMap<>();
        for (int a = 0; a < ACTIONS; a++) {
            actions.put(action(a), List.of(AMOUNT));
        }
        List<PolicyRule> rules = new ArrayList<>();
        for (int a = 0; a < ACTIONS; a++) {
            rules.add(PolicyRule.of(
                    "op" + a + "_high_risk",
                    Verdict.DENY,
                    action(a),
                    10,
                    List.of(new Condition.Compare(RISK, Op.GT, 90L))));
        }
        int banded = ruleCount - ACTIONS;
        for (int a = 0; a < ACTIONS; a++) {
            int bands = banded / ACTIONS + (a < banded % ACTIONS ? 1 : 0);
            for (int b = 0; b < bands; b++) {
                long lo = AMOUNT_RANGE * b / bands;
                long hi = AMOUNT_RANGE * (b + 1) / bands;
                boolean permit = random.nextInt(10) < 6;
                long riskCap = 30 + random.nextInt(51);
                rules.add(PolicyRule.of(
                        "op" + a + "_band" + b,
                        permit ? Verdict.PERMIT : Verdict.DENY,
                        action(a),
                        permit ? 0 : 10,
                        List.of(
                                new Condition.Compare(AMOUNT, Op.GE, lo),
                                new Condition.Compare(AMOUNT, Op.LT, hi),
                                new Condition.Compare(RISK, Op.LE, riskCap))));
            }
        }
        PolicyModel model =
                new PolicyModel("threshold-" + ruleCount, Map.of(), List.of(RISK), actions, rules, Facts.none());
        List<AccessRequest> requests = new ArrayList<>();
        for (int i = 0; i < requestCount; i++) {
            requests.add(new AccessRequest(
                    "agent-" + random.nextInt(100),
                    action(random.nextInt(ACTIONS)),
                    Map.of(AMOUNT, random.nextLong(AMOUNT_RANGE), RISK, (long) random.nextInt(101))));
        }
        return new Workload("threshold-" + ruleCount, model, requests, Optional.empty());
    }

    private static String action(int index) {
        return "op" + index;
    }
}
