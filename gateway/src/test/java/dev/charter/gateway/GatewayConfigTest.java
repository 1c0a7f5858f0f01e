package dev.charter.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.gateway.GatewayConfig.UpstreamConfig;
import dev.charter.gateway.GatewayConfig.UpstreamTransport;
import dev.charter.server.ConfigException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** gateway.json: what it means, and a one-line error naming the member for what it must not hold. */
class GatewayConfigTest {

    private static final Path DIR = Path.of("/etc/charter");

    private static final String VALID = """
            {
              "bundle": "fs.bundle", "trust": "trust.txt", "facts": "facts.json",
              "ledger": "/var/lib/charter/ledger", "key": "charter.key",
              "upstreams": {
                "fs": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/data"],
                       "env": {"NODE_ENV": "production"}, "action_prefix": "",
                       "actions": {"read_text_file": "files.read"}, "call_timeout": "PT5S"},
                "search": {"url": "http://127.0.0.1:9000/mcp"}
              },
              "stdio": {"agent": "desktop"},
              "http": {"port": 8282},
              "server": {"port": 8181, "agents": [{"name": "bot", "token_sha256": "%s"}]}
            }
            """.formatted("a".repeat(64));

    private static GatewayConfig parse(String json) throws ConfigException {
        return GatewayConfig.parse(json.getBytes(StandardCharsets.UTF_8), DIR);
    }

    private static String problem(String json) {
        return assertThrows(ConfigException.class, () -> parse(json)).getMessage();
    }

    @Test
    void relativePathsAreReadFromTheConfigsDirectory() throws ConfigException {
        GatewayConfig config = parse(VALID);
        assertEquals(Path.of("/etc/charter/fs.bundle"), config.bundle());
        assertEquals(Path.of("/etc/charter/facts.json"), config.facts().orElseThrow());
        assertEquals(Path.of("/var/lib/charter/ledger"), config.ledger());
        assertTrue(config.archive().isEmpty());
    }

    @Test
    void upstreamsAreStdioCommandsOrHttpUrlsInTheirOrder() throws ConfigException {
        List<UpstreamConfig> upstreams = parse(VALID).upstreams();
        assertEquals(
                List.of("fs", "search"),
                upstreams.stream().map(UpstreamConfig::name).toList());
        assertEquals(
                new UpstreamTransport.Stdio(
                        "npx",
                        List.of("-y", "@modelcontextprotocol/server-filesystem", "/data"),
                        Map.of("NODE_ENV", "production")),
                upstreams.get(0).transport());
        assertEquals(Duration.ofSeconds(5), upstreams.get(0).callTimeout());
        assertEquals(
                new UpstreamTransport.Http(URI.create("http://127.0.0.1:9000/mcp")),
                upstreams.get(1).transport());
        assertEquals(GatewayConfig.DEFAULT_CALL_TIMEOUT, upstreams.get(1).callTimeout());
    }

    @Test
    void actionsAreServerDotToolByDefaultTheToolsOwnNameWithAnEmptyPrefixOrAsMapped() throws ConfigException {
        List<UpstreamConfig> upstreams = parse(VALID).upstreams();
        assertEquals("files.read", upstreams.get(0).naming().actionFor("read_text_file"));
        assertEquals("write_file", upstreams.get(0).naming().actionFor("write_file"));
        assertEquals("search.query", upstreams.get(1).naming().actionFor("query"));
    }

    @Test
    void theAgentsAreTheStdioAgentAndTheServersAgents() throws ConfigException {
        GatewayConfig config = parse(VALID);
        assertEquals(List.of("desktop", "bot"), config.agents());
        assertEquals(8282, config.http().orElseThrow().port());
        assertEquals("127.0.0.1", config.http().orElseThrow().host());
        assertEquals(8181, config.server().port());
        assertEquals(0, config.withHttpPort(0).http().orElseThrow().port());
        assertEquals(0, config.withServerPort(0).server().port());
    }

    @Test
    void anAnswerWaitsForItsExecutionRecordUnlessTheConfigSaysAnswerFirst() throws ConfigException {
        assertEquals(GatewayConfig.ExecutionRecords.DURABLE_FIRST, parse(VALID).executionRecords());
        assertEquals(
                GatewayConfig.ExecutionRecords.DURABLE_FIRST,
                parse(VALID.replace("\"bundle\"", "\"execution_records\": \"durable_first\", \"bundle\""))
                        .executionRecords());
        GatewayConfig answerFirst =
                parse(VALID.replace("\"bundle\"", "\"execution_records\": \"answer_first\", \"bundle\""));
        assertEquals(GatewayConfig.ExecutionRecords.ANSWER_FIRST, answerFirst.executionRecords());
        assertEquals(
                GatewayConfig.ExecutionRecords.ANSWER_FIRST,
                answerFirst.withHttpPort(0).withServerPort(0).executionRecords());
    }

    @Test
    void everyProblemNamesItsMember() {
        assertEquals(
                "execution_records must be \"durable_first\" (the default: an answer waits for its execution record to"
                        + " be durable) or \"answer_first\"",
                problem(VALID.replace("\"bundle\"", "\"execution_records\": \"later\", \"bundle\"")));
        assertEquals(
                "gateway.json: unknown member 'upstream'", problem(VALID.replace("\"upstreams\"", "\"upstream\"")));
        assertEquals(
                "upstreams.fs: give either \"command\" (stdio) or \"url\" (Streamable HTTP)",
                problem(VALID.replace("\"command\": \"npx\"", "\"url\": \"http://x/mcp\", \"command\": \"npx\"")));
        assertEquals(
                "upstreams.search.url: 'ftp://x/mcp' is not an http(s) URL",
                problem(VALID.replace("http://127.0.0.1:9000/mcp", "ftp://x/mcp")));
        assertEquals(
                "upstreams.fs.call_timeout: 'soon' is not an ISO-8601 duration (PT60S)",
                problem(VALID.replace("PT5S", "soon")));
        assertEquals("upstreams.fs.args must be an array of strings", problem(VALID.replace("\"/data\"]", "3]")));
        assertEquals(
                "upstreams.a b: an upstream's name is letters, digits, '_' and '-'",
                problem(VALID.replace("\"search\":", "\"a b\":")));
        assertEquals("bundle must be a non-empty string", problem(VALID.replace("\"bundle\": \"fs.bundle\",", "")));
        assertEquals(
                "http.port and server.port are both 8181; give each its own",
                problem(VALID.replace("\"port\": 8282", "\"port\": 8181")));
        assertEquals(
                "server: unknown member 'ports'",
                problem(VALID.replace("\"server\": {", "\"server\": {\"ports\": 1, ")));
        assertEquals(
                "server.port must be an integer from 0 to 65535",
                problem(VALID.replace("\"port\": 8181", "\"port\": -1")));
    }

    @Test
    void aGatewayNeedsADownstreamAndHttpNeedsAgents() {
        assertEquals(
                "give a downstream: \"stdio\" (one agent, for a desktop client) and/or \"http\"",
                problem(VALID.replace("\"stdio\": {\"agent\": \"desktop\"},", "")
                        .replace("\"http\": {\"port\": 8282},", "")));
        assertEquals(
                "http: server.agents lists no agent, so no token could connect",
                problem(VALID.replace(
                        "\"agents\": [{\"name\": \"bot\", \"token_sha256\": \"" + "a".repeat(64) + "\"}]",
                        "\"agents\": []")));
    }

    @Test
    void notJsonIsSaidSo() {
        assertTrue(problem("{").startsWith("gateway.json is not JSON"));
        assertEquals("gateway.json must be a JSON object", problem("[]"));
    }
}
