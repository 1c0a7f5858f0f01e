package dev.charter.runtime;

import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Value;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for an action's rules, the numeric attribute most of them compare with constants, and
 * each rule's interval for it, to build a {@link RuleIndex}. Only top-level conjuncts count, and
 * only up to the first conjunct that could fail (arithmetic, {@code matches}), so that a rule the
 * index skips is one whose evaluation would have been false, not an error.
 */
final class RangeAnalysis {

    /** Fewer constrained rules than this are evaluated linearly: indexing would not pay. */
    private static final int MIN_CONSTRAINED_RULES = 8;

    private RangeAnalysis() {}

    static RuleIndex index(List<RulePlan> ordered, SlotLayout layout) {
        int[] rules = ordered.stream().mapToInt(RulePlan::index).toArray();
        List<Map<Integer, Interval>> perRule = ordered.stream()
                .map(r -> intervals(r.rule().condition(), layout))
                .toList();
        Map<Integer, Integer> counts = new HashMap<>();
        perRule.forEach(m -> m.keySet().forEach(slot -> counts.merge(slot, 1, Integer::sum)));
        RuleIndex best = RuleIndex.linear(rules);
        for (int slot : counts.keySet().stream().sorted().toList()) {
            if (counts.get(slot) < MIN_CONSTRAINED_RULES) {
                continue;
            }
            Interval[] intervals = new Interval[rules.length];
            for (int r = 0; r < rules.length; r++) {
                intervals[r] = perRule.get(r).getOrDefault(slot, Interval.ALL);
            }
            RuleIndex candidate = RuleIndex.byInterval(rules, slot, intervals);
            if (candidate.meanCandidates() < best.meanCandidates()) {
                best = candidate;
            }
        }
        return best;
    }

    /** The interval each numeric attribute slot is confined to by the condition's leading safe conjuncts. */
    private static Map<Integer, Interval> intervals(Expr condition, SlotLayout layout) {
        List<Expr> conjuncts = condition instanceof Expr.And and ? and.operands() : List.of(condition);
        Map<Integer, Interval> out = new HashMap<>();
        for (Expr conjunct : conjuncts) {
            if (conjunct instanceof Expr.Compare c) {
                bound(c, layout, out);
            }
            if (Fallibility.canFail(conjunct)) {
                break;
            }
        }
        return out;
    }

    private static void bound(Expr.Compare c, SlotLayout layout, Map<Integer, Interval> out) {
        if (c.left() instanceof Expr.Attribute a && a.type().isNumeric() && c.right() instanceof Expr.Const k) {
            out.merge(layout.slot(a), Interval.of(c.op(), number(k.value())), Interval::intersect);
        } else if (c.right() instanceof Expr.Attribute a && a.type().isNumeric() && c.left() instanceof Expr.Const k) {
            out.merge(layout.slot(a), Interval.of(c.op().mirrored(), number(k.value())), Interval::intersect);
        }
    }

    private static BigDecimal number(Value v) {
        return v instanceof Value.IntValue i ? BigDecimal.valueOf(i.value()) : ((Value.DecimalValue) v).value();
    }
}
