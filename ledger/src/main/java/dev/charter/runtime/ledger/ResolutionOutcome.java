package dev.charter.runtime.ledger;

import java.util.Optional;

/** What a reviewer decided about an escalated decision. */
public enum ResolutionOutcome {
    /** The escalated action may go ahead. */
    APPROVE("approve"),
    /** The escalated action may not go ahead. */
    DENY("deny"),
    /** Nobody resolved the escalation before its deadline: the action may not go ahead. */
    TIMEOUT("timeout");

    private final String label;

    ResolutionOutcome(String label) {
        this.label = label;
    }

    /** The value of a resolution record's {@code outcome} member. */
    public String label() {
        return label;
    }

    public static Optional<ResolutionOutcome> fromLabel(String label) {
        for (ResolutionOutcome outcome : values()) {
            if (outcome.label.equals(label)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
