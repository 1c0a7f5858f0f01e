package dev.charter.guard;

import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ledger.RecordedDecision;
import dev.charter.runtime.ledger.Resolution;
import java.util.Objects;
import java.util.Optional;

/** What the guard says about a tool call: run it, or do not. */
public sealed interface Verdict {

    /** The decision behind the verdict; its seq is -1 when it was not recorded. */
    RecordedDecision decision();

    /**
     * Run the tool; then report its outcome with {@link ToolGuard#executed}.
     *
     * @param decision the PERMIT, or the ESCALATE a reviewer approved
     * @param approval the approving resolution when the decision escalated; empty for a PERMIT
     */
    record Proceed(RecordedDecision decision, Optional<Resolution> approval) implements Verdict {
        public Proceed {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(approval, "approval");
        }
    }

    /**
     * Do not run the tool.
     *
     * @param decision   the decision that refused it (DENY, or the ESCALATE that was not approved)
     * @param reasonCode why: the decision's code for a DENY, an {@code escalation_*} code for an
     *                   escalation that was denied, timed out or could not be held
     * @param rule       the deciding rule; null when no rule decided (a failure, the default)
     * @param reason     why, for people: the rule's {@code because}, what went wrong, or the
     *                   reviewer's reason
     * @param refusal    the text the model reads, starting {@code NOT EXECUTED:}
     */
    record Refused(RecordedDecision decision, ReasonCode reasonCode, String rule, String reason, String refusal)
            implements Verdict {
        public Refused {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(reasonCode, "reasonCode");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
