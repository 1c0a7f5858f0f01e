package dev.charter.examples.agent;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of the agent's script: the tool it wants to call (a constitution action) and the
 * arguments (the action's parameters). A real agent would get these from its model.
 */
public record ToolCall(String tool, Map<String, Object> arguments) {

    public ToolCall {
        arguments = Map.copyOf(arguments);
    }

    public static ToolCall of(String tool, Object... nameValuePairs) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            arguments.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return new ToolCall(tool, arguments);
    }
}
