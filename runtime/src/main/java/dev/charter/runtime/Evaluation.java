package dev.charter.runtime;

import dev.charter.runtime.datalog.Budget;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides one request against a compiled plan and an attached snapshot (docs/language.md, "Decision resolution"):
 * the request is checked and bound, the action's candidate rules are evaluated in resolution order
 * until the decision is settled ({@link RuleWalk}; all of them when the request asks for an
 * explanation), and of the matching rules the highest priority wins; equal-priority disagreement
 * takes {@code on conflict}, no match takes {@code default}. A failure anywhere denies with its
 * reason code.
 */
final class Evaluation {

    private final DecisionPlan plan;
    private final Attachment attachment;
    private final String bundleDigest;
    private final Budget budget;
    private final FaultProbe probe;

    Evaluation(DecisionPlan plan, Attachment attachment, String bundleDigest, Budget budget, FaultProbe probe) {
        this.plan = plan;
        this.attachment = attachment;
        this.bundleDigest = bundleDigest;
        this.budget = budget;
        this.probe = probe;
    }

    /** @param history the reader of earlier decisions; null when the engine decides without one */
    Decision decide(Request request, HistoryReader history) {
        ActionPlan action = plan.action(request.action());
        if (action == null) {
            return deny(
                    ReasonCode.UNKNOWN_ACTION,
                    request.action() == null
                            ? "the request names no action"
                            : "action " + request.action() + " is not declared by the constitution",
                    request,
                    null);
        }
        if (request.agent() == null || request.agent().isEmpty()) {
            return deny(ReasonCode.MISSING_AGENT, "the request names no agent", request, null);
        }
        Frame f = new Frame(
                plan.layout.size(),
                plan.variables,
                attachment.lookups(),
                action.id,
                request.agent(),
                budget.regexSteps(),
                request,
                history);
        try {
            action.bind(request, f, plan.zone, plan.layout);
            RuleWalk.Walked walked = new RuleWalk(action.candidates(f), plan.rules, f, probe).walk(request.explain());
            return resolve(request, f, walked);
        } catch (EvaluationFailure e) {
            return deny(e.code(), e.getMessage(), request, f);
        } catch (RuntimeException e) {
            return deny(
                    ReasonCode.INTERNAL_ERROR,
                    "internal error (" + e.getClass().getSimpleName() + "); the request is denied",
                    request,
                    f);
        }
    }

    private Decision resolve(Request request, Frame f, RuleWalk.Walked walked) {
        int[] matched = walked.matched();
        if (matched.length == 0) {
            Outcome d = plan.program.defaultOutcome();
            return new Decision(
                    d.effect(),
                    d.route(),
                    List.of(),
                    "no rule matched; default " + describe(d),
                    ReasonCode.DEFAULT,
                    trace(request, f, walked, matched, true));
        }
        long top = plan.rules[matched[0]].rule().priority();
        int winners = 1;
        while (winners < matched.length && plan.rules[matched[winners]].rule().priority() == top) {
            winners++;
        }
        int[] deciding = Arrays.copyOf(matched, winners);
        List<String> names = new ArrayList<>(winners);
        Effect effect = plan.rules[deciding[0]].rule().effect();
        boolean agree = true;
        for (int r : deciding) {
            names.add(plan.rules[r].rule().name());
            agree &= plan.rules[r].rule().effect() == effect;
        }
        Trace trace = trace(request, f, walked, deciding, false);
        if (!agree) {
            Outcome c = plan.program.conflictOutcome();
            return new Decision(
                    c.effect(),
                    c.route(),
                    names,
                    "rules " + conflicting(deciding) + " disagree at priority " + top + "; on conflict " + describe(c),
                    ReasonCode.CONFLICT,
                    trace);
        }
        DecisionRule first = plan.rules[deciding[0]].rule();
        String reason = null;
        for (int r : deciding) {
            reason = reason == null ? plan.rules[r].rule().reason() : reason;
        }
        return new Decision(
                effect,
                first.route(),
                names,
                reason != null ? reason : "rule " + first.name() + " matched",
                ReasonCode.RULE,
                trace);
    }

    private String conflicting(int[] deciding) {
        StringBuilder out = new StringBuilder();
        for (int r : deciding) {
            DecisionRule rule = plan.rules[r].rule();
            out.append(out.length() == 0 ? "" : ", ")
                    .append(rule.name())
                    .append(" (")
                    .append(rule.effect().keyword())
                    .append(')');
        }
        return out.toString();
    }

    private static String describe(Outcome o) {
        return o.effect().keyword() + (o.route() == null ? "" : " to \"" + o.route() + "\"");
    }

    private Trace trace(Request request, Frame f, RuleWalk.Walked walked, int[] deciding, boolean allAtoms) {
        return new Trace(
                bundleDigest,
                attachment.snapshotDigest(),
                request,
                plan,
                f,
                attachment.database(),
                walked,
                deciding,
                allAtoms);
    }

    private Decision deny(ReasonCode code, String reason, Request request, Frame f) {
        Trace trace = f == null
                ? Trace.bare(bundleDigest, attachment.snapshotDigest(), request)
                : trace(request, f, null, new int[0], false);
        return new Decision(Effect.DENY, null, List.of(), reason, code, trace);
    }
}
