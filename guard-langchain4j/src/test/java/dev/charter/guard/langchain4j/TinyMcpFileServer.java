package dev.charter.guard.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A small MCP server on stdio (newline-delimited JSON-RPC), started as its own process by the
 * tests so that langchain4j-mcp's real client, transport and tool provider talk to a real
 * server. Two tools: {@code read_file(path)} (an error result for a path ending
 * {@code missing.txt}) and {@code write_file(path, content)}. Every {@code tools/call} it
 * receives is appended to the log file named by its one argument, before it answers: the test
 * reads there which calls reached the server.
 */
public final class TinyMcpFileServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TinyMcpFileServer() {}

    public static void main(String[] args) throws IOException {
        Path log = Path.of(args[0]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode message = JSON.readTree(line);
            if (!message.has("id") || !message.has("method")) {
                continue; // a notification, or a response to nothing we asked
            }
            ObjectNode response = JSON.createObjectNode().put("jsonrpc", "2.0");
            response.set("id", message.get("id"));
            JsonNode params = message.path("params");
            switch (message.get("method").asText()) {
                case "initialize" -> response.set("result", initialize(params));
                case "ping" -> response.putObject("result");
                case "tools/list" -> response.set("result", JSON.readTree(TOOLS));
                case "tools/call" -> response.set("result", call(params, log));
                default ->
                    response.putObject("error")
                            .put("code", -32601)
                            .put(
                                    "message",
                                    "method not found: " + message.get("method").asText());
            }
            out.println(JSON.writeValueAsString(response));
        }
    }

    private static JsonNode initialize(JsonNode params) {
        ObjectNode result = JSON.createObjectNode();
        result.put("protocolVersion", params.path("protocolVersion").asText("2025-06-18"));
        result.putObject("capabilities").putObject("tools");
        result.putObject("serverInfo").put("name", "tiny-files").put("version", "1");
        return result;
    }

    private static JsonNode call(JsonNode params, Path log) throws IOException {
        String tool = params.path("name").asText();
        String path = params.path("arguments").path("path").asText();
        Files.writeString(
                log,
                tool + " " + path + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        boolean missing = path.endsWith("missing.txt");
        String text = switch (tool) {
            case "read_file" -> missing ? "no such file: " + path : "contents of " + path;
            case "write_file" -> "wrote " + path;
            default -> "unknown tool: " + tool;
        };
        ObjectNode result = JSON.createObjectNode();
        result.putArray("content").addObject().put("type", "text").put("text", text);
        result.put("isError", missing || !(tool.equals("read_file") || tool.equals("write_file")));
        return result;
    }

    private static final String TOOLS = """
            {"tools": [
              {"name": "read_file", "description": "Reads a file",
               "inputSchema": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}},
              {"name": "write_file", "description": "Writes a file",
               "inputSchema": {"type": "object",
                               "properties": {"path": {"type": "string"}, "content": {"type": "string"}},
                               "required": ["path", "content"]}}
            ]}
            """;
}
