package dev.charter.guard;

import java.util.Map;
import java.util.Objects;

/** How tool names become the constitution's action names. */
@FunctionalInterface
public interface ActionNaming {

    /** The action a call of {@code tool} asks for. */
    String actionFor(String tool);

    /** The tool's name is the action's name. */
    static ActionNaming identity() {
        return tool -> tool;
    }

    /** {@code "<prefix>.<tool>"}: {@code prefixed("fs")} names {@code read_file} {@code fs.read_file}. */
    static ActionNaming prefixed(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return tool -> prefix + "." + tool;
    }

    /** The action {@code names} gives a tool, and {@code fallback}'s for a tool it does not list. */
    static ActionNaming mapped(Map<String, String> names, ActionNaming fallback) {
        Map<String, String> copy = Map.copyOf(names);
        Objects.requireNonNull(fallback, "fallback");
        return tool -> {
            String action = tool == null ? null : copy.get(tool);
            return action != null ? action : fallback.actionFor(tool);
        };
    }
}
