package dev.charter.guard.springai.autoconfigure;

import dev.charter.guard.springai.CharterToolCallbackProvider;
import java.util.Objects;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.context.event.GenericApplicationListenerAdapter;
import org.springframework.core.ResolvableType;

/**
 * A guarded provider bean whose original is also an application listener, as
 * {@code SyncMcpToolCallbackProvider} is (it forgets its cached tools on {@code McpToolsChangedEvent}):
 * the events the original listens to still reach it.
 */
final class ListeningToolCallbackProvider implements ToolCallbackProvider, GenericApplicationListener {

    private final CharterToolCallbackProvider guarded;
    private final GenericApplicationListener listener;

    ListeningToolCallbackProvider(CharterToolCallbackProvider guarded, ApplicationListener<?> original) {
        this.guarded = Objects.requireNonNull(guarded, "guarded");
        this.listener = original instanceof GenericApplicationListener generic
                ? generic
                : new GenericApplicationListenerAdapter(original);
    }

    /** The guarded provider. */
    CharterToolCallbackProvider guarded() {
        return guarded;
    }

    @Override
    public ToolCallback[] getToolCallbacks() {
        return guarded.getToolCallbacks();
    }

    @Override
    public boolean supportsEventType(ResolvableType eventType) {
        return listener.supportsEventType(eventType);
    }

    @Override
    public boolean supportsSourceType(Class<?> sourceType) {
        return listener.supportsSourceType(sourceType);
    }

    @Override
    public int getOrder() {
        return listener.getOrder();
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        listener.onApplicationEvent(event);
    }

    @Override
    public String toString() {
        return guarded.toString();
    }
}
