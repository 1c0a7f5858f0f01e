package dev.charter.guard;

/** What {@link ToolGuard#run} did: ran the tool, or refused it without running it. */
public sealed interface Guarded<T> {

    /** The tool ran and returned {@code result}; its outcome is recorded. */
    record Ran<T>(T result, Verdict.Proceed verdict) implements Guarded<T> {}

    /** The tool did not run; {@code refusal.refusal()} is the text for the model. */
    record NotRun<T>(Verdict.Refused refusal) implements Guarded<T> {}
}
