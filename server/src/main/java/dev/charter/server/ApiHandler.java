package dev.charter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The HTTP API (Jetty core {@link Handler}): finds the route, authenticates the bearer token,
 * and hands the exchange to the endpoint. Endpoints that wait (a decision's ledger commit, a
 * long-poll on an escalation) return at once and reply from the future's completion, so a
 * waiting client holds no thread. Every answer is JSON; nothing here writes a stack trace.
 */
public final class ApiHandler extends Handler.Abstract {

    /** Longest a long-poll may wait. */
    static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private final ServerConfig config;
    private final Identities identities;
    private final DecisionService decisions;
    private final EscalationService escalations;
    private final Deployments deployments;
    private final ServerMetrics metrics;
    private final JsonBody json;
    private final List<Route> routes;
    private final String openApi;
    private volatile Executor executor;

    public ApiHandler(
            ServerConfig config,
            Identities identities,
            DecisionService decisions,
            EscalationService escalations,
            Deployments deployments,
            ServerMetrics metrics,
            List<Route> extraRoutes) {
        this.config = config;
        this.identities = identities;
        this.decisions = decisions;
        this.escalations = escalations;
        this.deployments = deployments;
        this.metrics = metrics;
        this.json = new JsonBody(config.maxJsonDepth());
        List<Route> all = new ArrayList<>(List.of(
                new Route("POST", "/v1/decide", this::decide),
                new Route("GET", "/v1/escalations", this::listEscalations),
                new Route("GET", "/v1/escalations/{id}", this::getEscalation),
                new Route("GET", "/v1/escalations/{id}/wait", this::waitEscalation),
                new Route("POST", "/v1/escalations/{id}/approve", x -> resolve(x, true)),
                new Route("POST", "/v1/escalations/{id}/deny", x -> resolve(x, false)),
                new Route("PUT", "/v1/bundle", this::putBundle),
                new Route("PUT", "/v1/facts", this::putFacts),
                new Route("GET", "/healthz", this::health),
                new Route("GET", "/metrics", this::metrics),
                new Route("GET", "/openapi.json", this::openApi)));
        all.addAll(extraRoutes);
        this.routes = List.copyOf(all);
        this.openApi = resource("openapi.json");
    }

    /** Every route served, the API's and the extra ones: what {@code openapi.json} must describe. */
    public List<Route> routes() {
        return routes;
    }

