package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.testing.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A decision server on loopback over the fintech example, with an agent
 * ({@code lending-agent-v2}), two reviewers ({@code maria} for {@code senior_ops},
 * {@code sam} for {@code support} only), an operator, and a clock the test moves. Requests go
 * over real HTTP with {@link HttpClient}.
 */
final class ServerFixture implements AutoCloseable {

    static final String AGENT_TOKEN = "agent-token-lending";
    static final String MARIA_TOKEN = "reviewer-token-maria";
    static final String SAM_TOKEN = "reviewer-token-sam";
    static final String OPERATOR_TOKEN = "operator-token";
    static final Path EXAMPLE = Path.of("..", "examples", "fintech");
    static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final SigningKey key;
    final TrustStore trust;
    final MutableClock clock = new MutableClock(Instant.parse("2026-04-14T11:40:00Z"));
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ServerConfig config;
    CharterServer server;

    /** A fresh directory, key and server. */
    static ServerFixture start(Path dir) throws Exception {
        ServerFixture fixture = new ServerFixture(dir, SigningKey.generate());
        fixture.server = fixture.newServer();
        return fixture;
    }

    private ServerFixture(Path dir, SigningKey key) throws Exception {
        this.dir = dir;
        this.key = key;
        this.trust = TrustStore.of(List.of(key.publicKey()));
        this.config = ServerConfig.parse(configJson().getBytes(StandardCharsets.UTF_8));
    }

    static String configJson() {
        return "{\"port\":0,\"max_body_bytes\":65536,\"max_json_depth\":16,"
                + "\"agents\":[{\"name\":\"lending-agent-v2\",\"token_sha256\":\"" + Identities.sha256Hex(AGENT_TOKEN)
                + "\"}],"
                + "\"reviewers\":[{\"name\":\"maria\",\"token_sha256\":\"" + Identities.sha256Hex(MARIA_TOKEN)
                + "\",\"routes\":[\"senior_ops\"]},"
                + "{\"name\":\"sam\",\"token_sha256\":\"" + Identities.sha256Hex(SAM_TOKEN)
                + "\",\"routes\":[\"support\"]}],"
                + "\"operators\":[{\"name\":\"ops\",\"token_sha256\":\"" + Identities.sha256Hex(OPERATOR_TOKEN)
                + "\"}],"
                + "\"escalation_timeouts\":{\"senior_ops\":\"PT15M\",\"*\":\"PT1H\"}}";
    }

    CharterServer newServer() throws Exception {
        return builder().start();
    }

    /** The builder of this fixture's servers, for a test that adds to it. */
    CharterServer.Builder builder() throws IOException {
        return CharterServer.builder(config, dir.resolve("ledger"), key, trust)
                .bundle(bundle(source(), key))
                .facts(Files.readAllBytes(EXAMPLE.resolve("facts.json")))
                .clock(clock)
                .sweepInterval(Duration.ZERO);
    }

    /** Stops the server and starts another on the same ledger (a restart). */
    void restart() throws Exception {
        server.close();
        server = newServer();
    }

    static String source() throws IOException {
        return Files.readString(EXAMPLE.resolve("lending.charter"));
    }

    static byte[] bundle(String source, SigningKey key) {
        Compilation compilation = Compiler.compile(List.of(new SourceFile("lending.charter", source)));
        assertTrue(compilation.program().isPresent(), () -> "the constitution compiles: " + compilation.diagnostics());
        return BundleWriter.write(
                BundleContent.builder(compilation.program().get())
                        .compilerVersion("test")
                        .source("lending.charter", source)
                        .build(),
                key);
    }

    /** The request of line {@code n} (1-based) of the example's requests.jsonl. */
    static String request(int n) throws IOException {
        return Files.readAllLines(EXAMPLE.resolve("requests.jsonl")).get(n - 1);
    }

    HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> decide(String body) throws Exception {
        return send("POST", "/v1/decide", AGENT_TOKEN, body);
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
