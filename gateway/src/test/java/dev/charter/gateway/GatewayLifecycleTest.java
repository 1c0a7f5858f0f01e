package dev.charter.gateway;

import static dev.charter.gateway.GatewayFixture.call;
import static dev.charter.gateway.GatewayFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.gateway.demo.DemoFilesystem;
import dev.charter.runtime.keys.KeyFiles;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting, refusing to start, and a new bundle: the catalog must be unambiguous, every upstream
 * reachable, tools of actions the constitution does not declare are hidden and refused, and a
 * bundle swapped in through the server's API changes which tools are listed.
 */
class GatewayLifecycleTest {

    @TempDir
    Path dir;

    private Gateway start(String upstreams) throws Exception {
        String config = "{\"bundle\": \"filesystem.bundle\", \"trust\": \"trust.txt\", \"ledger\": \"ledger\","
                + " \"key\": \"charter.key\", \"upstreams\": " + upstreams + ", \"http\": {\"port\": 0},"
                + " \"server\": " + GatewayFixture.serverJson() + "}";
        return Gateway.builder(GatewayConfig.parse(config.getBytes(StandardCharsets.UTF_8), dir))
                .log(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .start();
    }

    @Test
    void twoUpstreamToolsNamedAsOneActionStopTheGatewayNamingBoth() throws Exception {
        GatewayFixture.writeBundle(dir);
        try (DemoFilesystem upstream = DemoFilesystem.start(dir.resolve("data"), 0)) {
            String one = "{\"url\": \"" + upstream.uri() + "\", \"action_prefix\": \"\"}";
            GatewayException refused =
                    assertThrows(GatewayException.class, () -> start("{\"a\": " + one + ", \"b\": " + one + "}"));
            assertTrue(
                    refused.getMessage()
                            .startsWith("two upstream tools are named read_text_file as actions:"
                                    + " 'read_text_file' of a and 'read_text_file' of b"),
                    refused::getMessage);
            // What was started is stopped again: the ledger can be opened by the next start.
            start("{\"a\": " + one + "}").close();
        }
    }

    @Test
    void anUpstreamThatCannotBeReachedStopsTheGatewayWithItsName() throws Exception {
        GatewayFixture.writeBundle(dir);
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        GatewayException refused = assertThrows(
                GatewayException.class, () -> start("{\"gone\": {\"url\": \"http://127.0.0.1:" + closed + "/mcp\"}}"));
        assertTrue(
                refused.getMessage().startsWith("upstream 'gone' could not be started or reached"),
                refused::getMessage);
    }

    @Test
    void toolsWhoseActionsTheConstitutionDoesNotDeclareAreHiddenAndRefused() throws Exception {
        GatewayFixture.writeBundle(dir);
        try (DemoFilesystem upstream = DemoFilesystem.start(dir.resolve("data"), 0);
                Gateway gateway = start("{\"fs\": {\"url\": \"" + upstream.uri() + "\"}}");
                McpSyncClient agent = GatewayFixture.connect(gateway.mcpUri(), GatewayFixture.AGENT_TOKEN)) {
            assertEquals("fs.read_text_file", gateway.tools().get(0));
            assertEquals(List.of(), agent.listTools().tools());
            McpSchema.CallToolResult result = call(agent, "fs.read_text_file", Map.of("path", "/data/public/x"));
            assertTrue(result.isError());
            @SuppressWarnings("unchecked")
            Map<String, Object> structured = (Map<String, Object>) result.meta().get("dev.charter/decision");
            assertEquals("unknown_action", structured.get("reason_code"), () -> text(result));
        }
    }

    @Test
    void aBundleSwappedInThroughTheApiChangesWhichToolsAreListed() throws Exception {
        GatewayFixture.writeBundle(dir);
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("public"));
        try (DemoFilesystem upstream = DemoFilesystem.start(data, 0);
                Gateway gateway = start("{\"fs\": {\"url\": \"" + upstream.uri() + "\", \"action_prefix\": \"\"}}");
                McpSyncClient agent = GatewayFixture.connect(gateway.mcpUri(), GatewayFixture.AGENT_TOKEN)) {
            assertFalse(names(agent).contains("list_directory"));
            byte[] next = GatewayFixture.bundle(
                    KeyFiles.readSigningKey(dir.resolve("charter.key")),
                    rules -> rules.replace("version 1", "version 2").replace("default deny;", """
                            rule public_listing:
                              permit list_directory
                              when request.path starts_with "/data/public"
                              because "the public directory may be listed";

                            default deny;
                            """));
            HttpResponse<String> swapped = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(gateway.serverUri().resolve("/v1/bundle"))
                                    .header("Authorization", "Bearer " + GatewayFixture.OPERATOR_TOKEN)
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofByteArray(next))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, swapped.statusCode(), swapped::body);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!names(agent).contains("list_directory") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(names(agent).contains("list_directory"));
            McpSchema.CallToolResult listed = call(agent, "list_directory", Map.of("path", "/data/public"));
            assertFalse(Boolean.TRUE.equals(listed.isError()), () -> text(listed));
        }
    }

    private static List<String> names(McpSyncClient agent) {
        return agent.listTools().tools().stream().map(McpSchema.Tool::name).toList();
    }
}
