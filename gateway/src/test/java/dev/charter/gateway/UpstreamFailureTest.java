package dev.charter.gateway;

import static dev.charter.gateway.GatewayFixture.call;
import static dev.charter.gateway.GatewayFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.keys.KeyFiles;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.runtime.ledger.RecordKind;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A permitted call whose upstream fails — answers with an error, does not answer in time,
 * crashes in the middle of the call, or is gone — is an error to the client and a failed
 * execution in the ledger, and is never retried. The upstream is {@link FlakyUpstream}, a real
 * process the gateway starts and speaks MCP with over stdio.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpstreamFailureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Gateway gateway;
    private static McpSyncClient agent;

    @BeforeAll
    static void start() throws Exception {
        SigningKey key = SigningKey.generate();
        KeyFiles.writeSigningKey(dir.resolve("charter.key"), key);
        Files.writeString(
                dir.resolve("trust.txt"),
                TrustStore.of(List.of(key.publicKey())).toText());
        String source = """
                constitution "flaky" version 1 { timezone "UTC" }
                action flaky.echo { text?: string }
                action flaky.fail { text?: string }
                action flaky.slow { text?: string }
                action flaky.crash { text?: string }
                rule anything_goes: permit {flaky.echo, flaky.fail, flaky.slow, flaky.crash};
                default deny;
                """;
        BundleContent content = BundleContent.builder(Compiler.compile(List.of(new SourceFile("flaky.charter", source)))
                        .program()
                        .orElseThrow())
                .compilerVersion("test")
                .source("flaky.charter", source)
                .build();
        Files.write(dir.resolve("flaky.bundle"), BundleWriter.write(content, key));
        ObjectNode config = JSON.createObjectNode();
        config.put("bundle", "flaky.bundle")
                .put("trust", "trust.txt")
                .put("ledger", "ledger")
                .put("key", "charter.key");
        ObjectNode upstream = config.putObject("upstreams").putObject("flaky");
        upstream.put(
                "command",
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        upstream.putArray("args")
                .add("-cp")
                .add(System.getProperty("java.class.path"))
                .add(FlakyUpstream.class.getName())
                .add(dir.toString());
        upstream.put("call_timeout", "PT3S");
        config.putObject("http").put("port", 0);
        config.set("server", JSON.readTree(GatewayFixture.serverJson()));
        gateway = Gateway.builder(GatewayConfig.parse(JSON.writeValueAsBytes(config), dir))
                .log(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .start();
        agent = GatewayFixture.connect(gateway.mcpUri(), GatewayFixture.AGENT_TOKEN);
    }

    @AfterAll
    static void stop() {
        if (agent != null) {
            agent.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    @Order(1)
    void aWorkingUpstreamAnswersUnderItsPrefixedActionName() throws Exception {
        McpSchema.CallToolResult result = call(agent, "flaky.echo", Map.of("text", "hi"));
        assertFalse(Boolean.TRUE.equals(result.isError()), () -> text(result));
        assertEquals("hi", text(result));
        assertTrue(execution("flaky.echo").path("success").asBoolean());
    }

    @Test
    @Order(2)
    void anUpstreamErrorResultIsPassedOnAndRecordedAsAFailedExecution() throws Exception {
        McpSchema.CallToolResult result = call(agent, "flaky.fail", Map.of());
        assertTrue(result.isError());
        assertEquals("disk full", text(result));
        JsonNode execution = execution("flaky.fail");
        assertFalse(execution.path("success").asBoolean());
        assertTrue(execution.path("detail").asText().contains("disk full"), execution::toString);
    }

    @Test
    @Order(3)
    void anUpstreamThatDoesNotAnswerInTimeIsAnErrorAndIsNotRetried() throws Exception {
        McpSchema.CallToolResult result = call(agent, "flaky.slow", Map.of());
        assertTrue(result.isError());
        assertTrue(text(result).startsWith("NOT COMPLETED: flaky.slow was permitted"), () -> text(result));
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = (Map<String, Object>) result.meta().get("dev.charter/decision");
        assertEquals("permit", structured.get("effect"));
        assertEquals("upstream_failure", structured.get("reason_code"));
        JsonNode execution = execution("flaky.slow");
        assertFalse(execution.path("success").asBoolean());
        assertTrue(
                execution.path("detail").asText().startsWith("upstream flaky failed: no answer in time"),
                execution::toString);
        Thread.sleep(500);
        assertEquals(1, calls("slow"));
    }

    @Test
    @Order(4)
    void anUpstreamThatCrashesMidCallIsAnErrorAndAFailedExecutionThenStaysDown() throws Exception {
        McpSchema.CallToolResult crashed = call(agent, "flaky.crash", Map.of());
        assertTrue(crashed.isError());
        assertTrue(text(crashed).startsWith("NOT COMPLETED: flaky.crash"), () -> text(crashed));
        JsonNode execution = execution("flaky.crash");
        assertFalse(execution.path("success").asBoolean());
        assertTrue(execution.path("detail").asText().startsWith("upstream flaky failed: "), execution::toString);
        assertEquals(1, calls("crash"));
        McpSchema.CallToolResult after = call(agent, "flaky.echo", Map.of("text", "still there?"));
        assertTrue(after.isError(), () -> text(after));
        assertTrue(text(after).startsWith("NOT COMPLETED: flaky.echo"), () -> text(after));
        assertEquals(1, calls("echo"));
    }

    private static long calls(String tool) throws Exception {
        return Files.readAllLines(dir.resolve("calls.log")).stream()
                .filter(tool::equals)
                .count();
    }

    /** The execution record of the latest decision on {@code action}. */
    private static JsonNode execution(String action) throws Exception {
        List<LedgerRecord> records =
                new ArrayList<>(LedgerReader.read(dir.resolve("ledger")).records());
        long decision = -1;
        for (LedgerRecord record : records) {
            if (record.kind() == RecordKind.DECISION
                    && action.equals(JSON.readTree(record.body())
                            .path("request")
                            .path("action")
                            .asText())) {
                decision = record.seq();
            }
        }
        for (LedgerRecord record : records) {
            JsonNode body = JSON.readTree(record.body());
            if (record.kind() == RecordKind.EXECUTION
                    && body.path("decision").path("seq").asLong() == decision) {
                return body;
            }
        }
        throw new AssertionError("no execution record of the decision on " + action);
    }
}
