package dev.charter.gateway;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.guard.ActionNaming;
import dev.charter.server.ConfigException;
import dev.charter.server.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway's configuration ({@code gateway.json}, docs/integrations.md): what it decides
 * with (bundle, trust file, facts, ledger and its key, as {@code charter serve} takes them), the
 * upstream MCP servers it forwards permitted calls to and how their tools are named as actions,
 * the downstream transports it serves, and under {@code "server"} a whole {@code server.json}
 * ({@link ServerConfig}: agents and their token hashes, reviewers, timeouts per route, the
 * port of the review page and the escalation API). Relative paths are read from the directory
 * of the configuration file.
 */
public record GatewayConfig(
        Path bundle,
        Path trust,
        Optional<Path> facts,
        Path ledger,
        Path key,
        Optional<Path> archive,
        List<UpstreamConfig> upstreams,
        Optional<StdioDownstream> stdio,
        Optional<HttpDownstream> http,
        ExecutionRecords executionRecords,
        ServerConfig server) {

    /** How long a call may wait for its upstream's answer when the config does not say. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

    /** The path of the Streamable HTTP endpoint. */
    public static final String MCP_PATH = "/mcp";

    public GatewayConfig {
        upstreams = List.copyOf(upstreams);
        Objects.requireNonNull(executionRecords, "executionRecords");
        Objects.requireNonNull(server, "server");
    }

    /**
     * When a forwarded call's answer goes back relative to its execution record ({@code
     * "execution_records"}). The decision record is durable before the upstream is called either way.
     */
    public enum ExecutionRecords {
        /** The default: the answer waits until the execution record is durable. */
        DURABLE_FIRST("durable_first"),
        /**
         * The execution record is appended as soon as the upstream answers, and the answer goes back
         * without waiting for it to be durable: a crash in between loses that execution record.
         */
        ANSWER_FIRST("answer_first");

        private final String keyword;

        ExecutionRecords(String keyword) {
            this.keyword = keyword;
        }

        /** As {@code gateway.json} names it. */
        public String keyword() {
            return keyword;
        }
    }

    /** One upstream MCP server: how to reach it, how its tools are named as actions, how long a call may take. */
    public record UpstreamConfig(
            String name,
            UpstreamTransport transport,
            String actionPrefix,
            Map<String, String> actions,
            Duration callTimeout) {

        public UpstreamConfig {
            actions = Map.copyOf(actions);
        }

        /** {@code <prefix>.<tool>} (the bare tool name when the prefix is empty), or the name {@code actions} gives it. */
        public ActionNaming naming() {
            return ActionNaming.mapped(
                    actions, actionPrefix.isEmpty() ? ActionNaming.identity() : ActionNaming.prefixed(actionPrefix));
        }
    }

    /** How the gateway reaches an upstream. */
    public sealed interface UpstreamTransport {
        /** A process the gateway starts and speaks MCP with over its standard input and output. */
        record Stdio(String command, List<String> args, Map<String, String> env) implements UpstreamTransport {
            public Stdio {
                args = List.copyOf(args);
                env = Map.copyOf(env);
            }
        }

        /** An MCP server at a Streamable HTTP endpoint. */
        record Http(URI url) implements UpstreamTransport {}
    }

    /** MCP over the gateway's own standard input and output, for one desktop client acting as {@code agent}. */
    public record StdioDownstream(String agent) {}

    /** MCP over Streamable HTTP at {@value #MCP_PATH}; each bearer token of {@code server.agents} is its agent. */
    public record HttpDownstream(String host, int port) {}

    /** This configuration with the HTTP downstream on another port (0: any free one), if it has one. */
    public GatewayConfig withHttpPort(int port) {
        return new GatewayConfig(
                bundle,
                trust,
                facts,
                ledger,
                key,
                archive,
                upstreams,
                stdio,
                http.map(h -> new HttpDownstream(h.host(), port)),
                executionRecords,
                server);
    }

    /** This configuration with the review page and escalation API on another port (0: any free one). */
    public GatewayConfig withServerPort(int port) {
        return new GatewayConfig(
                bundle,
                trust,
                facts,
                ledger,
                key,
                archive,
                upstreams,
                stdio,
                http,
                executionRecords,
                server.withPort(port));
    }

    /** Every agent the gateway may act for: the stdio agent and every agent of {@code server.agents}. */
    public List<String> agents() {
        List<String> agents = new ArrayList<>();
        stdio.ifPresent(s -> agents.add(s.agent()));
        server.agents().forEach(a -> {
            if (!agents.contains(a.name())) {
                agents.add(a.name());
            }
        });
        return agents;
    }

    /**
     * Reads {@code gateway.json}; relative paths are resolved against {@code directory}. Every
     * problem names the member.
     */
    public static GatewayConfig parse(byte[] json, Path directory) throws ConfigException {
        JsonNode root;
        ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ConfigException("gateway.json is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException("gateway.json could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException("gateway.json must be a JSON object");
        }
        known(
                root,
                "gateway.json",
                Set.of(
                        "bundle",
                        "trust",
                        "facts",
                        "ledger",
                        "key",
                        "archive",
                        "upstreams",
                        "stdio",
                        "http",
                        "execution_records",
                        "server"));
        JsonNode serverNode = root.path("server");
        if (!serverNode.isObject()) {
            throw new ConfigException("server must be an object: the server.json of the review page and escalation API"
                    + " (agents, reviewers, escalation_timeouts, port)");
        }
        ServerConfig server;
        try {
            server = ServerConfig.parse(mapper.writeValueAsBytes(serverNode));
        } catch (JsonProcessingException e) {
            throw new ConfigException("server could not be read: " + e.getOriginalMessage());
        } catch (ConfigException e) {
            String message = e.getMessage();
            throw new ConfigException(
                    message.startsWith("server.json")
                            ? "server" + message.substring("server.json".length())
                            : "server." + message);
        }
        List<UpstreamConfig> upstreams = upstreams(root.path("upstreams"));
        Optional<StdioDownstream> stdio = stdio(root.path("stdio"));
        Optional<HttpDownstream> http = http(root.path("http"));
        if (stdio.isEmpty() && http.isEmpty()) {
            throw new ConfigException("give a downstream: \"stdio\" (one agent, for a desktop client) and/or \"http\"");
        }
        if (http.isPresent() && server.agents().isEmpty()) {
            throw new ConfigException("http: server.agents lists no agent, so no token could connect");
        }
        if (http.isPresent() && http.get().port() != 0 && http.get().port() == server.port()) {
            throw new ConfigException("http.port and server.port are both " + server.port() + "; give each its own");
        }
        return new GatewayConfig(
                path(root, "bundle", directory),
                path(root, "trust", directory),
                optionalPath(root, "facts", directory),
                path(root, "ledger", directory),
                path(root, "key", directory),
                optionalPath(root, "archive", directory),
                upstreams,
                stdio,
                http,
                executionRecords(root.path("execution_records")),
                server);
    }

    /** {@link #parse(byte[], Path)} of a file: relative paths are read from its directory. */
    public static GatewayConfig read(Path file) throws ConfigException {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
        Path directory = file.toAbsolutePath().getParent();
        return parse(bytes, directory == null ? Path.of("") : directory);
    }

    private static List<UpstreamConfig> upstreams(JsonNode node) throws ConfigException {
        if (!node.isObject() || node.isEmpty()) {
            throw new ConfigException(
                    "upstreams must map names to upstream MCP servers ({\"command\": ...} or {\"url\": ...})");
        }
        List<UpstreamConfig> upstreams = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            upstreams.add(upstream(entry.getKey(), entry.getValue()));
        }
        return upstreams;
    }

    private static UpstreamConfig upstream(String name, JsonNode node) throws ConfigException {
        String where = "upstreams." + name;
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new ConfigException(where + ": an upstream's name is letters, digits, '_' and '-'");
        }
        known(node, where, Set.of("command", "args", "env", "url", "action_prefix", "actions", "call_timeout"));
        UpstreamTransport transport;
        if (node.has("command") == node.has("url")) {
            throw new ConfigException(where + ": give either \"command\" (stdio) or \"url\" (Streamable HTTP)");
        }
        if (node.has("command")) {
            transport = new UpstreamTransport.Stdio(
                    text(node.path("command"), where + ".command"),
                    strings(node.path("args"), where + ".args"),
                    stringMap(node.path("env"), where + ".env"));
        } else {
            if (node.has("args") || node.has("env")) {
                throw new ConfigException(where + ": \"args\" and \"env\" go with \"command\", not \"url\"");
            }
            transport = new UpstreamTransport.Http(url(text(node.path("url"), where + ".url"), where + ".url"));
        }
        JsonNode prefix = node.path("action_prefix");
        String actionPrefix = name;
        if (!prefix.isMissingNode()) {
            if (!prefix.isTextual()) {
                throw new ConfigException(where + ".action_prefix must be a string (\"\": the tool's own name)");
            }
            actionPrefix = prefix.textValue();
        }
        Map<String, String> actions = stringMap(node.path("actions"), where + ".actions");
        for (Map.Entry<String, String> action : actions.entrySet()) {
            if (action.getValue().isBlank()) {
                throw new ConfigException(where + ".actions." + action.getKey() + " must name an action");
            }
        }
        Duration timeout = DEFAULT_CALL_TIMEOUT;
        if (node.has("call_timeout")) {
            timeout = duration(node.path("call_timeout"), where + ".call_timeout");
        }
        return new UpstreamConfig(name, transport, actionPrefix, actions, timeout);
    }

    private static Optional<StdioDownstream> stdio(JsonNode node) throws ConfigException {
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        known(node, "stdio", Set.of("agent"));
        return Optional.of(new StdioDownstream(text(node.path("agent"), "stdio.agent")));
    }

    private static Optional<HttpDownstream> http(JsonNode node) throws ConfigException {
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        known(node, "http", Set.of("host", "port"));
        String host = node.has("host") ? text(node.path("host"), "http.host") : "127.0.0.1";
        JsonNode port = node.path("port");
        if (!port.isIntegralNumber() || !port.canConvertToInt() || port.intValue() < 0 || port.intValue() > 65535) {
            throw new ConfigException("http.port must be an integer from 0 to 65535");
        }
        return Optional.of(new HttpDownstream(host, port.intValue()));
    }

    private static ExecutionRecords executionRecords(JsonNode node) throws ConfigException {
        if (node.isMissingNode()) {
            return ExecutionRecords.DURABLE_FIRST;
        }
        for (ExecutionRecords value : ExecutionRecords.values()) {
            if (node.isTextual() && value.keyword().equals(node.textValue())) {
                return value;
            }
        }
        throw new ConfigException("execution_records must be \"durable_first\" (the default: an answer waits for its"
                + " execution record to be durable) or \"answer_first\"");
    }

    private static void known(JsonNode node, String where, Set<String> members) throws ConfigException {
        if (!node.isObject()) {
            throw new ConfigException(where + " must be a JSON object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!members.contains(name)) {
                throw new ConfigException(where + ": unknown member '" + name + "'");
            }
        }
    }

    private static String text(JsonNode node, String where) throws ConfigException {
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw new ConfigException(where + " must be a non-empty string");
        }
        return node.textValue();
    }

    private static List<String> strings(JsonNode node, String where) throws ConfigException {
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ConfigException(where + " must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : node) {
            if (!value.isTextual()) {
                throw new ConfigException(where + " must be an array of strings");
            }
            values.add(value.textValue());
        }
        return values;
    }

    private static Map<String, String> stringMap(JsonNode node, String where) throws ConfigException {
        if (node.isMissingNode()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new ConfigException(where + " must map names to strings");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isTextual()) {
                throw new ConfigException(where + "." + entry.getKey() + " must be a string");
            }
            values.put(entry.getKey(), entry.getValue().textValue());
        }
        return values;
    }

    private static URI url(String text, String where) throws ConfigException {
        try {
            URI uri = new URI(text);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new ConfigException(where + ": '" + text + "' is not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(where + ": '" + text + "' is not a URL (" + e.getReason() + ")");
        }
    }

    private static Duration duration(JsonNode node, String where) throws ConfigException {
        try {
            Duration duration = Duration.parse(node.asText(""));
            if (duration.isNegative() || duration.isZero()) {
                throw new ConfigException(where + " must be positive");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new ConfigException(where + ": '" + node.asText("") + "' is not an ISO-8601 duration (PT60S)");
        }
    }

    private static Path path(JsonNode root, String name, Path directory) throws ConfigException {
        return directory.resolve(text(root.path(name), name)).normalize();
    }

    private static Optional<Path> optionalPath(JsonNode root, String name, Path directory) throws ConfigException {
        return root.has(name) ? Optional.of(path(root, name, directory)) : Optional.empty();
    }
}
