package dev.charter.runtime;

import dev.charter.runtime.Explanation.AtomCheck;
import dev.charter.runtime.Explanation.FailedCondition;
import dev.charter.runtime.Explanation.Part;
import dev.charter.runtime.Explanation.RuleVerdict;
import dev.charter.runtime.Explanation.Verdict;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Expr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a decision's {@link Explanation} after the fact, from its trace's bound frame: every
 * rule of the action is evaluated again, in resolution order, on a {@link Frame#fresh() fresh
 * copy} of the frame (the decision and its trace are untouched), with the very compiled
 * conditions the decision used. A rule that did not match is then taken apart along its
 * condition: the compiled {@link Node.And} has one operand per IR conjunct, so each conjunct is
 * tested with the runtime's own node in the runtime's order until the first that is false.
 *
 * <p>Lowering writes {@code when C unless U} as {@code C and not U} spanning the whole rule, and a
 * rule with only {@code unless U} as {@code not U} spanning {@code U}; that is how the
 * {@code unless} part is told apart. (A rule {@code unless x in S} and one {@code when x not in S}
 * lower to the same tree; both are explained as {@code x not in S} was false, which is true of
 * each.)
 */
final class Explainer {

    private final Decision decision;
    private final DecisionPlan plan;
    private final Frame frame;
    private final Request request;

    private Explainer(Decision decision) {
        this.decision = decision;
        this.plan = decision.trace().plan();
        this.frame = decision.trace().frame();
        this.request = decision.trace().request();
    }

    /** The explanation of {@code decision}; never throws. */
    static Explanation explain(Decision decision) {
        try {
            return new Explainer(decision).explanation();
        } catch (RuntimeException e) {
            return new Explanation(decision.effect(), decision.reasonCode(), decision.reason(), List.of());
        }
    }

    private Explanation explanation() {
        List<RuleVerdict> verdicts = new ArrayList<>();
        ReasonCode code = decision.reasonCode();
        if (frame != null && (!code.isFailure() || failedInCondition(code))) {
            verdicts = verdicts(plan.action(request.action()).all(), code.isFailure());
        }
        return new Explanation(decision.effect(), code, decision.reason(), verdicts);
    }

    /** Whether a failure came from evaluating a rule's condition (the frame was bound and a rule was under way). */
    private boolean failedInCondition(ReasonCode code) {
        return frame.rule >= 0
                && (code == ReasonCode.ARITHMETIC_OVERFLOW
                        || code == ReasonCode.BUDGET_EXCEEDED
                        || code == ReasonCode.INTERNAL_ERROR);
    }

