package dev.charter.gateway;

import static dev.charter.gateway.GatewayFixture.call;
import static dev.charter.gateway.GatewayFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.ledger.RecordKind;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History rules through the gateway: each MCP session is the request's {@code session}, and the
 * gateway decides over the ledger's history, so a taint rule ({@code exists(..., same session)})
 * and a rate limit ({@code count(..., same session, within 1 hour)}) hold per MCP session.
 * A private file is read with {@code read_file}, a public one with {@code read_text_file}: a
 * history term selects earlier decisions by their action, not by their arguments.
 */
class GatewayHistoryTest {

    private static final String CONSTITUTION = """
            constitution "mcp-filesystem-history" version 1 { timezone "UTC" }

            rule reads_per_session:
              deny read_text_file
              when count(permitted read_text_file, same session, within 1 hour) >= 2
              priority 10
              because "a session reads at most two public files an hour";

            rule public_reads:
              permit read_text_file
              when request.path starts_with "/data/public/"
              because "files under /data/public may be read";

            rule private_reads:
              permit read_file
              when request.path starts_with "/data/private/"
              because "files under /data/private may be read, which taints the session";

            rule no_writes_after_private_read:
              deny write_file
              when exists(permitted read_file, same session)
              priority 10
              because "a session that read a private file writes nothing";

            rule workspace_writes:
              permit write_file
              when request.path starts_with "/data/workspace/"
              because "files under /data/workspace may be written";

            default deny;
            """;

    @TempDir
    Path dir;

    private GatewayFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = GatewayFixture.start(dir, rules -> CONSTITUTION);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void aWriteIsRefusedOnlyInTheSessionThatReadAPrivateFile() throws Exception {
        McpSyncClient tainted = fixture.client(GatewayFixture.AGENT_TOKEN);
        McpSchema.CallToolResult read = call(tainted, "read_file", Map.of("path", "/data/private/salaries.csv"));
        assertFalse(Boolean.TRUE.equals(read.isError()), () -> text(read));
        assertEquals("secret", text(read).strip());

        Map<String, Object> arguments = Map.of("path", "/data/workspace/notes.md", "content", "salaries");
        McpSchema.CallToolResult refused = call(tainted, "write_file", arguments);
        assertTrue(refused.isError(), () -> text(refused));
        assertTrue(text(refused).startsWith("NOT EXECUTED: write_file"), () -> text(refused));
        Map<String, Object> structured = charterMeta(refused);
        assertEquals("deny", structured.get("effect"));
        assertEquals("rule", structured.get("reason_code"));
        assertEquals("no_writes_after_private_read", structured.get("rule"));
        assertFalse(Files.exists(fixture.data.resolve("workspace/notes.md")));

        McpSyncClient fresh = fixture.client(GatewayFixture.AGENT_TOKEN);
        McpSchema.CallToolResult written = call(fresh, "write_file", arguments);
        assertFalse(Boolean.TRUE.equals(written.isError()), () -> text(written));
        assertEquals("salaries", Files.readString(fixture.data.resolve("workspace/notes.md")));

        List<JsonNode> writes = decisions("write_file");
        assertEquals(2, writes.size(), writes::toString);
        JsonNode denied = writes.get(0);
        assertEquals("deny", denied.path("decision").path("decision").asText(), denied::toString);
        assertEquals(
                "no_writes_after_private_read",
                denied.path("decision").path("rule").asText());
        assertEquals(
                ((Number) structured.get("seq")).longValue(), denied.path("seq").asLong());
        JsonNode permitted = writes.get(1);
        assertEquals("permit", permitted.path("decision").path("decision").asText(), permitted::toString);
        assertEquals("workspace_writes", permitted.path("decision").path("rule").asText());
        String taintedSession =
                decisions("read_file").get(0).path("request").path("session").asText();
        assertEquals(taintedSession, denied.path("request").path("session").asText());
        assertNotEquals(
                taintedSession, permitted.path("request").path("session").asText());
        assertEquals("true", historyValue(denied, "exists(permitted read_file, same session)"));
        assertEquals("false", historyValue(permitted, "exists(permitted read_file, same session)"));
    }

    @Test
    void theThirdReadOfASessionIsRefusedAndAnotherSessionStillReads() throws Exception {
        McpSyncClient first = fixture.client(GatewayFixture.AGENT_TOKEN);
        Map<String, Object> readme = Map.of("path", "/data/public/readme.txt");
        for (int i = 0; i < 2; i++) {
            McpSchema.CallToolResult read = call(first, "read_text_file", readme);
            assertFalse(Boolean.TRUE.equals(read.isError()), () -> text(read));
            assertEquals("hello from public", text(read).strip());
        }
        McpSchema.CallToolResult third = call(first, "read_text_file", readme);
        assertTrue(third.isError(), () -> text(third));
        assertFalse(text(third).contains("hello from public"));
        Map<String, Object> structured = charterMeta(third);
        assertEquals("deny", structured.get("effect"));
        assertEquals("reads_per_session", structured.get("rule"));

        McpSyncClient second = fixture.client(GatewayFixture.AGENT_TOKEN);
        McpSchema.CallToolResult other = call(second, "read_text_file", readme);
        assertFalse(Boolean.TRUE.equals(other.isError()), () -> text(other));

        List<JsonNode> reads = decisions("read_text_file");
        assertEquals(
                List.of("permit", "permit", "deny", "permit"),
                reads.stream()
                        .map(d -> d.path("decision").path("decision").asText())
                        .toList(),
                reads::toString);
        JsonNode refused = reads.get(2);
        assertEquals("reads_per_session", refused.path("decision").path("rule").asText());
        assertEquals(
                ((Number) structured.get("seq")).longValue(),
                refused.path("seq").asLong());
        String firstSession = reads.get(0).path("request").path("session").asText();
        assertEquals(firstSession, refused.path("request").path("session").asText());
        assertNotEquals(
                firstSession, reads.get(3).path("request").path("session").asText());
        assertEquals("2", historyValue(refused, "count(permitted read_text_file, same session, within 1 hour)"));
        assertEquals("0", historyValue(reads.get(3), "count(permitted read_text_file, same session, within 1 hour)"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> charterMeta(McpSchema.CallToolResult result) {
        return (Map<String, Object>) result.meta().get("dev.charter/decision");
    }

    /** The value the decision's trace gives the history term {@code term}. */
    private static String historyValue(JsonNode decision, String term) {
        for (JsonNode read : decision.path("decision").path("trace").path("history")) {
            if (term.equals(read.path("term").asText())) {
                return read.path("value").asText();
            }
        }
        throw new AssertionError("no history term " + term + " in " + decision);
    }

    /** The decision records of {@code action}, in ledger order, each with its seq. */
    private List<JsonNode> decisions(String action) throws Exception {
        return fixture.records(RecordKind.DECISION).stream()
                .filter(d -> action.equals(d.path("request").path("action").asText()))
                .toList();
    }
}
