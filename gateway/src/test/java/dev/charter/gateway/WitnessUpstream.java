package dev.charter.gateway;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpAsyncServer;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An upstream MCP server in the test's JVM (the SDK's server API over Streamable HTTP) whose
 * tools let a test see what the gateway did before calling them: {@code look} answers with what
 * the test's function returns when called (it may read the ledger, or wait), {@code fail}
 * answers with an error result, {@code broken} fails the request (a JSON-RPC error) and
 * {@code secret} answers, if it is ever called. Each takes {@code {"nonce": string}}; calls are
 * counted per tool.
 */
final class WitnessUpstream implements AutoCloseable {

    static final List<String> TOOLS = List.of("look", "fail", "broken", "secret");

    private final Server jetty;
    private final McpAsyncServer mcp;
    private final Map<String, AtomicInteger> calls;

    private WitnessUpstream(Server jetty, McpAsyncServer mcp, Map<String, AtomicInteger> calls) {
        this.jetty = jetty;
        this.mcp = mcp;
        this.calls = calls;
    }

    /** Serves on a free loopback port; {@code look} answers with {@code look.apply(arguments)} as its text. */
    static WitnessUpstream start(Function<Map<String, Object>, String> look) throws Exception {
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(McpJsonDefaults.getMapper())
                .mcpEndpoint("/mcp")
                .build();
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        TOOLS.forEach(t -> calls.put(t, new AtomicInteger()));
        McpAsyncServer mcp = McpServer.async(transport)
                .serverInfo("witness", "1")
                .capabilities(
                        McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(
                        tool(
                                "look",
                                calls,
                                arguments -> Mono.fromCallable(() -> text(look.apply(arguments), false))
                                        .subscribeOn(Schedulers.boundedElastic())),
                        tool("fail", calls, arguments -> Mono.just(text("disk full", true))),
                        tool("broken", calls, arguments -> Mono.error(new IllegalStateException("the tool broke"))),
                        tool("secret", calls, arguments -> Mono.just(text("the secret", false))))
                .build();
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        ServletHolder servlet = new ServletHolder(transport);
        servlet.setAsyncSupported(true);
        context.addServlet(servlet, "/mcp");
        jetty.setHandler(context);
        jetty.start();
        return new WitnessUpstream(jetty, mcp, calls);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/mcp");
    }

    /** How often {@code tool} was called. */
    int calls(String tool) {
        return calls.get(tool).get();
    }

    @Override
    public void close() throws Exception {
        mcp.close();
        jetty.stop();
    }

    private static McpServerFeatures.AsyncToolSpecification tool(
            String name,
            Map<String, AtomicInteger> calls,
            Function<Map<String, Object>, Mono<McpSchema.CallToolResult>> body) {
        McpSchema.Tool tool = McpSchema.Tool.builder(
                        name, Map.of("type", "object", "properties", Map.of("nonce", Map.of("type", "string"))))
                .build();
        return new McpServerFeatures.AsyncToolSpecification(tool, (exchange, request) -> {
            calls.get(name).incrementAndGet();
            return body.apply(request.arguments() == null ? Map.of() : request.arguments());
        });
    }

    private static McpSchema.CallToolResult text(String text, boolean error) {
        return McpSchema.CallToolResult.builder()
                .addTextContent(text)
                .isError(error)
                .build();
    }
}
