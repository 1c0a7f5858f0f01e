package dev.charter.gateway;

import static dev.charter.gateway.GatewayFixture.call;
import static dev.charter.gateway.GatewayFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.ledger.RecordKind;
import dev.charter.server.EscalationService;
import dev.charter.server.EscalationView;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway over Streamable HTTP with the SDK's own client as the agent and the demo file
 * server (the SDK's server API) as the upstream, governed by examples/mcp-filesystem: what
 * {@code tools/list} shows, what {@code tools/call} runs, refuses and holds for a reviewer, and
 * what the ledger then holds.
 */
class GatewayHttpTest {

    @TempDir
    static Path dir;

    private static GatewayFixture fixture;
    private static McpSyncClient agent;

    @BeforeAll
    static void start() throws Exception {
        fixture = GatewayFixture.start(dir);
        agent = fixture.client(GatewayFixture.AGENT_TOKEN);
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @Test
    void toolsListShowsOnlyTheToolsTheAgentCanEverUse() {
        List<String> names =
                agent.listTools().tools().stream().map(McpSchema.Tool::name).toList();
        // list_directory falls to `default deny` and move_file is only ever denied: no request of the agent
        // gets through, so neither is listed; reads are permitted and writes escalated.
        assertEquals(List.of("read_text_file", "read_file", "write_file", "create_directory"), names);
        assertEquals(
                List.of("read_text_file", "read_file", "write_file", "create_directory", "list_directory", "move_file"),
                fixture.gateway.tools());
    }

    @Test
    void aPermittedReadReturnsTheFileAndIsRecordedBeforeAndAfterItRan() throws Exception {
        McpSchema.CallToolResult result = call(agent, "read_text_file", Map.of("path", "/data/public/readme.txt"));
        assertFalse(Boolean.TRUE.equals(result.isError()), () -> text(result));
        assertEquals("hello from public", text(result));
        JsonNode decision = lastDecision("read_text_file", "/data/public/readme.txt");
        assertEquals("permit", decision.path("decision").path("decision").asText());
        assertEquals(
                GatewayFixture.AGENT, decision.path("request").path("agent").asText());
        assertFalse(decision.path("request").path("session").asText().isEmpty(), decision::toString);
        JsonNode execution = executionOf(decision);
        assertTrue(execution.path("success").asBoolean(), execution::toString);
        assertTrue(execution.path("result").asText().startsWith("sha256:"), execution::toString);
    }

    @Test
    void aDeniedCallReturnsTheRefusalWithItsRuleAndRunsNothing() throws Exception {
        McpSchema.CallToolResult result =
                call(agent, "read_text_file", Map.of("path", "/data/public/../private/salaries.csv"));
        assertTrue(result.isError());
        assertTrue(text(result).startsWith("NOT EXECUTED: read_text_file was refused by Charter"), () -> text(result));
        assertFalse(text(result).contains("secret"));
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = (Map<String, Object>) result.meta().get("dev.charter/decision");
        assertEquals("deny", structured.get("effect"));
        assertEquals("rule", structured.get("reason_code"));
        assertEquals("no_parent_segments", structured.get("rule"));
        JsonNode decision = lastDecision("read_text_file", "/data/public/../private/salaries.csv");
        assertEquals(
                ((Number) structured.get("seq")).longValue(),
                decision.path("seq").asLong());
        assertTrue(executions().stream()
                .noneMatch(e -> e.path("decision").path("seq").asLong()
                        == decision.path("seq").asLong()));
    }

    @Test
    void aCallOfAHiddenToolIsStillDecidedAndRecorded() throws Exception {
        McpSchema.CallToolResult result = call(agent, "list_directory", Map.of("path", "/data/private"));
        assertTrue(result.isError());
        assertTrue(text(result).startsWith("NOT EXECUTED: list_directory"), () -> text(result));
        assertFalse(text(result).contains("salaries"));
        assertEquals(
                "deny",
                lastDecision("list_directory", "/data/private")
                        .path("decision")
                        .path("decision")
                        .asText());
    }

    @Test
    void anEscalatedWriteWaitsForTheReviewerThenRunsAndTheLedgerHoldsAllThreeRecords() throws Exception {
        Path file = fixture.data.resolve("workspace/approved.md");
        CompletableFuture<McpSchema.CallToolResult> pending = CompletableFuture.supplyAsync(
                () -> call(agent, "write_file", Map.of("path", "/data/workspace/approved.md", "content", "# ok")));
        EscalationView open = awaitOpen("/data/workspace/approved.md");
        assertEquals(GatewayFixture.AGENT, open.agent());
        assertEquals("write_file", open.action());
        assertEquals("workspace-owner", open.route());
        assertEquals(List.of("writes_reviewed"), open.matchedRules());
        assertFalse(pending.isDone());
        assertFalse(Files.exists(file));
        assertEquals(
                200,
                resolve(open.id(), "approve", GatewayFixture.REVIEWER_TOKEN).statusCode());
        McpSchema.CallToolResult result = pending.get(30, TimeUnit.SECONDS);
        assertFalse(Boolean.TRUE.equals(result.isError()), () -> text(result));
        assertEquals("# ok", Files.readString(file));
        JsonNode decision = lastDecision("write_file", "/data/workspace/approved.md");
        assertEquals("escalate", decision.path("decision").path("decision").asText());
        JsonNode resolution = fixture.records(RecordKind.RESOLUTION).stream()
                .filter(r -> r.path("escalation").path("seq").asLong()
                        == decision.path("seq").asLong())
                .findFirst()
                .orElseThrow();
        assertEquals(GatewayFixture.REVIEWER, resolution.path("reviewer").asText(), resolution::toString);
        assertTrue(executionOf(decision).path("success").asBoolean());
    }

    @Test
    void aDeniedEscalationIsARefusalAndLeavesTheFileUntouched() throws Exception {
        Path file = fixture.data.resolve("workspace/denied.md");
        Files.writeString(file, "before");
        CompletableFuture<McpSchema.CallToolResult> pending = CompletableFuture.supplyAsync(
                () -> call(agent, "write_file", Map.of("path", "/data/workspace/denied.md", "content", "after")));
        EscalationView open = awaitOpen("/data/workspace/denied.md");
        assertEquals(
                200, resolve(open.id(), "deny", GatewayFixture.REVIEWER_TOKEN).statusCode());
        McpSchema.CallToolResult result = pending.get(30, TimeUnit.SECONDS);
        assertTrue(result.isError());
        assertTrue(text(result).startsWith("NOT EXECUTED: write_file"), () -> text(result));
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = (Map<String, Object>) result.meta().get("dev.charter/decision");
        assertEquals("escalation_denied", structured.get("reason_code"));
        assertEquals("before", Files.readString(file));
    }

    @Test
    void anEscalationNobodyResolvesTimesOutByTheRoutesTimeout() throws Exception {
        CompletableFuture<McpSchema.CallToolResult> pending = CompletableFuture.supplyAsync(
                () -> call(agent, "create_directory", Map.of("path", "/data/workspace/late")));
        EscalationView open = awaitOpen("/data/workspace/late");
        fixture.clock.advance(Duration.ofMinutes(9));
        fixture.gateway.server().sweep();
        assertFalse(pending.isDone());
        fixture.clock.advance(Duration.ofMinutes(2));
        assertTrue(fixture.gateway.server().sweep() >= 1);
        McpSchema.CallToolResult result = pending.get(30, TimeUnit.SECONDS);
        assertTrue(result.isError());
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = (Map<String, Object>) result.meta().get("dev.charter/decision");
        assertEquals("escalation_timeout", structured.get("reason_code"));
        assertEquals(open.id(), ((Number) structured.get("seq")).longValue());
        assertFalse(Files.exists(fixture.data.resolve("workspace/late")));
    }

    @Test
    void aTokenThatIsNoAgentsCannotConnect() {
        assertThrows(RuntimeException.class, () -> fixture.client("no-such-token"));
        assertThrows(RuntimeException.class, () -> fixture.client(GatewayFixture.REVIEWER_TOKEN));
    }

    @Test
    void eachAgentActsAsItselfInItsOwnSession() throws Exception {
        McpSyncClient other = fixture.client(GatewayFixture.OTHER_TOKEN);
        McpSchema.CallToolResult result = call(other, "read_text_file", Map.of("path", "/data/public/readme.txt"));
        assertFalse(Boolean.TRUE.equals(result.isError()), () -> text(result));
        JsonNode mine = lastDecision("read_text_file", "/data/public/readme.txt");
        assertEquals(GatewayFixture.OTHER, mine.path("request").path("agent").asText());
        call(agent, "read_text_file", Map.of("path", "/data/public/readme.txt"));
        JsonNode theirs = lastDecision("read_text_file", "/data/public/readme.txt");
        assertEquals(GatewayFixture.AGENT, theirs.path("request").path("agent").asText());
        assertNotEquals(
                mine.path("request").path("session").asText(),
                theirs.path("request").path("session").asText());
    }

    private static EscalationView awaitOpen(String path) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (EscalationView view : fixture.gateway.server().escalations().list(EscalationService.Filter.OPEN)) {
                if (path.equals(view.arguments().path("path").asText())) {
                    return view;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no open escalation for " + path);
    }

    private static HttpResponse<String> resolve(long id, String verb, String token) throws Exception {
        URI uri = fixture.gateway.serverUri().resolve("/v1/escalations/" + id + "/" + verb);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri)
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"checked by the test\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The latest decision record of {@code action} on {@code path}, with its seq added. */
    private static JsonNode lastDecision(String action, String path) throws Exception {
        List<JsonNode> decisions = fixture.records(RecordKind.DECISION);
        for (int i = decisions.size() - 1; i >= 0; i--) {
            JsonNode request = decisions.get(i).path("request");
            if (action.equals(request.path("action").asText())
                    && path.equals(request.path("request").path("path").asText())) {
                return decisions.get(i);
            }
        }
        throw new AssertionError("no decision of " + action + " on " + path);
    }

    private static List<JsonNode> executions() throws Exception {
        return fixture.records(RecordKind.EXECUTION);
    }

    private static JsonNode executionOf(JsonNode decision) throws Exception {
        return executions().stream()
                .filter(e -> e.path("decision").path("seq").asLong()
                        == decision.path("seq").asLong())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no execution record of " + decision));
    }
}
