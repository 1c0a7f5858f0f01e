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
import dev.charter.gateway.GatewayConfig.ExecutionRecords;
import dev.charter.guard.ToolOutcome;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.keys.KeyFiles;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.runtime.ledger.LedgerWriterLock;
import dev.charter.runtime.ledger.RecordKind;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code "execution_records"}: with either setting a permitted call's decision is durable before
 * the upstream sees the call, and every failure is an error result and a failed execution, never
 * a permitted result; {@code durable_first} holds the answer until the execution record is
 * durable, {@code answer_first} answers while it is only queued, and writes it once the ledger
 * can. The ledger's writer is held up by taking its directory lock ({@link LedgerWriterLock}).
 */
class ExecutionRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WAIT_SECONDS = 20;

    private static final String CONSTITUTION = """
            constitution "witness" version 1 { timezone "UTC" }
            action witness.look { nonce?: string }
            action witness.fail { nonce?: string }
            action witness.broken { nonce?: string }
            action witness.secret { nonce?: string }
            rule tools_that_may_run: permit {witness.look, witness.fail, witness.broken};
            default deny;
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ExecutionRecords.class)
    void theDecisionIsDurableBeforeTheUpstreamSeesTheCall(ExecutionRecords mode) throws Exception {
        Path ledger = dir.resolve("ledger");
        // What the upstream finds in the ledger's files while it is being called.
        Function<Map<String, Object>, String> look = arguments -> {
            try {
                List<LedgerRecord> records = LedgerReader.read(ledger).records();
                LedgerRecord last = records.get(records.size() - 1);
                JsonNode body = JSON.readTree(last.body());
                return last.kind().label() + " "
                        + body.path("decision").path("decision").asText() + " "
                        + body.path("request").path("request").path("nonce").asText();
            } catch (Exception e) {
                return "the ledger could not be read: " + e;
            }
        };
        try (Running running = Running.start(dir, mode, look)) {
            McpSchema.CallToolResult result = call(running.agent, "witness.look", Map.of("nonce", "n-1"));
            assertFalse(Boolean.TRUE.equals(result.isError()), () -> text(result));
            assertEquals("decision permit n-1", text(result));
            long decision = decisionSeq(ledger, "n-1");
            assertSucceededWith(ledger, decision, result);
        }
    }

    @Test
    void answerFirstAnswersWhileItsExecutionRecordWaitsAndWritesTheRecordOnceTheLedgerCan() throws Exception {
        Path ledger = dir.resolve("ledger");
        Gate gate = new Gate();
        try (Running running = Running.start(dir, ExecutionRecords.ANSWER_FIRST, gate::pass)) {
            CompletableFuture<McpSchema.CallToolResult> answer =
                    CompletableFuture.supplyAsync(() -> call(running.agent, "witness.look", Map.of("nonce", "n-2")));
            assertTrue(gate.called.await(WAIT_SECONDS, TimeUnit.SECONDS), "the upstream was not called");
            long decision = decisionSeq(ledger, "n-2");
            McpSchema.CallToolResult result;
            try (LedgerWriterLock held = LedgerWriterLock.hold(ledger)) {
                gate.open.countDown();
                result = answer.get(WAIT_SECONDS, TimeUnit.SECONDS);
                assertEquals("looked", text(result));
                assertTrue(execution(ledger, decision).isEmpty(), "the execution record is durable already");
            }
            assertSucceededWith(ledger, decision, result);
        }
    }

    @Test
    void durableFirstHoldsTheAnswerUntilItsExecutionRecordIsDurable() throws Exception {
        Path ledger = dir.resolve("ledger");
        Gate gate = new Gate();
        try (Running running = Running.start(dir, ExecutionRecords.DURABLE_FIRST, gate::pass)) {
            CompletableFuture<McpSchema.CallToolResult> answer =
                    CompletableFuture.supplyAsync(() -> call(running.agent, "witness.look", Map.of("nonce", "n-3")));
            assertTrue(gate.called.await(WAIT_SECONDS, TimeUnit.SECONDS), "the upstream was not called");
            long decision = decisionSeq(ledger, "n-3");
            try (LedgerWriterLock held = LedgerWriterLock.hold(ledger)) {
                gate.open.countDown();
                assertTimesOut(answer);
            }
            McpSchema.CallToolResult result = answer.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals("looked", text(result));
            assertTrue(execution(ledger, decision).isPresent(), "answered before the execution record was durable");
        }
    }

    @ParameterizedTest
    @EnumSource(ExecutionRecords.class)
    void everyFailureIsAnErrorResultAndAFailedExecutionNeverAPermittedResult(ExecutionRecords mode) throws Exception {
        Path ledger = dir.resolve("ledger");
        try (Running running = Running.start(dir, mode, arguments -> "looked")) {
            McpSchema.CallToolResult failed = call(running.agent, "witness.fail", Map.of("nonce", "f"));
            assertTrue(failed.isError());
            assertEquals("disk full", text(failed));
            JsonNode failure = awaitExecution(ledger, decisionSeq(ledger, "f"));
            assertFalse(failure.path("success").asBoolean());

            McpSchema.CallToolResult broken = call(running.agent, "witness.broken", Map.of("nonce", "b"));
            assertTrue(broken.isError());
            assertTrue(text(broken).startsWith("NOT COMPLETED: witness.broken"), () -> text(broken));
            assertEquals("upstream_failure", decisionMeta(broken).get("reason_code"));
            JsonNode brokenRun = awaitExecution(ledger, decisionSeq(ledger, "b"));
            assertFalse(brokenRun.path("success").asBoolean());
            assertTrue(brokenRun.path("detail").asText().startsWith("upstream witness failed: "), brokenRun::toString);

            McpSchema.CallToolResult refused = call(running.agent, "witness.secret", Map.of("nonce", "s"));
            assertTrue(refused.isError());
            assertTrue(text(refused).startsWith("NOT EXECUTED: witness.secret"), () -> text(refused));
            assertEquals("deny", decisionMeta(refused).get("effect"));
            assertEquals(0, running.upstream.calls("secret"));
            assertTrue(execution(ledger, decisionSeq(ledger, "s")).isEmpty());
        }
    }

    /** The upstream's {@code look}: says it was called, then answers once the test opens it. */
    private static final class Gate {
        final CountDownLatch called = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);

        String pass(Map<String, Object> arguments) {
            called.countDown();
            try {
                return open.await(WAIT_SECONDS, TimeUnit.SECONDS) ? "looked" : "the test never opened the gate";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
    }

    /** A gateway in front of a {@link WitnessUpstream}, and an agent connected to it over HTTP. */
    private record Running(WitnessUpstream upstream, Gateway gateway, McpSyncClient agent) implements AutoCloseable {

        static Running start(Path dir, ExecutionRecords mode, Function<Map<String, Object>, String> look)
                throws Exception {
            SigningKey key = SigningKey.generate();
            KeyFiles.writeSigningKey(dir.resolve("charter.key"), key);
            Files.writeString(
                    dir.resolve("trust.txt"),
                    TrustStore.of(List.of(key.publicKey())).toText());
            BundleContent content = BundleContent.builder(
                            Compiler.compile(List.of(new SourceFile("witness.charter", CONSTITUTION)))
                                    .program()
                                    .orElseThrow())
                    .compilerVersion("test")
                    .source("witness.charter", CONSTITUTION)
                    .build();
            Files.write(dir.resolve("witness.bundle"), BundleWriter.write(content, key));
            WitnessUpstream upstream = WitnessUpstream.start(look);
            Gateway gateway = null;
            try {
                ObjectNode config = JSON.createObjectNode();
                config.put("bundle", "witness.bundle")
                        .put("trust", "trust.txt")
                        .put("ledger", "ledger")
                        .put("key", "charter.key")
                        .put("execution_records", mode.keyword());
                config.putObject("upstreams")
                        .putObject("witness")
                        .put("url", upstream.uri().toString());
                config.putObject("http").put("port", 0);
                config.set("server", JSON.readTree(GatewayFixture.serverJson()));
                gateway = Gateway.builder(GatewayConfig.parse(JSON.writeValueAsBytes(config), dir))
                        .log(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                        .start();
                return new Running(
                        upstream, gateway, GatewayFixture.connect(gateway.mcpUri(), GatewayFixture.AGENT_TOKEN));
            } catch (Exception | Error e) {
                if (gateway != null) {
                    gateway.close();
                }
                upstream.close();
                throw e;
            }
        }

        @Override
        public void close() throws Exception {
            agent.close();
            gateway.close();
            upstream.close();
        }
    }

    private static void assertTimesOut(CompletableFuture<?> answer) throws Exception {
        try {
            Object early = answer.get(500, TimeUnit.MILLISECONDS);
            throw new AssertionError("answered before its execution record could be written: " + early);
        } catch (TimeoutException expected) {
            // Still waiting for the ledger, as it should.
        }
    }

    private static String json(McpSchema.CallToolResult result) throws Exception {
        return McpJsonDefaults.getMapper().writeValueAsString(result);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> decisionMeta(McpSchema.CallToolResult result) {
        return (Map<String, Object>) result.meta().get("dev.charter/decision");
    }

    /** The seq of the decision record of the call with {@code nonce}. */
    private static long decisionSeq(Path ledger, String nonce) throws Exception {
        for (LedgerRecord record : LedgerReader.read(ledger).records()) {
            if (record.kind() == RecordKind.DECISION
                    && nonce.equals(JSON.readTree(record.body())
                            .path("request")
                            .path("request")
                            .path("nonce")
                            .asText())) {
                return record.seq();
            }
        }
        throw new AssertionError("no decision record of the call " + nonce);
    }

    private static Optional<JsonNode> execution(Path ledger, long decision) throws Exception {
        for (LedgerRecord record : LedgerReader.read(ledger).records()) {
            JsonNode body = JSON.readTree(record.body());
            if (record.kind() == RecordKind.EXECUTION
                    && body.path("decision").path("seq").asLong() == decision) {
                return Optional.of(body);
            }
        }
        return Optional.empty();
    }

    /** The execution record of {@code decision}, once written, says the run succeeded with {@code result}. */
    private static void assertSucceededWith(Path ledger, long decision, McpSchema.CallToolResult result)
            throws Exception {
        JsonNode execution = awaitExecution(ledger, decision);
        assertTrue(execution.path("success").asBoolean());
        assertEquals(ToolOutcome.digest(json(result)), execution.path("result").asText());
    }

    private static JsonNode awaitExecution(Path ledger, long decision) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            Optional<JsonNode> found = execution(ledger, decision);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no execution record of the decision at seq " + decision);
    }
}
