package dev.charter.guard;

import dev.charter.runtime.Decision;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ledger.RecordedDecision;
import dev.charter.runtime.ledger.Resolution;

/** Builds the {@link Verdict.Refused} of a decision, with the text the model reads. */
final class Refusals {

    private static final String WHAT_TO_DO = " Do not retry this call unchanged: tell the user that Charter refused it,"
            + " or do something else that the policy permits.";

    private Refusals() {}

    /** The refusal of a DENY (a rule's, the default's, or a failure's). */
    static Verdict.Refused denied(String tool, RecordedDecision decision) {
        Decision d = decision.decision();
        String reason = reasonOf(d);
        return refused(tool, decision, d.reasonCode(), rule(d), reason, reason, "");
    }

    /**
     * The refusal of a call whose arguments are not one JSON object: {@code decision} is the
     * engine's DENY of the request holding them as a string; {@code code} and {@code reason} say
     * what is wrong with the arguments, for the model.
     */
    static Verdict.Refused malformed(String tool, RecordedDecision decision, ReasonCode code, String reason) {
        if (decision.decision().effect() != dev.charter.runtime.ir.Effect.DENY) {
            throw new IllegalStateException("a request holding its arguments as a string was not denied");
        }
        return refused(tool, decision, code, null, reason, reason, "");
    }

    /** The refusal of an escalation a reviewer denied or that timed out. */
    static Verdict.Refused unapproved(String tool, RecordedDecision decision, Resolution resolution) {
        Decision d = decision.decision();
        ReasonCode code = switch (resolution.outcome()) {
            case TIMEOUT -> ReasonCode.ESCALATION_TIMEOUT;
            case DENY, APPROVE -> ReasonCode.ESCALATION_DENIED;
        };
        String outcome = resolution.outcome() == dev.charter.runtime.ledger.ResolutionOutcome.TIMEOUT
                ? "timed out, recorded by"
                : "denied by";
        String reviewerReason = resolution.reason().isBlank() ? "no reason given" : resolution.reason();
        return refused(
                tool,
                decision,
                code,
                rule(d),
                reviewerReason,
                reasonOf(d),
                " Escalated to " + d.route() + "; " + outcome + " " + resolution.reviewer() + ": " + reviewerReason);
    }

    /** The refusal of an escalation that no reviewer can be asked about ({@code why}). */
    static Verdict.Refused unavailable(String tool, RecordedDecision decision, String why) {
        Decision d = decision.decision();
        return refused(
                tool,
                decision,
                ReasonCode.ESCALATION_UNAVAILABLE,
                rule(d),
                why,
                reasonOf(d),
                " Escalated to " + d.route() + "; not resolved: " + why);
    }

    /**
     * @param reason     the verdict's reason
     * @param why        the text's reason: the decision's (for an escalation, the rule's {@code because})
     * @param escalation what became of the escalation, or ""
     */
    private static Verdict.Refused refused(
            String tool,
            RecordedDecision decision,
            ReasonCode code,
            String rule,
            String reason,
            String why,
            String escalation) {
        Decision d = decision.decision();
        StringBuilder text = new StringBuilder("NOT EXECUTED: ")
                .append(tool == null ? "the tool call" : tool)
                .append(" was refused by Charter (")
                .append(d.effect().keyword())
                .append(' ')
                .append(code.keyword());
        if (rule != null) {
            text.append(", rule '").append(rule).append('\'');
        }
        text.append("): ").append(sentence(why)).append(escalation);
        if (!escalation.isEmpty()) {
            text.append(escalation.endsWith(".") ? "" : ".");
        }
        text.append(WHAT_TO_DO);
        return new Verdict.Refused(decision, code, rule, reason, text.toString());
    }

    private static String rule(Decision d) {
        return d.rules().isEmpty() ? null : d.rules().get(0);
    }

    private static String reasonOf(Decision d) {
        return d.reason() == null || d.reason().isBlank() ? "no reason given" : d.reason();
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }
}
