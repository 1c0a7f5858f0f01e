package dev.charter.guard.springai;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An MCP server on stdio, built with the MCP Java SDK, run as its own process by
 * {@link SyncMcpToolCallbackProviderGuardTest}: tools {@code get_weather(city)} and
 * {@code send_email(to, body)}; each call it serves is appended to the file named by its one
 * argument, so the test sees what reached the server.
 */
public final class WeatherMcpServer {

    private WeatherMcpServer() {}

    public static void main(String[] args) throws InterruptedException {
        Path served = Path.of(args[0]);
        McpJsonMapper json = McpJsonDefaults.getMapper();
        McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(json))
                .serverInfo("weather", "1.0.0")
                .capabilities(
                        McpSchema.ServerCapabilities.builder().tools(false).build())
                .toolCall(
                        tool(json, "get_weather", "The weather in a city", "city"),
                        (exchange, request) -> served(
                                served,
                                request,
                                "sunny in " + request.arguments().get("city")))
                .toolCall(
                        tool(json, "send_email", "Sends an email", "to", "body"),
                        (exchange, request) -> served(
                                served,
                                request,
                                "sent to " + request.arguments().get("to")))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Thread.currentThread().join();
    }

    private static McpSchema.Tool tool(McpJsonMapper json, String name, String description, String... parameters) {
        StringBuilder schema = new StringBuilder("{\"type\":\"object\",\"properties\":{");
        for (int i = 0; i < parameters.length; i++) {
            schema.append(i == 0 ? "" : ",").append('"').append(parameters[i]).append("\":{\"type\":\"string\"}");
        }
        schema.append("}}");
        return McpSchema.Tool.builder()
                .name(name)
                .description(description)
                .inputSchema(json, schema.toString())
                .build();
    }

    private static McpSchema.CallToolResult served(Path file, McpSchema.CallToolRequest request, String text) {
        try {
            Files.writeString(
                    file,
                    request.name() + " " + request.arguments() + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return McpSchema.CallToolResult.builder().addTextContent(text).build();
    }
}
