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
 * Workload (d): overlapping rules, where many rules match each request. Permit rule {@code i}
 * applies to action {@code op(i mod 10)} when {@code request.amount} is in
 * {@code [lo_i, lo_i + 1500)} and {@code context.risk < thr_i}, with {@code lo_i = 137·i mod 3000}
 * and {@code thr_i = 10 + 53·i mod 91}; requests draw the amount from [0, 3000) and the risk from
 * [0, 100], so about a fifth of an action's permit rules match a request. Two denies of priority 1
 * override them: {@code op0} when {@code context.risk > 80}, {@code op1} when
 * {@code request.amount >= 2500}. With N rules in all, N − 2 are permits.
 *
 * <p>Unlike workload (a), whose bands are disjoint, this one measures what overlap costs: at
 * 10,000 rules a request meets its action's 1,000 rules (the bands overlap too much for the
 * runtime's interval index), about 200 of which match.
 */
public final class OverlapWorkload {

    static final int ACTIONS = 10;
    static final long AMOUNT_RANGE = 3_000;
    static final long WIDTH = 1_500;
    static final Attribute AMOUNT = Attribute.of(Attribute.Scope.REQUEST, "amount", Attribute.Kind.INT);
    static final Attribute RISK = Attribute.of(Attribute.Scope.CONTEXT, "risk", Attribute.Kind.INT);

    private OverlapWorkload() {}

    /** The workload with {@code ruleCount} rules (the two denies and at least one permit per action). */
    public static Workload of(int ruleCount, int requestCount, long seed) {
        if (ruleCount < ACTIONS + 2) {
            throw new IllegalArgumentException("at least " + (ACTIONS + 2) + " rules: two denies, a permit per action");
        }
        Map<String, List<Attribute>> actions = new LinkedHashMap<>();
        for (int a = 0; a < ACTIONS; a++) {
            actions.put(action(a), List.of(AMOUNT));
        }
        List<PolicyRule> rules = new ArrayList<>();
        rules.add(PolicyRule.of(
                "op0_risky", Verdict.DENY, action(0), 1, List.of(new Condition.Compare(RISK, Op.GT, 80L))));
        rules.add(PolicyRule.of(
                "op1_large", Verdict.DENY, action(1), 1, List.of(new Condition.Compare(AMOUNT, Op.GE, 2_500L))));
        for (int i = 0; i < ruleCount - 2; i++) {
            long lo = 137L * i % AMOUNT_RANGE;
            long threshold = 10 + 53L * i % 91;
            rules.add(PolicyRule.of(
                    "p" + i,
                    Verdict.PERMIT,
                    action(i % ACTIONS),
                    0,
                    List.of(
                            new Condition.Compare(AMOUNT, Op.GE, lo),
                            new Condition.Compare(AMOUNT, Op.LT, lo + WIDTH),
                            new Condition.Compare(RISK, Op.LT, threshold))));
        }
        String name = "overlap-" + ruleCount;
        PolicyModel model = new PolicyModel(name, Map.of(), List.of(RISK), actions, rules, Facts.none());
        SplittableRandom random = new SplittableRandom(seed);
        List<AccessRequest> requests = new ArrayList<>();
        for (int i = 0; i < requestCount; i++) {
            requests.add(new AccessRequest(
                    "agent-" + random.nextInt(100),
                    action(random.nextInt(ACTIONS)),
                    Map.of(AMOUNT, random.nextLong(AMOUNT_RANGE), RISK, (long) random.nextInt(101))));
        }
        return new Workload(name, model, requests, Optional.empty());
    }

    private static String action(int index) {
        return "op" + index;
    }
}
