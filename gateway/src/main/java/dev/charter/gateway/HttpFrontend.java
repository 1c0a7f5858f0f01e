package dev.charter.gateway;

import dev.charter.server.Identities;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Streamable HTTP downstream: the SDK's servlet transport at {@value GatewayConfig#MCP_PATH}
 * on Jetty, behind {@link BearerFilter}. The authenticated agent reaches the tool handlers and the
 * {@code tools/list} filter through the transport context ({@link BearerFilter#AGENT}).
 */
final class HttpFrontend {

    private final Server jetty;
    private final HttpServletStreamableServerTransportProvider transport;

    private HttpFrontend(Server jetty, HttpServletStreamableServerTransportProvider transport) {
        this.jetty = jetty;
        this.transport = transport;
    }

    /** The transport, to build the MCP server on, and the Jetty server that will serve it once started. */
    static HttpFrontend create(GatewayConfig.HttpDownstream config, Identities identities, McpJsonMapper json) {
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(json)
                .mcpEndpoint(GatewayConfig.MCP_PATH)
                .contextExtractor(request -> {
                    Object agent = request.getAttribute(BearerFilter.AGENT);
                    return agent == null
                            ? McpTransportContext.EMPTY
                            : McpTransportContext.create(Map.of(BearerFilter.AGENT, agent));
                })
                .keepAliveInterval(Duration.ofSeconds(20))
                .build();
        QueuedThreadPool pool = new QueuedThreadPool(64, 4);
        pool.setName("charter-gateway-http");
        Server jetty = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        ServletHolder servlet = new ServletHolder(transport);
        servlet.setAsyncSupported(true);
        context.addServlet(servlet, GatewayConfig.MCP_PATH);
        FilterHolder filter = new FilterHolder(new BearerFilter(identities));
        filter.setAsyncSupported(true);
        context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST));
        jetty.setHandler(context);
        jetty.setStopTimeout(5_000);
        return new HttpFrontend(jetty, transport);
    }

    HttpServletStreamableServerTransportProvider transport() {
        return transport;
    }

    void start() throws Exception {
        jetty.start();
    }

    int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    void stop() throws Exception {
        jetty.stop();
    }
}
