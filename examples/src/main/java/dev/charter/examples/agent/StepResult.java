package dev.charter.examples.agent;

/**
 * What became of one tool call: performed (directly, or after a person approved an
 * escalation), rejected by the reviewer, or denied by the constitution — with Charter's reason.
 */
public record StepResult(ToolCall call, Outcome outcome, String detail) {

    public enum Outcome { PERFORMED, APPROVED_AND_PERFORMED, REJECTED_BY_REVIEWER, DENIED }
}
