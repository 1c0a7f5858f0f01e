package dev.charter.gateway;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * An upstream MCP server over stdio (the SDK's server API) that misbehaves on request, run as
 * its own process by {@link UpstreamFailureTest}: {@code echo} answers, {@code fail} answers
 * with an error result, {@code slow} answers after 20 seconds, {@code crash} kills the process
 * in the middle of the call. Every call is first appended to {@code calls.log} in the directory
 * given as the argument, so a test can count how often a tool was really called.
 */
public final class FlakyUpstream {

    private FlakyUpstream() {}

    public static void main(String[] args) throws Exception {
        Path calls = Path.of(args[0]).resolve("calls.log");
        McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(McpJsonDefaults.getMapper()))
                .serverInfo("flaky", "1")
                .capabilities(
                        McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(
                        tool("echo", calls, arguments -> ok(String.valueOf(arguments.get("text")))),
                        tool(
                                "fail",
                                calls,
                                arguments -> McpSchema.CallToolResult.builder()
                                        .addTextContent("disk full")
                                        .isError(true)
                                        .build()),
                        tool("slow", calls, arguments -> {
                            sleep(20_000);
                            return ok("late");
                        }),
                        tool("crash", calls, arguments -> {
                            Runtime.getRuntime().halt(3);
                            return ok("unreachable");
                        }))
                .build();
        new CountDownLatch(1).await();
        server.close();
    }

    private interface Body {
        McpSchema.CallToolResult run(Map<String, Object> arguments);
    }

    private static McpServerFeatures.SyncToolSpecification tool(String name, Path calls, Body body) {
        McpSchema.Tool tool = McpSchema.Tool.builder(
                        name, Map.of("type", "object", "properties", Map.of("text", Map.of("type", "string"))))
                .build();
        return new McpServerFeatures.SyncToolSpecification(tool, (exchange, request) -> {
            try {
                Files.writeString(
                        calls,
                        name + "\n",
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return body.run(request.arguments() == null ? Map.of() : request.arguments());
        });
    }

    private static McpSchema.CallToolResult ok(String text) {
        return McpSchema.CallToolResult.builder()
                .addTextContent(text)
                .isError(false)
                .build();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
