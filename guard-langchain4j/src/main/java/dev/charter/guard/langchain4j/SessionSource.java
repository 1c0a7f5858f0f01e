package dev.charter.guard.langchain4j;

import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.invocation.InvocationParameters;

/**
 * Where the session of a tool call comes from: the conversation it belongs to, recorded with
 * every decision (the request's {@code session} member). LangChain4j gives a tool executor the
 * AI service invocation's context: its chat memory id and its {@link InvocationParameters}.
 */
@FunctionalInterface
public interface SessionSource {

    /** The invocation parameter {@link #standard()} reads first. */
    String SESSION_PARAMETER = "charter.session";

    /**
     * The session of a call made in this invocation, or {@code null} for none.
     *
     * @param context the AI service invocation; {@code null} when the executor is called outside one
     */
    String sessionOf(InvocationContext context);

    /**
     * The invocation parameter {@value #SESSION_PARAMETER} when the caller passed one, else the
     * chat memory id (LangChain4j's {@code "default"} when the service method has no
     * {@code @MemoryId}), else none.
     */
    static SessionSource standard() {
        SessionSource parameter = invocationParameter(SESSION_PARAMETER);
        SessionSource memory = memoryId();
        return context -> {
            String session = parameter.sessionOf(context);
            return session != null ? session : memory.sessionOf(context);
        };
    }

    /** The chat memory id, as text; none when there is no memory id. */
    static SessionSource memoryId() {
        return context ->
                context == null || context.chatMemoryId() == null ? null : String.valueOf(context.chatMemoryId());
    }

    /** The invocation parameter {@code key}, as text; none when the invocation does not carry it. */
    static SessionSource invocationParameter(String key) {
        return context -> {
            InvocationParameters parameters = context == null ? null : context.invocationParameters();
            Object value = parameters == null ? null : parameters.get(key);
            return value == null ? null : String.valueOf(value);
        };
    }

    /** No session: calls are recorded without one. */
    static SessionSource none() {
        return context -> null;
    }
}