    @Override
    protected void doStart() throws Exception {
        executor = getServer().getThreadPool();
        super.doStart();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> parameters = route.match(path);
            if (parameters == null) {
                continue;
            }
            pathKnown = true;
            if (!route.method().equals(request.getMethod())) {
                continue;
            }
            Exchange exchange = new Exchange(
                    request,
                    response,
                    callback,
                    parameters,
                    identities.authenticate(request.getHeaders().get(HttpHeader.AUTHORIZATION)),
                    metrics,
                    executor);
            try {
                route.endpoint().serve(exchange);
            } catch (Exception | Error e) {
                exchange.reply(Reply.error(
                        500,
                        "internal_error",
                        "the server failed (" + e.getClass().getSimpleName() + ")"));
            }
            return true;
        }
        Exchange exchange = new Exchange(request, response, callback, Map.of(), Optional.empty(), metrics, executor);
        exchange.reply(
                pathKnown
                        ? Reply.error(405, "method_not_allowed", request.getMethod() + " is not allowed on " + path)
                        : Reply.error(404, "not_found", "no such resource"));
        return true;
    }

    // --- decisions

    private void decide(Exchange exchange) {
        if (!(exchange.principal().orElse(null) instanceof Principal.Agent agent)) {
            exchange.reply(unauthorized(exchange, "an agent's bearer token"));
            return;
        }
        if (!jsonContent(exchange)) {
            return;
        }
        exchange.replyLater(withBody(exchange, body -> decisions.decide(agent, body, exchange.startedNanos())));
    }

    /** Reads and parses the body, then runs {@code then}; a body refused becomes its error reply. */
    private CompletableFuture<Reply> withBody(
            Exchange exchange, java.util.function.Function<JsonBody.Parsed, CompletableFuture<Reply>> then) {
        return exchange.body(config.maxBodyBytes())
                .handle((bytes, failure) -> {
                    if (failure != null) {
                        return CompletableFuture.completedFuture(bodyFailure(failure));
                    }
                    try {
                        return then.apply(json.read(bytes));
                    } catch (JsonBody.Refused refused) {
                        return CompletableFuture.completedFuture(refused.reply());
                    }
                })
                .thenCompose(reply -> reply);
    }

    private Reply bodyFailure(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof BodyReader.TooLarge tooLarge) {
            return Reply.error(413, "body_too_large", tooLarge.getMessage());
        }
        return Reply.error(
                400,
                "body_unreadable",
                "the body could not be read (" + cause.getClass().getSimpleName() + ")");
    }

    private static boolean jsonContent(Exchange exchange) {
        String type = exchange.request().getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            return true;
        }
        exchange.reply(Reply.error(415, "unsupported_media_type", "send the body as application/json"));
        return false;
    }

    // --- escalations

    private void listEscalations(Exchange exchange) {
        if (!(exchange.principal().orElse(null) instanceof Principal.Reviewer)) {
            exchange.reply(unauthorized(exchange, "a reviewer's bearer token"));
            return;
        }
        String state = Optional.ofNullable(exchange.query("state")).orElse("open");
        EscalationService.Filter filter;
        switch (state) {
            case "open" -> filter = EscalationService.Filter.OPEN;
            case "resolved" -> filter = EscalationService.Filter.RESOLVED;
            case "all" -> filter = EscalationService.Filter.ALL;
            default -> {
                exchange.reply(Reply.error(400, "bad_state", "state is open, resolved or all"));
                return;
            }
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        escalations.list(filter).forEach(view -> body.withArray("escalations").add(view.toJson()));
        body.withArray("escalations");
        exchange.reply(Reply.ok(body.toString()));
    }

    private void getEscalation(Exchange exchange) {
        Optional<EscalationView> view = visible(exchange);
        view.ifPresent(v -> exchange.reply(Reply.ok(v.toJson().toString())));
    }

    private void waitEscalation(Exchange exchange) {
        Optional<EscalationView> view = visible(exchange);
        if (view.isEmpty()) {
            return;
        }
        Duration timeout;
        try {
            timeout = waitTime(exchange.query("timeout"));
        } catch (IllegalArgumentException e) {
            exchange.reply(Reply.error(400, "bad_timeout", e.getMessage()));
            return;
        }
        exchange.replyLater(escalations
                .await(view.get().id(), timeout)
                .thenApply(v -> Reply.ok(v.orElse(view.get()).toJson().toString())));
    }

    /** {@code 30s}, {@code 2m}, {@code 500ms} or an ISO-8601 duration; default 30 s, at most {@link #MAX_WAIT}. */
    static Duration waitTime(String text) {
        if (text == null || text.isEmpty()) {
            return Duration.ofSeconds(30);
        }
        Duration duration;
        try {
            if (text.matches("\\d{1,9}ms")) {
                duration = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            } else if (text.matches("\\d{1,9}s")) {
                duration = Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
            } else if (text.matches("\\d{1,9}m")) {
                duration = Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
            } else {
                duration = Duration.parse(text);
            }
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("timeout '" + text + "' is not a duration such as 30s, 500ms or PT1M");
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative");
        }
        return duration.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : duration;
    }

    /**
     * The escalation named by the path, when the caller may see it: a reviewer sees every
     * escalation, an agent only its own. Replies with the error otherwise.
     */
    private Optional<EscalationView> visible(Exchange exchange) {
        Principal caller = exchange.principal().orElse(null);
        if (!(caller instanceof Principal.Reviewer) && !(caller instanceof Principal.Agent)) {
            exchange.reply(unauthorized(exchange, "a reviewer's or agent's bearer token"));
            return Optional.empty();
        }
        Optional<EscalationView> view = id(exchange).flatMap(escalations::get);
        if (view.isEmpty()
                || (caller instanceof Principal.Agent && !view.get().agent().equals(caller.name()))) {
            exchange.reply(Reply.error(404, "not_found", "no such escalation"));
            return Optional.empty();
        }
        return view;
    }

    private static Optional<Long> id(Exchange exchange) {
        String id = exchange.parameter("id");
        return id != null && id.matches("\\d{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    private void resolve(Exchange exchange, boolean approve) {
        if (!(exchange.principal().orElse(null) instanceof Principal.Reviewer reviewer)) {
            exchange.reply(unauthorized(exchange, "a reviewer's bearer token"));
            return;
        }
        if (!jsonContent(exchange)) {
            return;
        }
        Optional<Long> id = id(exchange);
        if (id.isEmpty()) {
            exchange.reply(Reply.error(404, "not_found", "no such escalation"));
            return;
        }
        exchange.replyLater(withBody(exchange, body -> {
            JsonNode reason = body.tree().path("reason");
            if (!body.tree().isObject()
                    || !reason.isTextual()
                    || reason.textValue().isBlank()) {
                return CompletableFuture.completedFuture(
                        Reply.error(400, "reason_required", "send {\"reason\": \"...\"}: a resolution says why"));
            }
            // The ledger write waits for its group commit; resolutions are rare, so it runs on a pool thread.
            return CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            EscalationView view = approve
                                    ? escalations.approve(id.get(), reviewer, reason.textValue())
                                    : escalations.deny(id.get(), reviewer, reason.textValue());
                            return Reply.ok(view.toJson().toString());
                        } catch (EscalationException e) {
                            return switch (e.kind()) {
                                case NOT_FOUND -> Reply.error(404, "not_found", e.getMessage());
                                case FORBIDDEN -> Reply.error(403, "route_forbidden", e.getMessage());
                                case CONFLICT -> Reply.error(409, "already_resolved", e.getMessage());
                                case LEDGER -> Reply.error(503, "ledger_failure", e.getMessage());
                            };
                        }
                    },
                    executor);
        }));
    }

    // --- deployment

    private void putBundle(Exchange exchange) {
        swap(exchange, true);
    }

    private void putFacts(Exchange exchange) {
        swap(exchange, false);
    }

    private void swap(Exchange exchange, boolean bundle) {
        if (!(exchange.principal().orElse(null) instanceof Principal.Operator)) {
            exchange.reply(unauthorized(exchange, "an operator's bearer token"));
            return;
        }
        exchange.replyLater(exchange.body(bundle ? 64 << 20 : config.maxBodyBytes())
                .handle((bytes, failure) -> {
                    if (failure != null) {
                        return bodyFailure(failure);
                    }
                    try {
                        Deployment now = bundle ? deployments.swapBundle(bytes) : deployments.swapFacts(bytes);
                        return Reply.ok(deploymentJson(now).toString());
                    } catch (SwapRefusedException e) {
                        return e.kind() == SwapRefusedException.Kind.ROLLBACK
                                ? Reply.error(409, "bundle_rollback", e.getMessage())
                                : Reply.error(422, bundle ? "invalid_bundle" : "invalid_facts", e.getMessage());
                    } catch (IOException e) {
                        return Reply.error(503, "archive_failure", "the archive could not keep it: " + e.getMessage());
                    }
                }));
    }

    static ObjectNode deploymentJson(Deployment deployment) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("bundle", deployment.bundle().digest());
        json.put("constitution", deployment.bundle().program().metadata().name());
        json.put("version", deployment.constitutionVersion());
        json.put("facts", deployment.facts().digest());
        return json;
    }

    // --- operations

    private void health(Exchange exchange) {
        Deployment now = deployments.current();
        Optional<String> failure = now.recorder().ledger().failure();
        ObjectNode body = deploymentJson(now);
        body.put("status", failure.isEmpty() ? "ok" : "ledger_failed");
        body.put("ledger_size", now.recorder().ledger().size());
        body.put("open_escalations", escalations.openCount());
        failure.ifPresent(f -> body.put("message", f));
        exchange.reply(new Reply(failure.isEmpty() ? 200 : 503, body.toString()));
    }

    private void metrics(Exchange exchange) {
        exchange.send(200, "text/plain; version=0.0.4", metrics.scrape());
    }

    private void openApi(Exchange exchange) {
        exchange.send(200, "application/json", openApi);
    }

    private static Reply unauthorized(Exchange exchange, String needed) {
        exchange.response().getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"charter\"");
        return exchange.principal().isEmpty()
                ? Reply.error(401, "unauthorized", "send Authorization: Bearer <token> with " + needed)
                : Reply.error(403, "forbidden", "this needs " + needed);
    }

    static String resource(String name) {
        try (InputStream in = ApiHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the server jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
