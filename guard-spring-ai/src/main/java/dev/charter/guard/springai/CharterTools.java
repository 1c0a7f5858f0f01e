package dev.charter.guard.springai;

import dev.charter.guard.ToolGuard;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;

/**
 * Guards Spring AI tools with one {@link ToolGuard}: every tool it wraps asks the guard before it
 * runs, runs only when the guard says proceed, and has its outcome recorded.
 *
 * <pre>{@code
 * CharterTools tools = CharterTools.guardedBy(toolGuard).withAgent("support-bot");
 * chatClient.prompt("...").toolCallbacks(tools.guard(weatherTool)).call().content();
 * }</pre>
 *
 * @param guard     decides and records each call
 * @param agent     the agent a call is made for when its {@link org.springframework.ai.chat.model.ToolContext}
 *                  names none ({@link CharterToolContext#AGENT}); null: such a call has no agent
 *                  and is refused ({@code missing_agent})
 * @param onRefusal what a refused call answers
 */
public record CharterTools(ToolGuard guard, String agent, OnRefusal onRefusal) {

    public CharterTools {
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(onRefusal, "onRefusal");
    }

    /** Tools guarded by {@code guard}, with no configured agent, answering a refusal with its text. */
    public static CharterTools guardedBy(ToolGuard guard) {
        return new CharterTools(guard, null, OnRefusal.returnText());
    }

    public CharterTools withAgent(String agent) {
        return new CharterTools(guard, agent, onRefusal);
    }

    public CharterTools withOnRefusal(OnRefusal onRefusal) {
        return new CharterTools(guard, agent, onRefusal);
    }

    /**
     * {@code tool}, guarded. A tool Charter already guards is returned as it is, with its own
     * guard, so that no call is decided and recorded twice.
     */
    public ToolCallback guard(ToolCallback tool) {
        Objects.requireNonNull(tool, "tool");
        if (tool instanceof CharterToolCallback) {
            return tool;
        }
        return new CharterToolCallback(tool, this);
    }

    /** Each of {@code tools}, guarded. */
    public ToolCallback[] guard(ToolCallback... tools) {
        return Arrays.stream(tools).map(this::guard).toArray(ToolCallback[]::new);
    }

    /** Each of {@code tools}, guarded. */
    public List<ToolCallback> guard(List<? extends ToolCallback> tools) {
        return tools.stream().map(this::guard).toList();
    }

    /**
     * {@code provider}, whose every tool is guarded each time it is asked for its tools. A
     * provider Charter already guards is returned as it is.
     */
    public ToolCallbackProvider guard(ToolCallbackProvider provider) {
        Objects.requireNonNull(provider, "provider");
        if (provider instanceof CharterToolCallbackProvider) {
            return provider;
        }
        return new CharterToolCallbackProvider(provider, this);
    }
}
