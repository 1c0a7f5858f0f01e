package dev.charter.gateway;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tools the gateway serves: every upstream's tools, each under its action name (the
 * upstream's naming: {@code <server>.<tool>} by default), which is also the tool's name
 * downstream. Two tools with one action name would make a call ambiguous, so that stops the
 * gateway at start with both named. Immutable.
 */
final class ToolCatalog {

    /** One served tool: its upstream, its name there, and how it is listed downstream. */
    record Entry(Upstream upstream, String upstreamTool, McpSchema.Tool served) {}

    private final Map<String, Entry> byAction;

    private ToolCatalog(Map<String, Entry> byAction) {
        this.byAction = Collections.unmodifiableMap(byAction);
    }

    /** The catalog of {@code tools}, each upstream's as it listed them. */
    static ToolCatalog of(Map<Upstream, List<McpSchema.Tool>> tools) {
        Map<String, Entry> byAction = new LinkedHashMap<>();
        tools.forEach((upstream, listed) -> {
            for (McpSchema.Tool tool : listed) {
                String action = upstream.config().naming().actionFor(tool.name());
                Entry entry = new Entry(upstream, tool.name(), renamed(tool, action));
                Entry earlier = byAction.putIfAbsent(action, entry);
                if (earlier != null) {
                    throw new IllegalArgumentException("two upstream tools are named " + action + " as actions: '"
                            + earlier.upstreamTool() + "' of "
                            + earlier.upstream().name() + " and '" + tool.name()
                            + "' of " + upstream.name() + "; give one another name in its upstream's \"actions\"");
                }
            }
        });
        return new ToolCatalog(byAction);
    }

    private static McpSchema.Tool renamed(McpSchema.Tool tool, String action) {
        return new McpSchema.Tool(
                action,
                tool.title(),
                tool.description(),
                tool.inputSchema(),
                tool.outputSchema(),
                tool.annotations(),
                tool.meta(),
                tool.icons());
    }

    Optional<Entry> entry(String action) {
        return Optional.ofNullable(byAction.get(action));
    }

    List<Entry> entries() {
        return new ArrayList<>(byAction.values());
    }

    List<String> actions() {
        return new ArrayList<>(byAction.keySet());
    }
}
