package dev.charter.gateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.runtime.ledger.LedgerVerifier;
import dev.charter.runtime.ledger.RecordKind;
import dev.charter.runtime.ledger.VerificationReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway end to end with parts no one here wrote: the agent is the TypeScript MCP SDK's own
 * client ({@code src/test/e2e/agent.mjs}, Streamable HTTP with a bearer token), the upstream is the
 * reference MCP filesystem server ({@code @modelcontextprotocol/server-filesystem}) over stdio on a
 * temporary directory, and the rules are {@code examples/gateway}'s with {@code /data/} standing for
 * that directory. The agent sees only the tools it may use; a permitted read returns the file; a
 * write through {@code ..} is refused with the refusal text and leaves the file as it was; a write in
 * the workspace waits for the workspace owner, who approves it through the review API, and only then
 * runs. The ledger then holds, in order and linked, the decisions, the resolution and the two
 * execution records, and verifies. Skipped without Node unless {@code CHARTER_REQUIRE_NODE=1}.
 */
class GatewayEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGENT = "files-agent";
    private static final String AGENT_TOKEN = "agent-token-files";
    private static final String REVIEWER = "olga";
    private static final String REVIEWER_TOKEN = "reviewer-token-olga";
    private static final String NOTES = "Quarterly numbers: 42\n";
    private static final String REPORT = "# Report\n\nNumbers checked.\n";
    private static final Duration CALL = Duration.ofSeconds(60);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aTypeScriptAgentReadsIsRefusedAndWritesOnlyOnceApprovedAndTheLedgerLinksItAll(@TempDir Path dir)
            throws Exception {
        NodeProject node = NodeProject.installed();
        Path data = Files.createDirectories(dir.resolve("data"));
        Path notes = Files.createDirectories(data.resolve("public")).resolve("notes.txt");
        Files.writeString(notes, NOTES);
        Path report = Files.createDirectories(data.resolve("workspace")).resolve("report.md");
        Path gatewayDir = Files.createDirectories(dir.resolve("gateway"));
        SigningKey key = SigningKey.generate();
        TrustStore trust = TrustStore.of(List.of(key.publicKey()));
        Path ledger = gatewayDir.resolve("ledger");

        ArrayNode steps = JSON.createArrayNode();
        steps.addObject().put("list", true);
        call(steps, "fs.read_text_file").put("path", notes.toString());
        call(steps, "fs.write_file")
                .put(
                        "path",
                        data.resolve("workspace")
                                .resolve("..")
                                .resolve("public")
                                .resolve("notes.txt")
                                .toString())
                .put("content", "overwritten");
        call(steps, "fs.write_file").put("path", report.toString()).put("content", REPORT);

        long escalation;
        long deniedSeq;
        try (RunningGateway gateway = RunningGateway.start(
                        gatewayDir, data, node.filesystemServer(), key, AGENT_TOKEN, REVIEWER, REVIEWER_TOKEN);
                NodeProcess agent = node.agent(gateway.connectionJson(AGENT_TOKEN), steps.toString())) {
            JsonNode listed = agent.await(n -> n.has("tools"), "listing the tools", CALL);
            Set<String> tools = new TreeSet<>();
            listed.path("tools").forEach(t -> tools.add(t.asText()));
            assertEquals(
                    new TreeSet<>(List.of(
                            "fs.create_directory",
                            "fs.edit_file",
                            "fs.read_file",
                            "fs.read_media_file",
                            "fs.read_text_file",
                            "fs.write_file")),
                    tools,
                    "the agent sees the tools some request of it may use, and no other");

            JsonNode read = agent.await(result(1), "with the read's result", CALL);
            assertFalse(read.path("isError").asBoolean(), read::toString);
            assertEquals(NOTES, read.path("text").asText(), "the permitted read returns the file");

            JsonNode refused = agent.await(result(2), "with the refused write's result", CALL);
            assertTrue(refused.path("isError").asBoolean(), refused::toString);
            assertTrue(
                    refused.path("text")
                            .asText()
                            .startsWith("NOT EXECUTED: fs.write_file was refused by Charter (deny rule, rule"
                                    + " 'no_parent_segments'): a path with `..` can leave the directory it names"),
                    refused::toString);
            assertEquals(NOTES, Files.readString(notes), "the refused write left the file as it was");
            JsonNode decision = refused.path("decision");
            assertEquals("deny", decision.path("effect").asText(), refused::toString);
            assertEquals("rule", decision.path("reason_code").asText());
            assertEquals("no_parent_segments", decision.path("rule").asText());
            deniedSeq = decision.path("seq").asLong();

            agent.await(n -> n.path("step").asInt(-1) == 3 && n.has("started"), "starting the write", CALL);
            JsonNode open = awaitOpenEscalation(gateway.reviewUrl());
            escalation = open.path("id").asLong();
            assertEquals("fs.write_file", open.path("action").asText(), open::toString);
            assertEquals(AGENT, open.path("agent").asText());
            assertEquals("workspace-owner", open.path("route").asText());
            assertFalse(Files.exists(report), "the escalated write has not run while it waits");
            HttpResponse<String> approved = reviewer(
                    gateway.reviewUrl(),
                    "POST",
                    "/v1/escalations/" + escalation + "/approve",
                    "{\"reason\":\"the report belongs in the workspace\"}");
            assertEquals(200, approved.statusCode(), approved::body);

            JsonNode written = agent.await(result(3), "with the approved write's result", CALL);
            assertFalse(written.path("isError").asBoolean(), written::toString);
            assertEquals(REPORT, Files.readString(report), "the approved write ran");
            assertEquals(0, agent.exit(CALL), agent::transcript);
        }

        VerificationReport verified = LedgerVerifier.verify(ledger, trust);
        assertTrue(verified.ok(), verified::toString);
        List<LedgerRecord> records = new ArrayList<>();
        for (LedgerRecord record : LedgerReader.read(ledger).records()) {
            if (record.kind() != RecordKind.KEY) {
                records.add(record);
            }
        }
        assertEquals(
                List.of(
                        "decision permit fs.read_text_file",
                        "execution",
                        "decision deny fs.write_file",
                        "decision escalate fs.write_file",
                        "resolution",
                        "execution"),
                records.stream().map(GatewayEndToEndTest::summary).toList(),
                "the ledger's records, key records aside");
        LedgerRecord permitted = records.get(0);
        LedgerRecord escalated = records.get(3);
        assertEquals(deniedSeq, records.get(2).seq(), "the refusal names its record");
        assertEquals(escalation, escalated.seq(), "the escalation the reviewer approved is the recorded one");
        JsonNode resolution = body(records.get(4));
        assertEquals("approve", resolution.path("outcome").asText());
        assertEquals(REVIEWER, resolution.path("reviewer").asText());
        assertEquals(escalated.seq(), resolution.path("escalation").path("seq").asLong());
        assertEquals(
                escalated.leafHashHex(),
                resolution.path("escalation").path("hash").asText());
        assertExecuted(records.get(1), permitted);
        assertExecuted(records.get(5), escalated);
        for (LedgerRecord decision : List.of(permitted, records.get(2), escalated)) {
            JsonNode request = body(decision).path("request");
            assertEquals(AGENT, request.path("agent").asText(), "the agent is the one the token names");
            assertEquals(
                    body(permitted).path("request").path("session").asText(),
                    request.path("session").asText(),
                    "one MCP session, one session in the ledger");
        }
        assertFalse(body(permitted).path("request").path("session").asText().isEmpty(), "the session is recorded");
    }

    private static ObjectNode call(ArrayNode steps, String tool) {
        ObjectNode step = steps.addObject();
        step.put("call", tool);
        return step.putObject("arguments");
    }

    private static Predicate<JsonNode> result(int step) {
        return n -> n.path("step").asInt(-1) == step && n.has("tool");
    }

    private static JsonNode body(LedgerRecord record) throws Exception {
        return JSON.readTree(record.body());
    }

    private static String summary(LedgerRecord record) {
        try {
            JsonNode body = body(record);
            if (record.kind() != RecordKind.DECISION) {
                return record.kind().label();
            }
            return "decision " + body.path("decision").path("decision").asText() + " "
                    + body.path("request").path("action").asText();
        } catch (Exception e) {
            return record.kind().label() + " (unreadable: " + e.getMessage() + ")";
        }
    }

    /** The execution record names its decision by seq and hash and says the tool succeeded. */
    private static void assertExecuted(LedgerRecord execution, LedgerRecord decision) throws Exception {
        JsonNode body = body(execution);
        assertEquals(decision.seq(), body.path("decision").path("seq").asLong(), body::toString);
        assertEquals(decision.leafHashHex(), body.path("decision").path("hash").asText(), body::toString);
        assertTrue(body.path("success").asBoolean(), body::toString);
        assertTrue(body.path("result").asText().matches("sha256:[0-9a-f]{64}"), body::toString);
    }

    private JsonNode awaitOpenEscalation(URI review) throws Exception {
        long deadline = System.nanoTime() + CALL.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> open = reviewer(review, "GET", "/v1/escalations?state=open", null);
            assertEquals(200, open.statusCode(), open::body);
            JsonNode escalations = JSON.readTree(open.body()).path("escalations");
            if (escalations.size() > 0) {
                assertEquals(1, escalations.size(), escalations::toString);
                return escalations.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no escalation opened within " + CALL);
    }

    private HttpResponse<String> reviewer(URI base, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + REVIEWER_TOKEN)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static byte[] bundle(String name, String source, String tools, SigningKey key) {
        Compilation compilation =
                Compiler.compile(List.of(new SourceFile(name, source), new SourceFile("tools.charter", tools)));
        assertTrue(compilation.program().isPresent(), () -> "the constitution compiles: " + compilation.diagnostics());
        return BundleWriter.write(
                BundleContent.builder(compilation.program().get())
                        .compilerVersion("test")
                        .source(name, source)
                        .source("tools.charter", tools)
                        .build(),
                key);
    }
}
