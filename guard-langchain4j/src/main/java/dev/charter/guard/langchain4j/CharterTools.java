package dev.charter.guard.langchain4j;

import dev.charter.guard.ToolGuard;
import dev.charter.guard.Verdict;
import dev.langchain4j.service.tool.AiServiceTool;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProvider;
import dev.langchain4j.service.tool.ToolService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Charter's guard for one LangChain4j agent: which {@link ToolGuard} decides, the agent the calls
 * are made for, where a call's session comes from and what a refused call returns. It guards tool
 * executors, tool providers and, through {@link #toolWrapper()}, langchain4j-mcp's
 * {@code McpToolProvider}. Immutable and thread-safe.
 *
 * <pre>{@code
 * CharterTools charter = CharterTools.builder(guard).agent("support-bot").build();
 * Assistant assistant = AiServices.builder(Assistant.class)
 *         .chatModel(model)
 *         .toolProvider(charter.provider(toolProvider))
 *         .build();
 * }</pre>
 */
public final class CharterTools {

    private final ToolGuard guard;
    private final String agent;
    private final SessionSource sessions;
    private final Function<Verdict.Refused, ? extends RuntimeException> refusalException;

    private CharterTools(Builder builder) {
        this.guard = builder.guard;
        this.agent = builder.agent;
        this.sessions = builder.sessions;
        this.refusalException = builder.refusalException;
    }

    /** A guard deciding with {@code guard}; {@link Builder#agent(String)} is required. */
    public static Builder builder(ToolGuard guard) {
        return new Builder(guard);
    }

    /** {@code delegate}, run only when Charter lets the call proceed. */
    public CharterToolExecutor executor(ToolExecutor delegate) {
        return new CharterToolExecutor(delegate, this);
    }

    /** {@code delegate}'s tools, each run only when Charter lets the call proceed. */
    public CharterToolProvider provider(ToolProvider delegate) {
        return new CharterToolProvider(delegate, this);
    }

    /**
     * The wrapper for {@code McpToolProvider.builder().toolWrapper(...)}: every MCP tool's executor
     * guarded. The call is decided under the tool name the model uses (after the provider's
     * {@code toolNameMapper}, if any).
     */
    public UnaryOperator<ToolExecutor> toolWrapper() {
        return this::executor;
    }

    /**
     * The {@code @Tool} methods of these objects, found as {@code AiServices.tools(Object...)} finds
     * them, each guarded: pass the list to {@code AiServices.tools(List)}.
     *
     * @throws dev.langchain4j.service.IllegalConfigurationException when an object has no
     *     {@code @Tool} method, or one LangChain4j would refuse
     */
    public List<AiServiceTool> tools(Object... objectsWithTools) {
        List<AiServiceTool> guarded = new ArrayList<>();
        for (Object objectWithTools : objectsWithTools) {
            for (AiServiceTool tool : ToolService.findTools(objectWithTools)) {
                guarded.add(tool.toBuilder()
                        .toolExecutor(executor(tool.toolExecutor()))
                        .build());
            }
        }
        return List.copyOf(guarded);
    }

    ToolGuard guard() {
        return guard;
    }

    String agent() {
        return agent;
    }

    SessionSource sessions() {
        return sessions;
    }

    /** The exception to throw for a refused call, or empty to return the refusal text. */
    Optional<Function<Verdict.Refused, ? extends RuntimeException>> refusalException() {
        return Optional.ofNullable(refusalException);
    }

    public static final class Builder {

        private final ToolGuard guard;
        private String agent;
        private SessionSource sessions = SessionSource.standard();
        private Function<Verdict.Refused, ? extends RuntimeException> refusalException;

        private Builder(ToolGuard guard) {
            this.guard = Objects.requireNonNull(guard, "guard");
        }

        /** The agent every call is made for: the request's {@code agent}. Required. */
        public Builder agent(String agent) {
            this.agent = Objects.requireNonNull(agent, "agent");
            return this;
        }

        /** Where a call's session comes from; {@link SessionSource#standard()} unless set. */
        public Builder sessions(SessionSource sessions) {
            this.sessions = Objects.requireNonNull(sessions, "sessions");
            return this;
        }

        /**
         * Throw {@link ToolCallRefusedException} for a refused call instead of returning the
         * refusal text as the tool's (error) result.
         */
        public Builder throwOnRefusal() {
            return refusalException(ToolCallRefusedException::new);
        }

        /** Throw the exception {@code exception} makes of the verdict for a refused call. */
        public Builder refusalException(Function<Verdict.Refused, ? extends RuntimeException> exception) {
            this.refusalException = Objects.requireNonNull(exception, "exception");
            return this;
        }

        /** @throws IllegalStateException when no agent, or a blank one, was given */
        public CharterTools build() {
            if (agent == null || agent.isBlank()) {
                throw new IllegalStateException("CharterTools needs the agent its tool calls are made for");
            }
            return new CharterTools(this);
        }
    }
}
