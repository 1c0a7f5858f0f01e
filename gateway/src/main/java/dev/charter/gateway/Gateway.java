package dev.charter.gateway;

import dev.charter.runtime.keys.KeyFiles;
import dev.charter.runtime.keys.KeyFormatException;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.server.CharterServer;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpAsyncServer;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * {@code charter gateway}: an MCP server in front of upstream MCP servers that decides every
 * {@code tools/call} with Charter, records it before it runs and records how it ended
 * (docs/integrations.md). It runs a {@link CharterServer} for the ledger, the deployment
 * (bundle and facts, swappable), the escalation service with its per-route timeouts, the review
 * page and the API; connects to every upstream and lists their tools ({@link ToolCatalog});
 * computes which tools each agent is shown ({@link ToolListing}); and serves MCP downstream over
 * standard input and output (one configured agent) and/or Streamable HTTP (an agent per bearer
 * token, each MCP session id the request's {@code session}).
 *
 * <pre>{@code
 * try (Gateway gateway = Gateway.builder(GatewayConfig.read(file)).start()) {
 *     gateway.join();
 * }
 * }</pre>
 */
public final class Gateway implements AutoCloseable {

    private final CharterServer server;
    private final List<Upstream> upstreams;
    private final List<McpAsyncServer> mcpServers;
    private final HttpFrontend http;
    private final ToolCatalog catalog;
    private final ExecutorService background;
    private final CountDownLatch stdinClosed;

    private Gateway(
            CharterServer server,
            List<Upstream> upstreams,
            List<McpAsyncServer> mcpServers,
            HttpFrontend http,
            ToolCatalog catalog,
            ExecutorService background,
            CountDownLatch stdinClosed) {
        this.server = server;
        this.upstreams = upstreams;
        this.mcpServers = mcpServers;
        this.http = http;
        this.catalog = catalog;
        this.background = background;
        this.stdinClosed = stdinClosed;
    }

    public static Builder builder(GatewayConfig config) {
        return new Builder(config);
    }

    /** How a gateway is put together; {@link #start} connects and starts serving. */
    public static final class Builder {
        private final GatewayConfig config;
        private Clock clock = Clock.systemUTC();
        private Duration sweepInterval = Duration.ofSeconds(1);
        private InputStream stdin = System.in;
        private OutputStream stdout = System.out;
        private PrintStream log = System.err;
        private Duration analysisTimeout = Duration.ofSeconds(10);
        private String version = "dev";

        private Builder(GatewayConfig config) {
            this.config = Objects.requireNonNull(config);
        }

        /** The clock of requests' {@code time}, deadlines and records (tests move it). */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** How often overdue escalations are timed out; zero: never (tests sweep themselves). */
        public Builder sweepInterval(Duration value) {
            this.sweepInterval = value;
            return this;
        }

        /** The streams of the stdio downstream; the process's own by default. Nothing else is written to {@code out}. */
        public Builder stdio(InputStream in, OutputStream out) {
            this.stdin = in;
            this.stdout = out;
            return this;
        }

        /** Where progress and one line per call go; standard error by default, never standard output. */
        public Builder log(PrintStream value) {
            this.log = value;
            return this;
        }

        /** The longest one solver query of the {@code tools/list} filter may take. */
        public Builder analysisTimeout(Duration value) {
            this.analysisTimeout = value;
            return this;
        }

        /** The version the gateway gives as its MCP server and client info. */
        public Builder version(String value) {
            this.version = value;
            return this;
        }

        /**
         * Opens the ledger and deploys the bundle, connects to every upstream, then serves.
         *
         * @throws GatewayException with a one-line reason when any part cannot start; what was
         *     started is stopped again
         */
        public Gateway start() throws GatewayException {
            CharterServer server = startServer();
            McpJsonMapper json = McpJsonDefaults.getMapper();
            List<Upstream> upstreams = new ArrayList<>();
            ExecutorService background = Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "charter-gateway-availability");
                thread.setDaemon(true);
                return thread;
            });
            List<McpAsyncServer> mcpServers = new ArrayList<>();
            HttpFrontend http = null;
            try {
                Map<Upstream, List<McpSchema.Tool>> tools = new LinkedHashMap<>();
                for (GatewayConfig.UpstreamConfig upstream : config.upstreams()) {
                    Upstream connected = Upstream.connect(upstream, json, log, version);
                    upstreams.add(connected);
                    List<McpSchema.Tool> listed = connected.tools();
                    tools.put(connected, listed);
                    log.printf("charter gateway: upstream %s: %d tool(s)%n", upstream.name(), listed.size());
                }
                ToolCatalog catalog = ToolCatalog.of(tools);
                ToolCalls calls = new ToolCalls(
                        catalog,
                        server.deployments(),
                        server.escalations(),
                        server.ledger(),
                        clock,
                        json,
                        log,
                        config.executionRecords());
                if (config.executionRecords() == GatewayConfig.ExecutionRecords.ANSWER_FIRST) {
                    log.println("charter gateway: execution_records answer_first: a permitted call's answer does not"
                            + " wait for its execution record to be durable; a crash can lose that record");
                }
                ToolListing listing = new ToolListing(
                        () -> server.deployments().current(),
                        config.agents(),
                        catalog.actions(),
                        analysisTimeout,
                        background,
                        log,
                        () -> mcpServers.forEach(s -> s.notifyToolsListChanged().subscribe(done -> {}, failure -> {})));
                listing.computeNow();
                CountDownLatch stdinClosed = new CountDownLatch(1);
                if (config.stdio().isPresent()) {
                    String agent = config.stdio().get().agent();
                    StdioServerTransportProvider transport =
                            new StdioServerTransportProvider(json, watched(stdin, stdinClosed), stdout);
                    mcpServers.add(
                            mcpServer(McpServer.async(transport), json, catalog, calls, listing, context -> agent));
                }
                if (config.http().isPresent()) {
                    http = HttpFrontend.create(config.http().get(), server.identities(), json);
                    mcpServers.add(
                            mcpServer(McpServer.async(http.transport()), json, catalog, calls, listing, context ->
                                    (String) context.get(BearerFilter.AGENT)));
                    http.start();
                }
                return new Gateway(server, upstreams, mcpServers, http, catalog, background, stdinClosed);
            } catch (Exception | Error e) {
                mcpServers.forEach(McpAsyncServer::close);
                stopHttp(http);
                upstreams.forEach(Upstream::close);
                background.shutdownNow();
                stopQuietly(server);
                if (e instanceof Upstream.UpstreamException || e instanceof IllegalArgumentException) {
                    throw new GatewayException(e.getMessage(), e);
                }
                throw new GatewayException("the gateway could not start: " + Failures.describe(e), e);
            }
        }

        private McpAsyncServer mcpServer(
                McpServer.AsyncSpecification<?> spec,
                McpJsonMapper json,
                ToolCatalog catalog,
                ToolCalls calls,
                ToolListing listing,
                Function<McpTransportContext, String> agentOf) {
            List<McpServerFeatures.AsyncToolSpecification> tools = new ArrayList<>();
            for (ToolCatalog.Entry entry : catalog.entries()) {
                tools.add(new McpServerFeatures.AsyncToolSpecification(
                        entry.served(),
                        (exchange, request) ->
                                calls.call(agentOf.apply(exchange.transportContext()), exchange.sessionId(), request)));
            }
            return spec.serverInfo("charter-gateway", version)
                    .jsonMapper(json)
                    .capabilities(
                            McpSchema.ServerCapabilities.builder().tools(true).build())
                    .instructions("Every tool call is decided by a Charter constitution and recorded in its ledger. A"
                            + " refused call returns an error starting NOT EXECUTED that says why; do not retry it"
                            + " unchanged.")
                    .strictToolNameValidation(false)
                    .validateToolInputs(false)
                    .addToolFilter((context, tool) -> Mono.just(listing.listed(agentOf.apply(context), tool.name())))
                    .tools(tools)
                    .build();
        }

        private CharterServer startServer() throws GatewayException {
            SigningKey key;
            TrustStore trust;
            byte[] bundle;
            byte[] facts;
            try {
                key = KeyFiles.readSigningKey(config.key());
                trust = TrustStore.read(config.trust());
                bundle = Files.readAllBytes(config.bundle());
                facts = config.facts().isPresent()
                        ? Files.readAllBytes(config.facts().get())
                        : "{\"relations\":{}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new GatewayException("cannot read " + e.getMessage(), e);
            } catch (KeyFormatException e) {
                throw new GatewayException(e.getMessage(), e);
            }
            try {
                CharterServer.Builder builder = CharterServer.builder(config.server(), config.ledger(), key, trust)
                        .bundle(bundle)
                        .facts(facts)
                        .clock(clock)
                        .sweepInterval(sweepInterval)
                        .host(config.http()
                                .map(GatewayConfig.HttpDownstream::host)
                                .orElse("127.0.0.1"));
                config.archive().ifPresent(builder::archive);
                return builder.start();
            } catch (Exception e) {
                throw new GatewayException(
                        "cannot start the ledger, deployment and review page: " + Failures.describe(e), e);
            }
        }

        /** {@code in}, counting down {@code closed} once it ends: a desktop client closing stdio stops the gateway. */
        private static InputStream watched(InputStream in, CountDownLatch closed) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    return ended(super.read());
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return ended(super.read(b, off, len));
                }

                private int ended(int read) {
                    if (read < 0) {
                        closed.countDown();
                    }
                    return read;
                }
            };
        }
    }

    /** The review page and escalation API: {@code http://host:port/}. */
    public URI serverUri() {
        return server.uri();
    }

    /** The Streamable HTTP endpoint ({@code http://host:port/mcp}), if the gateway serves one. */
    public URI mcpUri() {
        if (http == null) {
            throw new IllegalStateException("this gateway serves no HTTP downstream");
        }
        return URI.create("http://" + server.uri().getHost() + ":" + http.port() + GatewayConfig.MCP_PATH);
    }

    /** The decision server inside: ledger, deployments, escalations, identities. */
    public CharterServer server() {
        return server;
    }

    /** The action names of every tool served, in upstream order. */
    public List<String> tools() {
        return catalog.actions();
    }

    /** Blocks until the stdio client closes standard input, or — without stdio — until the gateway stops. */
    public void join() throws InterruptedException {
        if (http == null) {
            stdinClosed.await();
            return;
        }
        server.join();
    }

    /** Whether the stdio client has closed standard input. */
    public boolean stdinClosed() {
        return stdinClosed.getCount() == 0;
    }

    @Override
    public void close() {
        mcpServers.forEach(s -> {
            try {
                s.closeGracefully().block(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                s.close();
            }
        });
        stopHttp(http);
        upstreams.forEach(Upstream::close);
        background.shutdownNow();
        stopQuietly(server);
    }

    private static void stopHttp(HttpFrontend http) {
        if (http == null) {
            return;
        }
        try {
            http.stop();
        } catch (Exception e) {
            System.err.println("charter gateway: " + Failures.describe(e));
        }
    }

    private static void stopQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("charter gateway: " + Failures.describe(e));
        }
    }
}
