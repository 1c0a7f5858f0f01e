package dev.charter.runtime.ledger;

import java.util.Optional;

/**
 * What a ledger record says: a decision, a person's resolution of an escalation, the execution of
 * a permitted action, or a key rotation.
 */
public enum RecordKind {
    /** A decision of the engine, with its request, trace, bundle and fact snapshot digests. */
    DECISION("decision"),
    /** A reviewer approving or denying an escalated decision. */
    RESOLUTION("resolution"),
    /** The action of a PERMIT decision (or an approved escalation) ran; how it ended. */
    EXECUTION("execution"),
    /** The ledger's signing key handing over to a new key; signed by the old one. */
    KEY("key");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    /** The value of the record's {@code kind} member. */
    public String label() {
        return label;
    }

    /** The kind whose label is {@code label}, if any. */
    public static Optional<RecordKind> fromLabel(String label) {
        for (RecordKind kind : values()) {
            if (kind.label.equals(label)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
