package dev.charter.gateway;

import dev.charter.gateway.GatewayConfig.UpstreamConfig;
import dev.charter.gateway.GatewayConfig.UpstreamTransport;
import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * One upstream MCP server as the gateway's client (the SDK's {@link McpAsyncClient}): started
 * (a stdio command) or reached (a Streamable HTTP URL), initialised, asked for its tools, and
 * called. A call that takes longer than the upstream's {@code call_timeout} fails; nothing is
 * retried. A stdio upstream's standard error is copied, line by line, to the gateway's log,
 * never to its standard output.
 */
final class Upstream implements AutoCloseable {

    /** How long the handshake with an upstream may take. */
    static final Duration INITIALIZATION_TIMEOUT = Duration.ofSeconds(60);

    private final UpstreamConfig config;
    private final McpAsyncClient client;

    private Upstream(UpstreamConfig config, McpAsyncClient client) {
        this.config = config;
        this.client = client;
    }

    /** Connects and initialises; throws {@link UpstreamException} when the upstream cannot be reached. */
    static Upstream connect(UpstreamConfig config, McpJsonMapper json, PrintStream log, String version) {
        McpClientTransport transport = transport(config, json, log);
        // The handshake and tools/list may take as long as a slow upstream needs to start; each call's own
        // limit, call_timeout, is applied in call().
        Duration requests = config.callTimeout().compareTo(INITIALIZATION_TIMEOUT) > 0
                ? config.callTimeout()
                : INITIALIZATION_TIMEOUT;
        McpAsyncClient client = McpClient.async(transport)
                .requestTimeout(requests)
                .initializationTimeout(INITIALIZATION_TIMEOUT)
                .clientInfo(McpSchema.Implementation.builder("charter-gateway", version)
                        .build())
                .build();
        try {
            client.initialize().block(INITIALIZATION_TIMEOUT.plusSeconds(5));
        } catch (RuntimeException e) {
            client.close();
            throw new UpstreamException(
                    "upstream '" + config.name() + "' could not be started or reached: " + Failures.describe(e), e);
        }
        return new Upstream(config, client);
    }

    private static McpClientTransport transport(UpstreamConfig config, McpJsonMapper json, PrintStream log) {
        if (config.transport() instanceof UpstreamTransport.Stdio stdio) {
            StdioClientTransport transport = new StdioClientTransport(
                    ServerParameters.builder(stdio.command())
                            .args(stdio.args())
                            .env(stdio.env())
                            .build(),
                    json);
            transport.setStdErrorHandler(line -> log.println("[" + config.name() + "] " + line));
            return transport;
        }
        URI url = ((UpstreamTransport.Http) config.transport()).url();
        String base = url.getScheme() + "://" + url.getRawAuthority();
        String endpoint = url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (url.getRawQuery() != null) {
            endpoint += "?" + url.getRawQuery();
        }
        return HttpClientStreamableHttpTransport.builder(base)
                .endpoint(endpoint)
                .jsonMapper(json)
                .build();
    }

    String name() {
        return config.name();
    }

    UpstreamConfig config() {
        return config;
    }

    /** Every tool the upstream lists, all pages of them. */
    List<McpSchema.Tool> tools() {
        List<McpSchema.Tool> tools = new ArrayList<>();
        String cursor = null;
        do {
            McpSchema.ListToolsResult page;
            try {
                page = client.listTools(cursor).block(INITIALIZATION_TIMEOUT.plusSeconds(5));
            } catch (RuntimeException e) {
                throw new UpstreamException(
                        "upstream '" + config.name() + "' did not list its tools: " + Failures.describe(e), e);
            }
            if (page == null) {
                throw new UpstreamException("upstream '" + config.name() + "' answered tools/list with nothing", null);
            }
            tools.addAll(page.tools() == null ? List.of() : page.tools());
            cursor = page.nextCursor();
        } while (cursor != null && !cursor.isEmpty());
        return tools;
    }

    /** Calls {@code tool} once; fails on an error, a lost connection or the call timeout. */
    Mono<McpSchema.CallToolResult> call(String tool, Map<String, Object> arguments) {
        return client.callTool(McpSchema.CallToolRequest.builder(tool)
                        .arguments(arguments)
                        .build())
                .timeout(config.callTimeout());
    }

    @Override
    public void close() {
        try {
            client.closeGracefully().block(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            client.close();
        }
    }

    /** The upstream could not be started, reached or listed. */
    static final class UpstreamException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UpstreamException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
