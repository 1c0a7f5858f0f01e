package dev.charter.runtime;

import java.util.Arrays;

/**
 * Evaluates an action's candidate rules for one request in resolution order and stops once the
 * decision is settled (docs/language.md, "Decision resolution", decides exactly as before; only what is left
 * unevaluated differs).
 *
 * <p>The first matching rule fixes the winning priority. Of the rest of that level, a summary walk
 * evaluates only what can still change the decision: every rule when the level has rules of more
 * than one effect (a conflict names them all), else the rules with a {@code because} until one
 * matches (the reason is the first deciding rule's {@code because}). Below the level it evaluates,
 * for each effect the deciding rules do not have, rules of that effect until one matches (the
 * highest-priority rule the decision overrode). Every rule whose evaluation can fail
 * ({@link Fallibility}) is evaluated wherever it stands, in order, so that a request that fails
 * anywhere still fails closed exactly as when every rule was evaluated. An explained walk
 * evaluates every candidate.
 *
 * <p>Not thread-safe; one walk per decision.
 */
final class RuleWalk {

    /**
     * What a walk found: the rules that were evaluated and matched, in resolution order, and per
     * effect how many candidates were evaluated (of how many {@code order} has).
     */
    record Walked(int[] matched, CandidateOrder order, int[] evaluated) {

        /** How many candidates with the effect of ordinal {@code effect} were not evaluated. */
        int unevaluated(int effect) {
            return order.count(effect) - evaluated[effect];
        }
    }

    private final CandidateOrder order;
    private final RulePlan[] plans;
    private final Frame f;
    private final FaultProbe probe;
    private final int[] evaluated = new int[CandidateOrder.EFFECTS];
    private int[] matched;
    private int count;

    RuleWalk(CandidateOrder order, RulePlan[] plans, Frame f, FaultProbe probe) {
        this.order = order;
        this.plans = plans;
        this.f = f;
        this.probe = probe;
        this.matched = new int[Math.min(order.size(), 8)];
    }

    /**
     * Walks the candidates; every candidate when {@code explain}.
     *
     * @throws EvaluationFailure when a condition fails (overflow, budget)
     */
    Walked walk(boolean explain) {
        int n = order.size();
        int first = 0;
        while (first < n && !test(first)) {
            first++;
        }
        if (first < n) {
            if (explain) {
                evaluate(first + 1, n);
            } else {
                int end = order.levelEnd(first);
                if (order.levelMixed(first)) {
                    evaluate(first + 1, end);
                } else {
                    settleLevel(first, end);
                }
                overridden(end);
            }
        }
        return new Walked(Arrays.copyOf(matched, count), order, evaluated);
    }

    private void evaluate(int from, int to) {
        for (int p = from; p < to; p++) {
            test(p);
        }
    }

    /** The rest of a level of one effect: the rules that can fail, and those with a reason until one matches. */
    private void settleLevel(int first, int end) {
        int[] fallible = order.fallible();
        int[] reasons = order.withReason();
        if (fallible.length == 0 && reasons.length == 0) {
            return;
        }
        boolean needReason = reasons.length > 0 && reason(first) == null;
        int i = CandidateOrder.firstAtOrAfter(fallible, first + 1);
        int j = CandidateOrder.firstAtOrAfter(reasons, first + 1);
        while (true) {
            int nextFallible = i < fallible.length && fallible[i] < end ? fallible[i] : end;
            int nextReason = needReason && j < reasons.length && reasons[j] < end ? reasons[j] : end;
            int next = Math.min(nextFallible, nextReason);
            if (next == end) {
                return;
            }
            if (test(next) && reason(next) != null) {
                needReason = false;
            }
            i += next == nextFallible ? 1 : 0;
            j += next == nextReason ? 1 : 0;
        }
    }

    /** Below the winning level: the rules that can fail, and per effect not among the winners the first that matches. */
    private void overridden(int end) {
        int n = order.size();
        int seeking = 0;
        for (int e = 0; e < CandidateOrder.EFFECTS; e++) {
            seeking |= order.anyFrom(e, end) ? 1 << e : 0;
        }
        for (int k = 0; k < count; k++) {
            seeking &= ~(1 << plans[matched[k]].rule().effect().ordinal());
        }
        int[] fallible = order.fallible();
        int i = CandidateOrder.firstAtOrAfter(fallible, end);
        if (seeking == 0 && i == fallible.length) {
            return;
        }
        int[] cursors = new int[CandidateOrder.EFFECTS];
        for (int e = 0; e < cursors.length; e++) {
            cursors[e] = CandidateOrder.firstAtOrAfter(order.ofEffect(e), end);
        }
        while (true) {
            int next = i < fallible.length ? fallible[i] : n;
            for (int e = 0; e < cursors.length; e++) {
                int[] positions = order.ofEffect(e);
                if ((seeking & 1 << e) != 0 && cursors[e] < positions.length) {
                    next = Math.min(next, positions[cursors[e]]);
                }
            }
            if (next == n) {
                return;
            }
            int effect = order.effect(next);
            if (test(next)) {
                seeking &= ~(1 << effect);
            }
            i += i < fallible.length && fallible[i] == next ? 1 : 0;
            int[] positions = order.ofEffect(effect);
            cursors[effect] += cursors[effect] < positions.length && positions[cursors[effect]] == next ? 1 : 0;
        }
    }

    private String reason(int position) {
        return plans[order.rule(position)].rule().reason();
    }

    /** Evaluates the rule at {@code position}; records it when it matches. */
    private boolean test(int position) {
        int r = order.rule(position);
        probe.beforeRule(r);
        f.rule = r;
        evaluated[order.effect(position)]++;
        if (!plans[r].condition().test(f)) {
            return false;
        }
        if (count == matched.length) {
            matched = Arrays.copyOf(matched, Math.max(8, count * 2));
        }
        matched[count++] = r;
        return true;
    }
}
