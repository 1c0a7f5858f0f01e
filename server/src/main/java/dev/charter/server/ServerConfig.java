package dev.charter.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The server's configuration ({@code server.json}): port, body limits, the agents and reviewers
 * with the SHA-256 hashes of their bearer tokens (never the tokens), and escalation timeouts per
 * route ({@code "*"} for every other route).
 */
public record ServerConfig(
        int port,
        int maxBodyBytes,
        int maxJsonDepth,
        List<AgentEntry> agents,
        List<ReviewerEntry> reviewers,
        List<AgentEntry> operators,
        Map<String, Duration> escalationTimeouts) {

    /** The route key whose timeout applies to routes the config does not name. */
    public static final String ANY_ROUTE = "*";

    /**
     * One agent (its name is the request's {@code agent}) or operator, and its token's SHA-256,
     * lower-case hex.
     */
    public record AgentEntry(String name, String tokenSha256) {}

    /** One reviewer: name, token hash, and the routes whose escalations it may resolve ({@code "*"}: all). */
    public record ReviewerEntry(String name, String tokenSha256, List<String> routes) {}

    public ServerConfig {
        agents = List.copyOf(agents);
        reviewers = List.copyOf(reviewers);
        operators = List.copyOf(operators);
        escalationTimeouts = Map.copyOf(escalationTimeouts);
    }

    /** How long an escalation to {@code route} waits before it times out; one hour when the config is silent. */
    public Duration timeoutFor(String route) {
        Duration own = escalationTimeouts.get(route);
        return own != null ? own : escalationTimeouts.getOrDefault(ANY_ROUTE, Duration.ofHours(1));
    }

    /** This configuration listening on {@code value} instead. */
    public ServerConfig withPort(int value) {
        return new ServerConfig(value, maxBodyBytes, maxJsonDepth, agents, reviewers, operators, escalationTimeouts);
    }

    /** Reads {@code server.json}; every problem names the member. */
    public static ServerConfig parse(byte[] json) throws ConfigException {
        JsonNode root;
        try {
            root = new ObjectMapper()
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .readTree(json);
        } catch (JsonProcessingException e) {
            throw new ConfigException("server.json is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException("server.json could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException("server.json must be a JSON object");
        }
        known(
                root,
                "server.json",
                Set.of(
                        "port",
                        "max_body_bytes",
                        "max_json_depth",
                        "agents",
                        "reviewers",
                        "operators",
                        "escalation_timeouts"));
        int port = integer(root, "port", 8181, 0, 65535);
        int maxBody = integer(root, "max_body_bytes", 1 << 20, 64, 64 << 20);
        int maxDepth = integer(root, "max_json_depth", 64, 2, 1000);
        Set<String> hashes = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<AgentEntry> agents = new ArrayList<>();
        for (JsonNode agent : array(root, "agents")) {
            known(agent, "agents[]", Set.of("name", "token_sha256"));
            String name = text(agent, "agents[].name");
            if (!names.add("agent:" + name)) {
                throw new ConfigException("agents: '" + name + "' is listed twice");
            }
            agents.add(new AgentEntry(name, hash(agent, "agents[" + name + "]", hashes)));
        }
        List<ReviewerEntry> reviewers = new ArrayList<>();
        for (JsonNode reviewer : array(root, "reviewers")) {
            known(reviewer, "reviewers[]", Set.of("name", "token_sha256", "routes"));
            String name = text(reviewer, "reviewers[].name");
            if (!names.add("reviewer:" + name)) {
                throw new ConfigException("reviewers: '" + name + "' is listed twice");
            }
            List<String> routes = new ArrayList<>();
            for (JsonNode route : array(reviewer, "routes")) {
                if (!route.isTextual() || route.textValue().isEmpty()) {
                    throw new ConfigException("reviewers[" + name + "].routes: each route is a non-empty string");
                }
                routes.add(route.textValue());
            }
            if (routes.isEmpty()) {
                throw new ConfigException("reviewers[" + name + "].routes: name at least one route (\"*\" for all)");
            }
            reviewers.add(new ReviewerEntry(name, hash(reviewer, "reviewers[" + name + "]", hashes), routes));
        }
        List<AgentEntry> operators = new ArrayList<>();
        for (JsonNode operator : array(root, "operators")) {
            known(operator, "operators[]", Set.of("name", "token_sha256"));
            String name = text(operator, "operators[].name");
            if (!names.add("operator:" + name)) {
                throw new ConfigException("operators: '" + name + "' is listed twice");
            }
            operators.add(new AgentEntry(name, hash(operator, "operators[" + name + "]", hashes)));
        }
        Map<String, Duration> timeouts = new LinkedHashMap<>();
        JsonNode configured = root.path("escalation_timeouts");
        if (!configured.isMissingNode()) {
            if (!configured.isObject()) {
                throw new ConfigException("escalation_timeouts must map routes to ISO-8601 durations");
            }
            for (Map.Entry<String, JsonNode> entry : configured.properties()) {
                timeouts.put(entry.getKey(), duration(entry.getKey(), entry.getValue()));
            }
        }
        return new ServerConfig(port, maxBody, maxDepth, agents, reviewers, operators, timeouts);
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

    private static int integer(JsonNode root, String name, int otherwise, int min, int max) throws ConfigException {
        JsonNode node = root.path(name);
        if (node.isMissingNode()) {
            return otherwise;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < min || node.intValue() > max) {
            throw new ConfigException(name + " must be an integer from " + min + " to " + max);
        }
        return node.intValue();
    }

    private static Iterable<JsonNode> array(JsonNode node, String name) throws ConfigException {
        JsonNode array = node.path(name);
        if (array.isMissingNode()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new ConfigException(name + " must be an array");
        }
        return array;
    }

    private static String text(JsonNode node, String where) throws ConfigException {
        JsonNode name = node.path("name");
        if (!name.isTextual() || name.textValue().isBlank()) {
            throw new ConfigException(where + " must be a non-empty string");
        }
        return name.textValue();
    }

    private static String hash(JsonNode node, String where, Set<String> seen) throws ConfigException {
        JsonNode hash = node.path("token_sha256");
        if (!hash.isTextual() || !hash.textValue().matches("[0-9a-f]{64}")) {
            throw new ConfigException(where + ".token_sha256 must be 64 lower-case hex digits (sha256 of the token)");
        }
        if (!seen.add(hash.textValue())) {
            throw new ConfigException(where + ".token_sha256: two identities share one token");
        }
        return hash.textValue();
    }

    private static Duration duration(String route, JsonNode value) throws ConfigException {
        try {
            Duration duration = Duration.parse(value.asText(""));
            if (duration.isNegative() || duration.isZero()) {
                throw new ConfigException("escalation_timeouts." + route + " must be positive");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new ConfigException("escalation_timeouts." + route + ": '" + value.asText("")
                    + "' is not an ISO-8601 duration (PT15M)");
        }
    }
}
