package dev.charter.server;

import dev.charter.runtime.ledger.ResolutionOutcome;
import java.util.Locale;

/** Where an escalation stands. */
public enum EscalationState {
    OPEN,
    APPROVED,
    DENIED,
    TIMED_OUT;

    /** The lower-case name used in JSON and in {@code ?state=}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static EscalationState of(ResolutionOutcome outcome) {
        return switch (outcome) {
            case APPROVE -> APPROVED;
            case DENY -> DENIED;
            case TIMEOUT -> TIMED_OUT;
        };
    }
}
