package dev.charter.guard;

/** The work of a tool, run by {@link ToolGuard#run} only when the guard says {@link Verdict.Proceed}. */
@FunctionalInterface
public interface ToolBody<T> {
    T run() throws Exception;
}
