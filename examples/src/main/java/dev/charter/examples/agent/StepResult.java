package dev.charter.examples.agent;

/**
 * What became of one tool call: performed (directly, or after a person approved the
 * escalation), rejected by the reviewer, left undone because nobody answered in time, or denied
 * by the constitution — with Charter's reason or the reviewer's.
 */
public record StepResult(ToolCall call, Outcome outcome, String detail) {

    public enum Outcome {
        PERFORMED,
        APPROVED_AND_PERFORMED,
        REJECTED_BY_REVIEWER,
        UNANSWERED,
        DENIED
    }
}
