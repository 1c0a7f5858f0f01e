package dev.charter.gateway.demo;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpAsyncServer;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The upstream of {@code charter gateway --demo}: a small MCP file server, built on the SDK's
 * server API and served over Streamable HTTP on loopback, with a subset of the tools of
 * {@code @modelcontextprotocol/server-filesystem} under the same names and arguments
 * ({@code examples/mcp-filesystem} declares them), so that the example's constitution governs it
 * unchanged. Paths are absolute paths under {@code /data}, which stands for the directory it
 * serves; a path that leaves it is an error. It has no policy of its own: that is the gateway's.
 */
public final class DemoFilesystem implements AutoCloseable {

    /** The path the served directory appears as. */
    public static final String ROOT = "/data";

    private final Server jetty;
    private final McpAsyncServer mcp;

    private DemoFilesystem(Server jetty, McpAsyncServer mcp) {
        this.jetty = jetty;
        this.mcp = mcp;
    }

    /** Serves {@code directory} as {@value #ROOT} at {@code http://127.0.0.1:<port>/mcp} (0: any free port). */
    public static DemoFilesystem start(Path directory, int port) throws Exception {
        McpJsonMapper json = McpJsonDefaults.getMapper();
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(json)
                .mcpEndpoint("/mcp")
                .build();
        Files.createDirectories(directory);
        Path root = directory.toRealPath();
        McpAsyncServer mcp = McpServer.async(transport)
                .serverInfo("charter-demo-filesystem", "1")
                .capabilities(
                        McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(
                        tool(
                                "read_text_file",
                                "Read a file as text.",
                                Map.of("path", STRING, "head", NUMBER, "tail", NUMBER),
                                List.of("path"),
                                root,
                                a -> read(root, a)),
                        tool(
                                "read_file",
                                "Read a file as text (deprecated: use read_text_file).",
                                Map.of("path", STRING, "head", NUMBER, "tail", NUMBER),
                                List.of("path"),
                                root,
                                a -> read(root, a)),
                        tool(
                                "write_file",
                                "Create or overwrite a file.",
                                Map.of("path", STRING, "content", STRING),
                                List.of("path", "content"),
                                root,
                                a -> write(root, a)),
                        tool(
                                "create_directory",
                                "Create a directory.",
                                Map.of("path", STRING),
                                List.of("path"),
                                root,
                                a -> {
                                    Files.createDirectories(resolve(root, a.get("path")));
                                    return "Successfully created directory " + a.get("path");
                                }),
                        tool(
                                "list_directory",
                                "List a directory.",
                                Map.of("path", STRING),
                                List.of("path"),
                                root,
                                a -> list(root, a)),
                        tool(
                                "move_file",
                                "Move or rename a file.",
                                Map.of("source", STRING, "destination", STRING),
                                List.of("source", "destination"),
                                root,
                                a -> {
                                    Files.move(resolve(root, a.get("source")), resolve(root, a.get("destination")));
                                    return "Successfully moved " + a.get("source") + " to " + a.get("destination");
                                }))
                .build();
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        ServletHolder servlet = new ServletHolder(transport);
        servlet.setAsyncSupported(true);
        context.addServlet(servlet, "/mcp");
        jetty.setHandler(context);
        jetty.start();
        return new DemoFilesystem(jetty, mcp);
    }

    /** {@code http://127.0.0.1:<port>/mcp}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/mcp");
    }

    @Override
    public void close() throws IOException {
        mcp.close();
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IOException("the demo file server did not stop cleanly: " + e.getMessage(), e);
        }
    }

    private static final Map<String, Object> STRING = Map.of("type", "string");
    private static final Map<String, Object> NUMBER = Map.of("type", "number");

    @FunctionalInterface
    private interface Body {
        String run(Map<String, Object> arguments) throws IOException;
    }

    private static McpServerFeatures.AsyncToolSpecification tool(
            String name,
            String description,
            Map<String, Object> properties,
            List<String> required,
            Path root,
            Body body) {
        McpSchema.Tool tool = McpSchema.Tool.builder(
                        name, Map.of("type", "object", "properties", properties, "required", required))
                .description(description)
                .build();
        Function<Map<String, Object>, McpSchema.CallToolResult> run = arguments -> {
            try {
                return McpSchema.CallToolResult.builder()
                        .addTextContent(body.run(arguments))
                        .isError(false)
                        .build();
            } catch (IOException | RuntimeException e) {
                return McpSchema.CallToolResult.builder()
                        .addTextContent("Error: " + e.getClass().getSimpleName() + ": " + e.getMessage())
                        .isError(true)
                        .build();
            }
        };
        return new McpServerFeatures.AsyncToolSpecification(
                tool,
                (exchange, request) -> Mono.fromCallable(
                                () -> run.apply(request.arguments() == null ? Map.of() : request.arguments()))
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    private static Path resolve(Path root, Object path) throws IOException {
        if (!(path instanceof String text) || !(text.equals(ROOT) || text.startsWith(ROOT + "/"))) {
            throw new IOException("access denied: " + path + " is not under " + ROOT);
        }
        Path resolved = root.resolve(text.substring(ROOT.length()).replaceFirst("^/+", ""))
                .normalize();
        if (!resolved.startsWith(root)) {
            throw new IOException("access denied: " + path + " leaves " + ROOT);
        }
        return resolved;
    }

    private static String read(Path root, Map<String, Object> arguments) throws IOException {
        List<String> lines = Files.readAllLines(resolve(root, arguments.get("path")), StandardCharsets.UTF_8);
        if (arguments.get("head") instanceof Number head) {
            lines = lines.subList(0, Math.min(lines.size(), Math.max(0, head.intValue())));
        } else if (arguments.get("tail") instanceof Number tail) {
            lines = lines.subList(Math.max(0, lines.size() - Math.max(0, tail.intValue())), lines.size());
        }
        return String.join("\n", lines);
    }

    private static String write(Path root, Map<String, Object> arguments) throws IOException {
        Path file = resolve(root, arguments.get("path"));
        Object content = arguments.get("content");
        Files.writeString(file, content == null ? "" : content.toString(), StandardCharsets.UTF_8);
        return "Successfully wrote to " + arguments.get("path");
    }

    private static String list(Path root, Map<String, Object> arguments) throws IOException {
        try (Stream<Path> entries = Files.list(resolve(root, arguments.get("path")))) {
            return entries.sorted()
                    .map(p -> (Files.isDirectory(p) ? "[DIR] " : "[FILE] ") + p.getFileName())
                    .collect(Collectors.joining("\n"));
        }
    }
}
