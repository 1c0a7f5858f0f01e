package dev.charter.guard.langchain4j;

import static dev.charter.guard.langchain4j.ScriptedChatModel.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.guard.ActionNaming;
import dev.charter.guard.ToolGuard;
import dev.charter.guard.ToolOutcome;
import dev.charter.runtime.ledger.Execution;
import dev.langchain4j.mcp.McpToolProvider;
import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.transport.stdio.StdioMcpTransport;
import dev.langchain4j.service.AiServices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * langchain4j-mcp 1.11.0-beta19's real client, stdio transport and {@link McpToolProvider},
 * talking to {@link TinyMcpFileServer} in its own process, with every MCP tool guarded through
 * {@code McpToolProvider.builder().toolWrapper(charter.toolWrapper())} and decided as
 * {@code fs.<tool>}.
 */
class GuardedMcpToolsTest {

    interface Assistant {
        String chat(String message);
    }

    @TempDir
    Path dir;

    GuardedLedger ledger;
    McpClient client;
    Path serverLog;

    @BeforeEach
    void startServer() {
        ledger = GuardedLedger.open(dir.resolve("ledger"));
        serverLog = dir.resolve("server-calls.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        client = DefaultMcpClient.builder()
                .key("fs")
                .transport(StdioMcpTransport.builder()
                        .command(List.of(
                                java,
                                "-cp",
                                System.getProperty("java.class.path"),
                                TinyMcpFileServer.class.getName(),
                                serverLog.toString()))
                        .build())
                .initializationTimeout(Duration.ofSeconds(60))
                .toolExecutionTimeout(Duration.ofSeconds(30))
                .autoHealthCheck(false)
                .build();
    }

    @AfterEach
    void stopServer() throws Exception {
        client.close();
        ledger.close();
    }

    private ScriptedChatModel chat(ScriptedChatModel model) {
        ToolGuard guard =
                ToolGuard.recording(ledger.ledger, GuardedLedger.OPTIONS.withNaming(ActionNaming.prefixed("fs")));
        CharterTools charter =
                CharterTools.builder(guard).agent(GuardedLedger.AGENT).build();
        McpToolProvider tools = McpToolProvider.builder()
                .mcpClients(client)
                .toolWrapper(charter.toolWrapper())
                .build();
        AiServices.builder(Assistant.class)
                .chatModel(model)
                .toolProvider(tools)
                .build()
                .chat("go");
        return model;
    }

    private List<String> callsTheServerReceived() throws IOException {
        return Files.exists(serverLog) ? Files.readAllLines(serverLog, StandardCharsets.UTF_8) : List.of();
    }

    @Test
    void onlyPermittedCallsReachTheMcpServer() throws Exception {
        ScriptedChatModel model = chat(ScriptedChatModel.calling(
                call("c1", "read_file", "{\"path\":\"/data/public/a.txt\"}"),
                call("c2", "write_file", "{\"path\":\"/data/public/a.txt\",\"content\":\"x\"}")));

        assertEquals(List.of("read_file /data/public/a.txt"), callsTheServerReceived());
        assertEquals(List.of("read_file", "write_file"), model.toolsOffered());
        assertEquals("contents of /data/public/a.txt", model.resultOf("c1").text());
        String refusal = model.resultOf("c2").text();
        assertTrue(
                refusal.startsWith(
                        "NOT EXECUTED: write_file was refused by Charter (deny rule, rule 'read_only_files'): "
                                + "the file server is read-only for the assistant."),
                refusal);
        List<JsonNode> decisions = ledger.decisions();
        assertEquals(
                List.of("fs.read_file permit", "fs.write_file deny"),
                decisions.stream()
                        .map(d -> d.at("/request/action").asText() + " "
                                + d.at("/decision/decision").asText())
                        .toList());
        Map<Long, Execution> executions = ledger.executions();
        assertEquals(Set.of(ledger.decisionSeqs().get(0)), executions.keySet());
        assertEquals(
                ToolOutcome.digest("contents of /data/public/a.txt"),
                executions.values().iterator().next().resultDigest());
    }

    @Test
    void anMcpErrorResultIsRecordedAsAFailedExecution() throws Exception {
        ScriptedChatModel model =
                chat(ScriptedChatModel.calling(call("c1", "read_file", "{\"path\":\"/data/public/missing.txt\"}")));

        assertEquals(List.of("read_file /data/public/missing.txt"), callsTheServerReceived());
        assertEquals(Boolean.TRUE, model.resultOf("c1").isError());
        assertTrue(
                model.resultOf("c1").text().contains("no such file: /data/public/missing.txt"),
                model.resultOf("c1").text());
        Execution execution = ledger.executions().get(ledger.decisionSeqs().get(0));
        assertFalse(execution.success());
        assertTrue(execution.detail().contains("no such file: /data/public/missing.txt"), execution.detail());
    }

    @Test
    void aCallTheDefaultDeniesNeverReachesTheServer() throws Exception {
        ScriptedChatModel model =
                chat(ScriptedChatModel.calling(call("c1", "read_file", "{\"path\":\"/etc/passwd\"}")));

        assertEquals(List.of(), callsTheServerReceived());
        assertTrue(
                model.resultOf("c1").text().startsWith("NOT EXECUTED: read_file was refused by Charter (deny "),
                model.resultOf("c1").text());
    }
}
