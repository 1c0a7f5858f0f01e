package dev.charter.guard.springai;

import java.util.Arrays;
import java.util.Objects;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;

/**
 * A {@link ToolCallbackProvider} whose tools are its delegate's, each guarded by
 * {@link CharterTools}. The delegate is asked every time, so a provider whose tools change (an MCP
 * server's, through {@code SyncMcpToolCallbackProvider}) has its current tools guarded.
 *
 * <p>Made by {@link CharterTools#guard(ToolCallbackProvider)}.
 */
public final class CharterToolCallbackProvider implements ToolCallbackProvider {

    private final ToolCallbackProvider delegate;
    private final CharterTools tools;

    CharterToolCallbackProvider(ToolCallbackProvider delegate, CharterTools tools) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.tools = Objects.requireNonNull(tools, "tools");
    }

    /** The provider whose tools this one guards. */
    public ToolCallbackProvider delegate() {
        return delegate;
    }

    /** The guard and settings the tools are guarded with. */
    public CharterTools tools() {
        return tools;
    }

    @Override
    public ToolCallback[] getToolCallbacks() {
        return Arrays.stream(delegate.getToolCallbacks()).map(tools::guard).toArray(ToolCallback[]::new);
    }

    @Override
    public String toString() {
        return "CharterToolCallbackProvider[" + delegate + "]";
    }
}
