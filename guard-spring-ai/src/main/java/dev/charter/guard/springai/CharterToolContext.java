package dev.charter.guard.springai;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.ai.chat.model.ToolContext;

/**
 * The {@link ToolContext} keys a guarded tool reads the caller from: the agent the constitution
 * decides for and the session the call belongs to. A key that is present wins over the agent
 * configured on {@link CharterTools}; its value is taken as text ({@code String.valueOf}).
 *
 * <pre>{@code
 * chatClient.prompt("...").toolContext(CharterToolContext.of("support-bot", conversationId)).call();
 * }</pre>
 */
public final class CharterToolContext {

    /** The calling agent's id. */
    public static final String AGENT = "charter.agent";

    /** The session the call belongs to. */
    public static final String SESSION = "charter.session";

    private CharterToolContext() {}

    /** A tool context naming {@code agent} and, when not null, {@code session}. */
    public static Map<String, Object> of(String agent, String session) {
        Map<String, Object> context = new HashMap<>();
        context.put(AGENT, Objects.requireNonNull(agent, "agent"));
        if (session != null) {
            context.put(SESSION, session);
        }
        return Map.copyOf(context);
    }

    static String read(ToolContext context, String key) {
        if (context == null) {
            return null;
        }
        Object value = context.getContext().get(key);
        return value == null ? null : String.valueOf(value);
    }
}
