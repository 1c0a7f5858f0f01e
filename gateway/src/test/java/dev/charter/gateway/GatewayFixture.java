package dev.charter.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.gateway.demo.DemoFilesystem;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.keys.KeyFiles;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.runtime.ledger.RecordKind;
import dev.charter.server.Identities;
import dev.charter.testing.MutableClock;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A gateway over HTTP in front of the demo file server (the SDK's server API, in this JVM),
 * governed by examples/mcp-filesystem's constitution, with two agents, a reviewer of the route
 * {@code workspace-owner}, a clock the test moves and no timeout sweeper (tests call
 * {@code sweep()}); and SDK clients that connect to it with a bearer token.
 */
final class GatewayFixture implements AutoCloseable {

    static final String AGENT = "files-agent";
    static final String AGENT_TOKEN = "files-agent-token";
    static final String OTHER = "other-agent";
    static final String OTHER_TOKEN = "other-agent-token";
    static final String REVIEWER = "olivia";
    static final String REVIEWER_TOKEN = "olivia-token";
    static final String OPERATOR_TOKEN = "deploy-token";

    private static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final Path data;
    final MutableClock clock;
    final ByteArrayOutputStream log;
    final DemoFilesystem upstream;
    final Gateway gateway;
    private final List<McpSyncClient> clients = new ArrayList<>();

    private GatewayFixture(
            Path dir, MutableClock clock, ByteArrayOutputStream log, DemoFilesystem upstream, Gateway gateway) {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.clock = clock;
        this.log = log;
        this.upstream = upstream;
        this.gateway = gateway;
    }

    /** The constitution of examples/mcp-filesystem, compiled and signed with a new key into {@code dir}. */
    static void writeBundle(Path dir) throws IOException {
        writeBundle(dir, rules -> rules);
    }

    /** examples/mcp-filesystem's constitution with its rules rewritten by {@code edit}, signed with a new key into {@code dir}. */
    static void writeBundle(Path dir, UnaryOperator<String> edit) throws IOException {
        SigningKey key = SigningKey.generate();
        KeyFiles.writeSigningKey(dir.resolve("charter.key"), key);
        Files.writeString(
                dir.resolve("trust.txt"),
                TrustStore.of(List.of(key.publicKey())).toText());
        Files.write(dir.resolve("filesystem.bundle"), bundle(key, edit));
    }

    /** examples/mcp-filesystem's constitution with its rules rewritten by {@code edit}, signed by {@code key}. */
    static byte[] bundle(SigningKey key, UnaryOperator<String> edit) throws IOException {
        Path example = Path.of("..", "examples", "mcp-filesystem");
        List<SourceFile> sources = List.of(
                new SourceFile(
                        "filesystem.charter", edit.apply(Files.readString(example.resolve("filesystem.charter")))),
                new SourceFile("tools.charter", Files.readString(example.resolve("tools.charter"))));
        Compilation compilation = Compiler.compile(sources);
        BundleContent.Builder bundle = BundleContent.builder(
                        compilation.program().orElseThrow(() -> new AssertionError(compilation.diagnostics())))
                .compilerVersion("test");
        sources.forEach(s -> bundle.source(s.name(), s.text()));
        return BundleWriter.write(bundle.build(), key);
    }

    /** The server.json part: two agents, one reviewer of workspace-owner, ten minutes to review. */
    static String serverJson() {
        return "{\"port\": 0, \"agents\": ["
                + "{\"name\": \"" + AGENT + "\", \"token_sha256\": \"" + Identities.sha256Hex(AGENT_TOKEN) + "\"},"
                + "{\"name\": \"" + OTHER + "\", \"token_sha256\": \"" + Identities.sha256Hex(OTHER_TOKEN) + "\"}],"
                + "\"reviewers\": [{\"name\": \"" + REVIEWER + "\", \"token_sha256\": \""
                + Identities.sha256Hex(REVIEWER_TOKEN) + "\", \"routes\": [\"workspace-owner\"]}],"
                + "\"operators\": [{\"name\": \"deploy\", \"token_sha256\": \""
                + Identities.sha256Hex(OPERATOR_TOKEN) + "\"}],"
                + "\"escalation_timeouts\": {\"workspace-owner\": \"PT10M\"}}";
    }

    static GatewayFixture start(Path dir) throws Exception {
        return start(dir, rules -> rules);
    }

    /** The fixture governed by examples/mcp-filesystem's constitution with its rules rewritten by {@code edit}. */
    static GatewayFixture start(Path dir, UnaryOperator<String> edit) throws Exception {
        writeBundle(dir, edit);
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("public"));
        Files.createDirectories(data.resolve("workspace"));
        Files.createDirectories(data.resolve("private"));
        Files.writeString(data.resolve("public/readme.txt"), "hello from public\n");
        Files.writeString(data.resolve("private/salaries.csv"), "secret\n");
        DemoFilesystem upstream = DemoFilesystem.start(data, 0);
        String config = "{\"bundle\": \"filesystem.bundle\", \"trust\": \"trust.txt\", \"ledger\": \"ledger\","
                + " \"key\": \"charter.key\","
                + " \"upstreams\": {\"fs\": {\"url\": \"" + upstream.uri() + "\", \"action_prefix\": \"\"}},"
                + " \"http\": {\"port\": 0},"
                + " \"server\": " + serverJson() + "}";
        GatewayConfig parsed = GatewayConfig.parse(config.getBytes(StandardCharsets.UTF_8), dir);
        try {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
            Gateway gateway = Gateway.builder(parsed)
                    .clock(clock)
                    .sweepInterval(Duration.ZERO)
                    .log(new PrintStream(log, true, StandardCharsets.UTF_8))
                    .start();
            return new GatewayFixture(dir, clock, log, upstream, gateway);
        } catch (Exception | Error e) {
            upstream.close();
            throw e;
        }
    }

    /** An initialised SDK client on the gateway's HTTP endpoint with this bearer token. */
    McpSyncClient client(String token) {
        McpSyncClient client = connect(gateway.mcpUri(), token);
        clients.add(client);
        return client;
    }

    /** An initialised SDK client on {@code mcp} with this bearer token; the caller closes it. */
    static McpSyncClient connect(URI mcp, String token) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(
                        "http://" + mcp.getHost() + ":" + mcp.getPort())
                .endpoint(GatewayConfig.MCP_PATH)
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
                .build();
        McpSyncClient client =
                McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
        try {
            client.initialize();
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        return client;
    }

    static McpSchema.CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        return client.callTool(
                McpSchema.CallToolRequest.builder(tool).arguments(arguments).build());
    }

    static String text(McpSchema.CallToolResult result) {
        StringBuilder text = new StringBuilder();
        for (McpSchema.Content content : result.content()) {
            if (content instanceof McpSchema.TextContent t) {
                text.append(t.text());
            }
        }
        return text.toString();
    }

    /** The ledger's records of one kind, in order: each body as JSON with the record's {@code seq} added. */
    List<JsonNode> records(RecordKind kind) throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        for (LedgerRecord record : LedgerReader.read(dir.resolve("ledger")).records()) {
            if (record.kind() == kind) {
                ObjectNode body = (ObjectNode) JSON.readTree(record.body());
                body.put("seq", record.seq());
                bodies.add(body);
            }
        }
        return bodies;
    }

    @Override
    public void close() throws Exception {
        clients.forEach(McpSyncClient::close);
        gateway.close();
        upstream.close();
    }
}
