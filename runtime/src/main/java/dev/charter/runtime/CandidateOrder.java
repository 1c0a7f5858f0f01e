package dev.charter.runtime;

import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import java.util.Arrays;

/**
 * One list of candidate rules (an action's, or a piece of its {@link RuleIndex}) in resolution
 * order, with the positions a decision that stops early jumps between: where each priority level
 * starts and whether its rules have more than one effect, where the rules of each effect are, and
 * which rules can fail or carry a {@code because}. Built once per program; positions index the
 * list.
 *
 * <p>Laid out for the common decision, which reads only {@link #entries} and the level starts:
 * the rule and its effect share one int, and whether anything can fail, whether any rule has a
 * reason and where each effect's last rule stands are fields, so the arrays behind them are read
 * only when they matter (with 10,000 rules, every array a decision touches is a likely cache miss).
 */
final class CandidateOrder {

    /** How many effects there are; per-effect data is indexed by {@link Effect#ordinal()}. */
    static final int EFFECTS = Effect.values().length;

    private static final int EFFECT_BITS = 2;
    private static final int MIXED = 1 << 30;
    private static final int[] NONE = new int[0];

    /** Per position, the rule's index (declaration order) shifted left by two, or'ed with its effect's ordinal. */
    private final int[] entries;
    /** The position where each priority level starts, or'ed with {@link #MIXED} when its rules have more than one effect. */
    private final int[] levels;

    private final int[][] byEffect;
    private final int[] fallible;
    private final int[] withReason;
    private final int[] counts;
    private final int[] lasts;

    private CandidateOrder(int[] entries, int[] levels, int[][] byEffect, int[] fallible, int[] withReason) {
        this.entries = entries;
        this.levels = levels;
        this.byEffect = byEffect;
        this.fallible = fallible;
        this.withReason = withReason;
        this.counts = new int[EFFECTS];
        this.lasts = new int[EFFECTS];
        for (int e = 0; e < EFFECTS; e++) {
            counts[e] = byEffect[e].length;
            lasts[e] = byEffect[e].length == 0 ? -1 : byEffect[e][byEffect[e].length - 1];
        }
    }

    /** The order of {@code rules}, which are already in resolution order. */
    static CandidateOrder of(int[] rules, RulePlan[] plans) {
        int n = rules.length;
        int[] entries = new int[n];
        int[] levels = new int[n];
        int levelCount = 0;
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
                levels[levelCount++] = p;
            } else if (rule.effect()
                    != plans[rules[levels[levelCount - 1] & ~MIXED]].rule().effect()) {
                levels[levelCount - 1] |= MIXED;
            }
            int e = rule.effect().ordinal();
            entries[p] = rules[p] << EFFECT_BITS | e;
            byEffect[e][effectCounts[e]++] = p;
            if (plan.canFail()) {
                fallible[fallibleCount++] = p;
            }
            if (rule.reason() != null) {
                withReason[reasonCount++] = p;
            }
        }
        for (int e = 0; e < EFFECTS; e++) {
            byEffect[e] = trim(byEffect[e], effectCounts[e]);
        }
        return new CandidateOrder(
                entries,
                trim(levels, levelCount),
                byEffect,
                trim(fallible, fallibleCount),
                trim(withReason, reasonCount));
    }

    private static int[] trim(int[] positions, int count) {
        return count == 0 ? NONE : Arrays.copyOf(positions, count);
    }

    /** How many candidates there are. */
    int size() {
        return entries.length;
    }

    /** The index (declaration order) of the rule at {@code position}. */
    int rule(int position) {
        return entries[position] >>> EFFECT_BITS;
    }

    /** The effect ordinal of the rule at {@code position}. */
    int effect(int position) {
        return entries[position] & ((1 << EFFECT_BITS) - 1);
    }

    /** The position just past the priority level of {@code position}. */
    int levelEnd(int position) {
        int level = level(position);
        return level + 1 < levels.length ? levels[level + 1] & ~MIXED : entries.length;
    }

    /** Whether the rules of the level of {@code position} have more than one effect. */
    boolean levelMixed(int position) {
        return (levels[level(position)] & MIXED) != 0;
    }

    /** The level holding {@code position}: the last whose start is at or before it. */
    private int level(int position) {
        int low = 0;
        int high = levels.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if ((levels[mid] & ~MIXED) <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** How many candidates have the effect of ordinal {@code effect}. */
    int count(int effect) {
        return counts[effect];
    }

    /** Whether a rule with the effect of ordinal {@code effect} stands at or after {@code position}. */
    boolean anyFrom(int effect, int position) {
        return lasts[effect] >= position;
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