    /** Every rule's verdict, or only the failing rules' when {@code failuresOnly}. */
    private List<RuleVerdict> verdicts(CandidateOrder order, boolean failuresOnly) {
        Frame judge = frame.fresh();
        int n = order.size();
        boolean[] matched = new boolean[n];
        ReasonCode[] errors = new ReasonCode[n];
        long top = Long.MIN_VALUE;
        String first = null;
        for (int p = 0; p < n; p++) {
            int r = order.rule(p);
            judge.rule = r;
            try {
                matched[p] = plan.rules[r].condition().test(judge);
            } catch (EvaluationFailure e) {
                errors[p] = e.code();
            } catch (RuntimeException e) {
                errors[p] = ReasonCode.INTERNAL_ERROR;
            }
            if (matched[p] && first == null) {
                first = plan.rules[r].rule().name();
                top = plan.rules[r].rule().priority();
            }
        }
        List<RuleVerdict> out = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            RulePlan rule = plan.rules[order.rule(p)];
            DecisionRule d = rule.rule();
            if (errors[p] != null) {
                out.add(verdict(d, Verdict.ERROR, null, null, errors[p]));
            } else if (failuresOnly) {
                continue;
            } else if (!matched[p]) {
                out.add(verdict(d, Verdict.NOT_MATCHED, failed(rule), null, null));
            } else if (d.priority() != top) {
                out.add(verdict(d, Verdict.OVERRIDDEN, null, first, null));
            } else {
                Verdict v = decision.reasonCode() == ReasonCode.CONFLICT ? Verdict.CONFLICT : Verdict.DECIDED;
                out.add(verdict(d, v, null, null, null));
            }
        }
        return out;
    }

    private static RuleVerdict verdict(
            DecisionRule d, Verdict verdict, FailedCondition failed, String by, ReasonCode error) {
        return new RuleVerdict(d.name(), d.effect(), d.priority(), d.route(), d.span(), verdict, failed, by, error);
    }

    /** The condition that kept a rule from matching. */
    private FailedCondition failed(RulePlan rule) {
        Frame probe = frame.fresh();
        probe.rule = rule.index();
        Expr condition = rule.rule().condition();
        Node node = rule.condition();
        Expr unless = unlessOf(rule.rule());
        List<Expr> exprs = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        conjuncts(condition, node, exprs, nodes);
        for (int i = 0; i < exprs.size(); i++) {
            Expr e = exprs.get(i);
            Node n = nodes.get(i);
            if (e == unless && n instanceof Node.Not not) {
                Expr.Not negation = (Expr.Not) e;
                if (not.test(probe)) {
                    continue;
                }
                return held(negation.operand(), not.operand(), probe);
            }
            Reads reads = Reads.start(probe);
            if (!n.test(probe)) {
                return reads.failed(Part.WHEN, e, plan, request);
            }
        }
        return Reads.start(probe).failed(Part.WHEN, condition, plan, request);
    }

    /** For an {@code unless U} that held: U, or the first disjunct of U that held. */
    private FailedCondition held(Expr u, Node node, Frame probe) {
        if (u instanceof Expr.Or or
                && node instanceof Node.Or compiled
                && compiled.operands().length == or.operands().size()) {
            Node[] operands = compiled.operands();
            for (int i = 0; i < operands.length; i++) {
                Reads reads = Reads.start(probe);
                if (operands[i].test(probe)) {
                    return reads.failed(Part.UNLESS, or.operands().get(i), plan, request);
                }
            }
        }
        Reads reads = Reads.start(probe);
        node.test(probe);
        return reads.failed(Part.UNLESS, u, plan, request);
    }

    /** The conjuncts of a condition with their compiled nodes, nested conjunctions flattened. */
    private static void conjuncts(Expr e, Node n, List<Expr> exprs, List<Node> nodes) {
        if (e instanceof Expr.And and
                && n instanceof Node.And compiled
                && compiled.operands().length == and.operands().size()) {
            Node[] operands = compiled.operands();
            for (int i = 0; i < operands.length; i++) {
                conjuncts(and.operands().get(i), operands[i], exprs, nodes);
            }
        } else {
            exprs.add(e);
            nodes.add(n);
        }
    }

    /** The {@code not U} that lowering made of a rule's {@code unless U}, if the rule has one. */
    private static Expr unlessOf(DecisionRule rule) {
        Expr c = rule.condition();
        if (c instanceof Expr.And and && and.span().equals(rule.span())) {
            Expr last = and.operands().get(and.operands().size() - 1);
            return last instanceof Expr.Not ? last : null;
        }
        if (c instanceof Expr.Not not
                && not.span().equals(not.operand().span())
                && !(not.operand() instanceof Expr.InSet)) {
            return c;
        }
        return null;
    }

    /** What a probe frame reads from a point on: the attributes, history and atoms of one condition. */
    private record Reads(Frame probe, int atomsBefore, int historyBefore) {

        static Reads start(Frame probe) {
            Arrays.fill(probe.read, false);
            return new Reads(probe, probe.atomCount, probe.historyCount);
        }

        FailedCondition failed(Part part, Expr condition, DecisionPlan plan, Request request) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int slot = 0; slot < probe.read.length; slot++) {
                if (probe.read[slot]) {
                    values.put(plan.layout.path(slot), Trace.publicForm(probe.slots[slot]));
                }
            }
            for (int i = historyBefore; i < probe.historyCount; i++) {
                values.put(plan.historySites.get(probe.historySites[i]).text(), probe.historyValues[i]);
            }
            for (Expr e : condition.subtree()) {
                if (e instanceof Expr.Agent) {
                    values.put("agent", request.agent());
                } else if (e instanceof Expr.CurrentAction) {
                    values.put("action", request.action());
                }
            }
            List<AtomCheck> atoms = new ArrayList<>();
            for (int i = atomsBefore; i < probe.atomCount; i++) {
                atoms.add(new AtomCheck(probe.atomText(i, plan.sites), probe.atomHandles[i] >= 0));
            }
            return new FailedCondition(part, condition, ConditionText.of(condition), condition.span(), values, atoms);
        }
    }
}
