package dev.charter.runtime;

/**
 * Evaluation of one request cannot go on (an overflow, an exhausted budget, a malformed
 * request): unwinds to {@link Engine#decide}, which turns it into a DENY with its reason code.
 */
final class EvaluationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ReasonCode code;

    EvaluationFailure(ReasonCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    ReasonCode code() {
        return code;
    }
}
