package dev.charter.guard.springai;

import dev.charter.guard.Verdict;
import java.util.Objects;

/**
 * Thrown by a guarded tool configured with {@link OnRefusal#throwRefused()} when Charter refused
 * the call; the tool did not run. The message is the refusal text.
 */
public final class ToolRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Verdict.Refused refusal;

    public ToolRefusedException(Verdict.Refused refusal) {
        super(Objects.requireNonNull(refusal, "refusal").refusal());
        this.refusal = refusal;
    }

    /** The verdict: the recorded decision, reason code, deciding rule and reason. */
    public Verdict.Refused refusal() {
        return refusal;
    }
}
