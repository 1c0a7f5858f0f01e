package dev.charter.guard.springai;

import static dev.charter.guard.springai.ScriptedChatModel.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.guard.GuardOptions;
import dev.charter.guard.ToolGuard;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.LedgerRecord;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.mcp.SyncMcpToolCallbackProvider;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;

/**
 * Spring AI's {@link SyncMcpToolCallbackProvider} over a real MCP client talking stdio to a real
 * MCP server process ({@link WeatherMcpServer}), guarded by Charter and driven by a real
 * {@link ChatClient}: a permitted call reaches the server, a refused one never does.
 */
class SyncMcpToolCallbackProviderGuardTest {

    @TempDir
    static Path dir;

    private static Path served;
    private static McpSyncClient client;
    private static LedgerEngine ledger;
    private static ToolCallbackProvider guarded;

    @BeforeAll
    static void startServer() throws Exception {
        served = dir.resolve("served.txt");
        Files.createFile(served);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ServerParameters server = ServerParameters.builder(java)
                .args("-cp", System.getProperty("java.class.path"), WeatherMcpServer.class.getName(), served.toString())
                .build();
        client = McpClient.sync(new StdioClientTransport(server, McpJsonDefaults.getMapper()))
                .requestTimeout(Duration.ofSeconds(30))
                .initializationTimeout(Duration.ofSeconds(60))
                .build();
        client.initialize();
        ledger = LedgerEngine.open(
                SupportConstitution.engine(), dir.resolve("ledger"), SigningKey.generate(), LedgerOptions.defaults());
        guarded = CharterTools.guardedBy(ToolGuard.recording(ledger, GuardOptions.defaults()))
                .withAgent("support-bot")
                .guard(SyncMcpToolCallbackProvider.builder().mcpClients(client).build());
    }

    @AfterAll
    static void stopServer() throws Exception {
        client.closeGracefully();
        ledger.close();
    }

    @Test
    void theServersToolsAreListedAndEachIsGuarded() {
        ToolCallback[] tools = guarded.getToolCallbacks();

        assertEquals(
                List.of("get_weather", "send_email"),
                Arrays.stream(tools)
                        .map(t -> t.getToolDefinition().name())
                        .sorted()
                        .toList());
        assertTrue(Arrays.stream(tools).allMatch(CharterToolCallback.class::isInstance));
    }

    @Test
    void aPermittedCallReachesTheServerAndARefusedOneNeverDoes() throws Exception {
        ScriptedChatModel model = ScriptedChatModel.requesting(
                call("get_weather", "{\"city\":\"Lisbon\"}"),
                call("send_email", "{\"to\":\"press@elsewhere.org\",\"body\":\"our numbers\"}"));
        long before = LedgerReader.read(dir.resolve("ledger")).records().size();

        String answer = ChatClient.create(model)
                .prompt("Weather in Lisbon, and tell the press.")
                .toolCallbacks(guarded)
                .call()
                .content();

        List<String> reached = Files.readAllLines(served);
        assertEquals(
                1, reached.stream().filter(l -> l.startsWith("get_weather")).count(), reached.toString());
        assertFalse(
                reached.stream().anyMatch(l -> l.startsWith("send_email")),
                "the refused call never reached the server");
        assertTrue(answer.contains("sunny in Lisbon"), answer);
        assertTrue(answer.contains("send_email: NOT EXECUTED: send_email was refused by Charter"), answer);
        List<LedgerRecord> records = LedgerReader.read(dir.resolve("ledger")).records();
        List<LedgerRecord> added = records.subList((int) before, records.size());
        assertEquals(
                1,
                added.stream()
                        .filter(r -> r.body().contains("\"rule\":\"weather\""))
                        .count());
        assertEquals(
                1,
                added.stream()
                        .filter(r -> r.body().contains("\"rule\":\"external_mail\""))
                        .count());
        assertEquals(
                1,
                added.stream().filter(r -> r.kind().label().equals("execution")).count(),
                "the permitted call's execution");
    }
}
