package dev.charter.runtime;

import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import java.util.Arrays;

/**
 * One list of candidate rules (an action's, or a piece of its {@link RuleIndex}) in resolution
 * order, with the positions a decision that stops early jumps between: where each priority level
 * starts and whether its rules have more than one effect, where the rules of each effect are, and
 * which rules can fail or carry a {@code because}. Built once per program; positions index
 * {@link #rules}.
 */
final class CandidateOrder {

    /** How many effects there are; per-effect arrays are indexed by {@link Effect#ordinal()}. */
    static final int EFFECTS = Effect.values().length;

    private static final int[] NONE = new int[0];

    /** Rule indices (declaration order) in resolution order: priority descending, then declaration order. */
    final int[] rules;
    /** The effect ordinal of the rule at each position, so that walking needs no look at the rule itself. */
    private final byte[] effects;
    private final int[] levelStarts;
    private final boolean[] levelMixed;
    private final int[][] byEffect;
    private final int[] fallible;
    private final int[] withReason;

    private CandidateOrder(int[] rules, byte[] effects, int[] levelStarts, boolean[] levelMixed, int[][] byEffect,
            int[] fallible, int[] withReason) {
        this.rules = rules;
        this.effects = effects;
        this.levelStarts = levelStarts;
        this.levelMixed = levelMixed;
        this.byEffect = byEffect;
        this.fallible = fallible;
        this.withReason = withReason;
    }

    /** The order of {@code rules}, which are already in resolution order. */
    static CandidateOrder of(int[] rules, RulePlan[] plans) {
        int n = rules.length;
        byte[] effects = new byte[n];
        int[] starts = new int[n];
        boolean[] mixed = new boolean[n];
        int levels = 0;
        int[][] byEffect = new int[EFFECTS][n];
        int[] effectCounts = new int[EFFECTS];
        int[] fallible = new int[n];
        int fallibleCount = 0;
        int[] withReason = new int[n];
        int reasonCount = 0;
        for (int p = 0; p < n; p++) {
            RulePlan plan = plans[rules[p]];
            DecisionRule rule = plan.rule();
            if (p == 0 || rule.priority() != plans[rules[p - 1]].rule().priority()) {
                starts[levels++] = p;
            } else if (rule.effect() != plans[rules[starts[levels - 1]]].rule().effect()) {
                mixed[levels - 1] = true;
            }
            int e = rule.effect().ordinal();
            effects[p] = (byte) e;
            byEffect[e][effectCounts[e]++] = p;
            if (plan.canFail()) {
                fallible[fallibleCount++] = p;
            }
            if (rule.reason() != null) {
                withReason[reasonCount++] = p;
            }
        }
        for (int e = 0; e < byEffect.length; e++) {
            byEffect[e] = trim(byEffect[e], effectCounts[e]);
        }
        return new CandidateOrder(rules, effects, trim(starts, levels), Arrays.copyOf(mixed, levels), byEffect,
                trim(fallible, fallibleCount), trim(withReason, reasonCount));
    }

    private static int[] trim(int[] positions, int count) {
        return count == 0 ? NONE : Arrays.copyOf(positions, count);
    }

    /** The effect ordinal of the rule at {@code position}. */
    int effect(int position) {
        return effects[position];
    }

    /** Whether a rule with the effect of ordinal {@code effect} stands at or after {@code position}. */
    boolean anyFrom(int effect, int position) {
        int[] positions = byEffect[effect];
        return positions.length > 0 && positions[positions.length - 1] >= position;
    }

    /** The position just past the priority level of {@code position}. */
    int levelEnd(int position) {
        int level = level(position);
        return level + 1 < levelStarts.length ? levelStarts[level + 1] : rules.length;
    }

    /** Whether the rules of the level of {@code position} have more than one effect. */
    boolean levelMixed(int position) {
        return levelMixed[level(position)];
    }

    private int level(int position) {
        int k = Arrays.binarySearch(levelStarts, position);
        return k >= 0 ? k : -k - 2;
    }

    /** How many candidates have the effect of ordinal {@code effect}. */
    int count(int effect) {
        return byEffect[effect].length;
    }

    /** The positions of the rules with the effect of ordinal {@code effect}, ascending. */
    int[] ofEffect(int effect) {
        return byEffect[effect];
    }

    /** The positions of the rules whose evaluation can fail, ascending. */
    int[] fallible() {
        return fallible;
    }

    /** The positions of the rules with a {@code because}, ascending. */
    int[] withReason() {
        return withReason;
    }

    /** The index in {@code positions} (ascending) of the first position at or after {@code from}. */
    static int firstAtOrAfter(int[] positions, int from) {
        int k = Arrays.binarySearch(positions, from);
        return k >= 0 ? k : -k - 1;
    }
}
