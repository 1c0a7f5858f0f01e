package dev.charter.guard.langchain4j;

import dev.charter.guard.Verdict;

/**
 * Thrown instead of running a tool Charter refused, when the guard is configured to throw
 * ({@link CharterTools.Builder#throwOnRefusal()}). Its message is the refusal text; it has no
 * cause, so LangChain4j's {@code ToolExecutionErrorHandler} receives this exception itself and,
 * by default, gives the model that text.
 */
public final class ToolCallRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Verdict.Refused refusal;

    public ToolCallRefusedException(Verdict.Refused refusal) {
        super(refusal.refusal(), null, false, false);
        this.refusal = refusal;
    }

    /** The guard's verdict: decision, reason code, deciding rule and reason. */
    public Verdict.Refused refusal() {
        return refusal;
    }
}
