package dev.charter.server;

import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.Ledger;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.server.review.ReviewPage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code charter serve}: the decision server. Opens the ledger (scanning it first for the
 * escalations of earlier runs, so that open ones are listed and still time out), deploys the
 * bundle and snapshot, and serves the API on Jetty with a bounded thread pool. Escalations past
 * their deadline are timed out by a sweeper every {@code sweepInterval}. {@link #close} stops taking requests, then closes the ledger
 * after writing what is queued.
 *
 * <pre>{@code
 * try (CharterServer server = CharterServer.builder(config, ledgerDir, key, trust)
 *         .bundle(bundleBytes).facts(factBytes).start()) {
 *     URI uri = server.uri();
 * }
 * }</pre>
 */
public final class CharterServer implements AutoCloseable {

    /** Most threads serving HTTP; long-polls and ledger waits hold none. */
    public static final int MAX_THREADS = 64;

    private final Server jetty;
    private final Ledger ledger;
    private final EscalationService escalations;
    private final Deployments deployments;
    private final ApiHandler api;
    private final ServerMetrics metrics;
    private final ScheduledExecutorService sweeper;
    private final Identities identities;

    private CharterServer(
            Server jetty,
            Ledger ledger,
            EscalationService escalations,
            Deployments deployments,
            ApiHandler api,
            ServerMetrics metrics,
            ScheduledExecutorService sweeper,
            Identities identities) {
        this.jetty = jetty;
        this.ledger = ledger;
        this.escalations = escalations;
        this.deployments = deployments;
        this.api = api;
        this.metrics = metrics;
        this.sweeper = sweeper;
        this.identities = identities;
    }

    public static Builder builder(ServerConfig config, Path ledgerDir, SigningKey key, TrustStore trust) {
        return new Builder(config, ledgerDir, key, trust);
    }

    /** How a server is put together; {@link #start} opens the ledger and starts listening. */
    public static final class Builder {
        private final ServerConfig config;
        private final Path ledgerDir;
        private final SigningKey key;
        private final TrustStore trust;
        private byte[] bundle;
        private byte[] facts = "{\"relations\":{}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        private Path archive;
        private Clock clock = Clock.systemUTC();
        private Duration sweepInterval = Duration.ofSeconds(1);
        private String host = "127.0.0.1";
        private LedgerOptions ledgerOptions = LedgerOptions.defaults();
        private final List<Route> extraRoutes = new ArrayList<>();
        private final List<Function<Services, List<Route>>> routeFactories = new ArrayList<>();

        private Builder(ServerConfig config, Path ledgerDir, SigningKey key, TrustStore trust) {
            this.config = Objects.requireNonNull(config);
            this.ledgerDir = Objects.requireNonNull(ledgerDir);
            this.key = Objects.requireNonNull(key);
            this.trust = Objects.requireNonNull(trust);
        }

        /** The signed bundle to start with (required). */
        public Builder bundle(byte[] value) {
            this.bundle = value.clone();
            return this;
        }

        /** The fact snapshot to start with; the empty one when not given. */
        public Builder facts(byte[] value) {
            this.facts = value.clone();
            return this;
        }

        /** Where bundles and snapshots are archived by digest; {@code <ledger>.archive} next to the ledger by default. */
        public Builder archive(Path value) {
            this.archive = value;
            return this;
        }

        /** The clock of deadlines and {@code recorded_at} times (tests move it). */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** How often overdue escalations are looked for; zero or negative: never (tests call {@link #sweep}). */
        public Builder sweepInterval(Duration value) {
            this.sweepInterval = value;
            return this;
        }

        /** The interface to listen on; loopback by default. */
        public Builder host(String value) {
            this.host = value;
            return this;
        }

        public Builder ledgerOptions(LedgerOptions value) {
            this.ledgerOptions = value;
            return this;
        }

        /** Serves another route beside the API's (the review page); it must be in openapi.json too. */
        public Builder route(Route route) {
            extraRoutes.add(route);
            return this;
        }

        /**
         * Serves the routes {@code factory} makes from the server's {@link Services} (the review
         * page's); called once by {@link #start}. They must be in openapi.json too.
         */
        public Builder routes(Function<Services, List<Route>> factory) {
            routeFactories.add(factory);
            return this;
        }

        public CharterServer start() throws Exception {
            if (bundle == null) {
                throw new IllegalStateException("a server needs a bundle");
            }
            List<LedgerRecord> earlier = Files.isDirectory(ledgerDir) && hasFiles(ledgerDir)
                    ? LedgerReader.escalations(ledgerDir)
                    : List.of();
            Ledger ledger = Ledger.open(ledgerDir, key, ledgerOptions.withClock(clock));
            try {
                Path archiveDir = archive != null
                        ? archive
                        : ledgerDir.toAbsolutePath().resolveSibling(ledgerDir.getFileName() + ".archive");
                Deployments deployments = Deployments.start(trust, ledger, new Archive(archiveDir), bundle, facts);
                EscalationService escalations = new EscalationService(ledger, config, clock);
                escalations.rebuild(earlier);
                ServerMetrics metrics = new ServerMetrics(escalations::openCount);
                DecisionService decisions = new DecisionService(deployments, escalations, metrics);
                Identities identities = Identities.of(config);
                Services services = new Services(escalations, identities, deployments, metrics, clock);
                List<Route> routes = new ArrayList<>(extraRoutes);
                routes.addAll(new ReviewPage(identities, escalations, clock, config.maxBodyBytes()).routes());
                routeFactories.forEach(factory -> routes.addAll(factory.apply(services)));
                ApiHandler api =
                        new ApiHandler(config, identities, decisions, escalations, deployments, metrics, routes);
                Server jetty = jetty(api);
                ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread thread = new Thread(r, "charter-escalation-timeouts");
                    thread.setDaemon(true);
                    return thread;
                });
                CharterServer server =
                        new CharterServer(jetty, ledger, escalations, deployments, api, metrics, sweeper, identities);
                jetty.start();
                if (!sweepInterval.isZero() && !sweepInterval.isNegative()) {
                    sweeper.scheduleWithFixedDelay(
                            server::sweepQuietly, 0, sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
                }
                return server;
            } catch (Exception | Error e) {
                ledger.close();
                throw e;
            }
        }

        private Server jetty(ApiHandler api) {
            QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 8);
            pool.setName("charter-http");
            Server jetty = new Server(pool);
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            http.setRequestHeaderSize(16 * 1024);
            ServerConnector connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(config.port());
            connector.setIdleTimeout(Duration.ofSeconds(30).toMillis());
            jetty.addConnector(connector);
            jetty.setHandler(api);
            jetty.setErrorHandler(new JsonErrorHandler());
            jetty.setStopTimeout(5_000);
            return jetty;
        }

        private static boolean hasFiles(Path dir) throws IOException {
            try (var files = Files.list(dir)) {
                return files.findAny().isPresent();
            }
        }
    }

    private void sweepQuietly() {
        try {
            escalations.sweep();
        } catch (RuntimeException e) {
            // The next sweep tries again; a ledger that failed shows in /healthz.
        }
    }

    /** Times out every overdue escalation now; returns how many. */
    public int sweep() {
        return escalations.sweep();
    }

    /** {@code http://host:port/}, with the port actually bound. */
    public URI uri() {
        return jetty.getURI();
    }

    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    public EscalationService escalations() {
        return escalations;
    }

    public Deployments deployments() {
        return deployments;
    }

    public Identities identities() {
        return identities;
    }

    public ServerMetrics metrics() {
        return metrics;
    }

    public Ledger ledger() {
        return ledger;
    }

    /** Every route served: what {@code openapi.json} must describe. */
    public List<Route> routes() {
        return api.routes();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() throws IOException {
        sweeper.shutdownNow();
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IOException("the HTTP server did not stop cleanly: " + e.getMessage(), e);
        } finally {
            ledger.close();
        }
    }
}
