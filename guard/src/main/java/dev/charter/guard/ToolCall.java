package dev.charter.guard;

/**
 * A tool call as an agent makes it.
 *
 * @param tool          the tool's name, as the agent's framework or MCP server names it
 * @param argumentsJson the call's JSON arguments: an object, {@code "{}"} (or null) when there are
 *                      none; anything else is refused as a malformed request
 * @param agent         the calling agent's id, as the constitution names agents
 * @param session       the session the call belongs to; null when the caller has none
 */
public record ToolCall(String tool, String argumentsJson, String agent, String session) {}
