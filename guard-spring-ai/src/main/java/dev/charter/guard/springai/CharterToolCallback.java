package dev.charter.guard.springai;

import dev.charter.guard.Guarded;
import dev.charter.guard.ToolCall;
import dev.charter.guard.Verdict;
import java.util.Objects;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.ai.tool.execution.ToolExecutionException;
import org.springframework.ai.tool.metadata.ToolMetadata;

/**
 * A {@link ToolCallback} that asks Charter before its delegate runs. A call becomes a
 * {@link ToolCall}: the tool's name, the model's JSON input, and the agent and session of the
 * {@link ToolContext} ({@link CharterToolContext}) or else the agent configured on
 * {@link CharterTools}. The delegate runs only when the guard says {@link Verdict.Proceed}, and
 * its outcome (result or failure) is recorded; a refused call answers as {@link OnRefusal} says,
 * and the delegate never sees it.
 *
 * <p>Made by {@link CharterTools#guard(ToolCallback)}. Thread-safe when the delegate is.
 */
public final class CharterToolCallback implements ToolCallback {

    private final ToolCallback delegate;
    private final CharterTools tools;

    CharterToolCallback(ToolCallback delegate, CharterTools tools) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.tools = Objects.requireNonNull(tools, "tools");
    }

    /** The tool this one guards. */
    public ToolCallback delegate() {
        return delegate;
    }

    /** The guard and settings this tool is guarded with. */
    public CharterTools tools() {
        return tools;
    }

    @Override
    public ToolDefinition getToolDefinition() {
        return delegate.getToolDefinition();
    }

    @Override
    public ToolMetadata getToolMetadata() {
        return delegate.getToolMetadata();
    }

    @Override
    public String call(String toolInput) {
        return call(toolInput, null);
    }

    @Override
    public String call(String toolInput, ToolContext toolContext) {
        ToolCall call = toolCall(toolInput, toolContext);
        Guarded<String> guarded;
        try {
            guarded = tools.guard().run(call, () -> delegate.call(toolInput, toolContext), result -> result);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new ToolExecutionException(getToolDefinition(), e);
        }
        if (guarded instanceof Guarded.Ran<String> ran) {
            return ran.result();
        }
        return refused(((Guarded.NotRun<String>) guarded).refusal());
    }

    private ToolCall toolCall(String toolInput, ToolContext toolContext) {
        String agent = CharterToolContext.read(toolContext, CharterToolContext.AGENT);
        String session = CharterToolContext.read(toolContext, CharterToolContext.SESSION);
        String arguments = toolInput == null || toolInput.isBlank() ? "{}" : toolInput;
        return new ToolCall(getToolDefinition().name(), arguments, agent != null ? agent : tools.agent(), session);
    }

    private String refused(Verdict.Refused refusal) {
        if (tools.onRefusal() instanceof OnRefusal.Throw thrown) {
            throw Objects.requireNonNull(
                    thrown.exception().apply(refusal), "the refusal's exception factory returned null");
        }
        return refusal.refusal();
    }

    @Override
    public String toString() {
        return "CharterToolCallback[" + getToolDefinition().name() + " -> " + delegate + "]";
    }
}
