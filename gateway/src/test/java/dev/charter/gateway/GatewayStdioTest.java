package dev.charter.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.gateway.demo.DemoFilesystem;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stdio downstream, spoken to as a desktop client does: JSON-RPC messages one per line on
 * the gateway's standard input, answers on its standard output, every call as the configured
 * agent. Every line the gateway writes there is a JSON-RPC message (its log goes elsewhere), and
 * the client closing standard input ends it.
 */
class GatewayStdioTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aDesktopClientOverStdioListsItsToolsAndCallsThemAsTheConfiguredAgent() throws Exception {
        GatewayFixture.writeBundle(dir);
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("public"));
        Files.writeString(data.resolve("public/notes.txt"), "over stdio\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (DemoFilesystem upstream = DemoFilesystem.start(data, 0);
                ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
                Socket stdio = listener.accept()) {
            String config = "{\"bundle\": \"filesystem.bundle\", \"trust\": \"trust.txt\", \"ledger\": \"ledger\","
                    + " \"key\": \"charter.key\","
                    + " \"upstreams\": {\"fs\": {\"url\": \"" + upstream.uri() + "\", \"action_prefix\": \"\"}},"
                    + " \"stdio\": {\"agent\": \"desktop\"},"
                    + " \"server\": " + GatewayFixture.serverJson() + "}";
            Gateway gateway = Gateway.builder(GatewayConfig.parse(config.getBytes(StandardCharsets.UTF_8), dir))
                    .stdio(stdio.getInputStream(), stdio.getOutputStream())
                    .log(new PrintStream(log, true, StandardCharsets.UTF_8))
                    .start();
            try {
                OutputStream in = client.getOutputStream();
                BufferedReader out =
                        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                List<String> lines = new ArrayList<>();
                send(
                        in,
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"desktop\",\"version\":\"1\"}}}");
                JsonNode initialized = answer(out, 1, lines);
                assertEquals(
                        "charter-gateway",
                        initialized
                                .path("result")
                                .path("serverInfo")
                                .path("name")
                                .asText());
                send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
                send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
                List<String> tools = new ArrayList<>();
                answer(out, 2, lines)
                        .path("result")
                        .path("tools")
                        .forEach(t -> tools.add(t.path("name").asText()));
                assertEquals(List.of("read_text_file", "read_file", "write_file", "create_directory"), tools);
                send(
                        in,
                        "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":"
                                + "\"read_text_file\",\"arguments\":{\"path\":\"/data/public/notes.txt\"}}}");
                JsonNode read = answer(out, 3, lines).path("result");
                assertFalse(read.path("isError").asBoolean(), read::toString);
                assertEquals(
                        "over stdio", read.path("content").path(0).path("text").asText());
                send(
                        in,
                        "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":"
                                + "\"move_file\",\"arguments\":{\"source\":\"/data/public/notes.txt\","
                                + "\"destination\":\"/tmp/notes.txt\"}}}");
                JsonNode moved = answer(out, 4, lines).path("result");
                assertTrue(moved.path("isError").asBoolean(), moved::toString);
                assertEquals(
                        "move_out_of_workspace",
                        moved.path("_meta")
                                .path("dev.charter/decision")
                                .path("rule")
                                .asText());
                assertTrue(Files.exists(data.resolve("public/notes.txt")));
                for (String line : lines) {
                    assertEquals("2.0", JSON.readTree(line).path("jsonrpc").asText(), line);
                }
                assertTrue(
                        log.toString(StandardCharsets.UTF_8).contains("desktop read_text_file permitted"),
                        log::toString);
                client.shutdownOutput();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!gateway.stdinClosed() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertTrue(gateway.stdinClosed());
                gateway.join();
            } finally {
                gateway.close();
            }
        }
    }

    private static void send(OutputStream in, String message) throws Exception {
        in.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** The answer to request {@code id}; every line read on the way is kept. */
    private static JsonNode answer(BufferedReader out, int id, List<String> lines) throws Exception {
        while (true) {
            String line = out.readLine();
            if (line == null) {
                throw new AssertionError("the gateway closed its output before answering " + id);
            }
            lines.add(line);
            JsonNode message = JSON.readTree(line);
            if (message.path("id").asInt(-1) == id) {
                return message;
            }
        }
    }
}
