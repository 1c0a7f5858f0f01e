package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.LedgerContents;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server killed with SIGKILL under load, 50 times: two clients keep asking for decisions
 * (permits, escalations and denies) and log every {@code seq} they got a 200 for, with its
 * decision. After each restart the ledger verifies and every acknowledged seq is in it with the
 * same decision: an answer is only given once its record is durable. And escalations open when
 * the server died are open after the restart, and still time out.
 */
class KillNineTest {

    private static final String SEED = "07".repeat(SigningKey.SEED_SIZE);
    private static final int KILLS = 50;
    private static final List<Integer> REQUESTS = List.of(1, 2, 4, 2);

    private static TrustStore prepare(Path dir, String timeouts) throws Exception {
        SigningKey key = SigningKey.fromSeed(HexFormat.of().parseHex(SEED));
        Files.write(dir.resolve("bundle.cbundle"), ServerFixture.bundle(ServerFixture.source(), key));
        Files.copy(ServerFixture.EXAMPLE.resolve("facts.json"), dir.resolve("facts.json"));
        Files.writeString(
                dir.resolve("server.json"),
                ServerFixture.configJson().replace("{\"senior_ops\":\"PT15M\",\"*\":\"PT1H\"}", timeouts));
        return TrustStore.of(List.of(key.publicKey()));
    }

    @Test
    void fiftyKillsUnderLoadLoseNoAcknowledgedDecision(@TempDir Path dir) throws Exception {
        TrustStore trust = prepare(dir, "{\"senior_ops\":\"PT15M\",\"*\":\"PT1H\"}");
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        List<String> requests = new ArrayList<>();
        for (int n : REQUESTS) {
            requests.add(ServerFixture.request(n));
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int run = 0; run < KILLS; run++) {
            ServerProcess server = ServerProcess.start(dir, SEED);
            check(dir, trust, acknowledged, run);
            int before = acknowledged.size();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                int client = c;
                Thread thread = new Thread(() -> load(http, server.port(), requests, client, stop, acknowledged));
                thread.start();
                clients.add(thread);
            }
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            int wanted = 20 + ThreadLocalRandom.current().nextInt(200);
            while (acknowledged.size() - before < wanted && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            server.killNine();
            stop.set(true);
            for (Thread thread : clients) {
                thread.join(10_000);
            }
        }
        try (ServerProcess server = ServerProcess.start(dir, SEED)) {
            check(dir, trust, acknowledged, KILLS);
        }
        assertTrue(acknowledged.size() > KILLS * 20, "the load was real: " + acknowledged.size() + " acknowledged");
        System.out.printf("KillNineTest: %d kills, %d acknowledged decisions, 0 lost%n", KILLS, acknowledged.size());
    }

    /** Asks for decisions until stopped, logging each acknowledged seq with its decision. */
    private static void load(
            HttpClient http, int port, List<String> requests, int client, AtomicBoolean stop, Map<Long, String> log) {
        int i = client;
        while (!stop.get()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/decide"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + ServerFixture.AGENT_TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(requests.get(i++ % requests.size())))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    JsonNode decision = ServerFixture.JSON.readTree(response.body());
                    log.put(
                            decision.path("seq").asLong(),
                            decision.path("decision").asText());
                }
            } catch (java.io.IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The ledger verifies, and every acknowledged seq is a decision record with the acknowledged decision. */
    private static void check(Path dir, TrustStore trust, Map<Long, String> acknowledged, int run) throws Exception {
        Path ledger = dir.resolve("ledger");
        VerificationReport report = LedgerVerifier.verify(ledger, trust);
        assertTrue(report.ok(), () -> "after kill " + run + ", ledger verify: " + report);
        LedgerContents contents = LedgerReader.read(ledger);
        Set<Long> lost = acknowledged.entrySet().stream()
                .filter(ack -> !contents.record(ack.getKey())
                        .filter(r -> r.kind() == RecordKind.DECISION)
                        .map(KillNineTest::effect)
                        .orElse("")
                        .equals(ack.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertEquals(Set.of(), lost, () -> "after kill " + run + ", acknowledged but lost or changed");
    }

    private static String effect(LedgerRecord record) {
        try {
            return ServerFixture.JSON
                    .readTree(record.body())
                    .path("decision")
                    .path("decision")
                    .asText();
        } catch (java.io.IOException e) {
            return "unreadable";
        }
    }

    @Test
    void escalationsOpenWhenKilledAreOpenAfterTheRestartAndStillTimeOut(@TempDir Path dir) throws Exception {
        TrustStore trust = prepare(dir, "{\"senior_ops\":\"PT6S\",\"*\":\"PT1H\"}");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> opened = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(dir, SEED)) {
            for (int i = 0; i < 3; i++) {
                JsonNode decision = ServerFixture.JSON.readTree(send(
                                http,
                                server.port(),
                                "POST",
                                "/v1/decide",
                                ServerFixture.AGENT_TOKEN,
                                ServerFixture.request(1))
                        .body());
                assertEquals("escalate", decision.path("decision").asText(), decision.toString());
                opened.add(decision.path("seq").asLong());
            }
            server.killNine();
        }
        try (ServerProcess server = ServerProcess.start(dir, SEED)) {
            assertEquals(opened, ids(http, server.port(), "open"), "still open after the restart");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!ids(http, server.port(), "open").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            JsonNode all = ServerFixture.JSON.readTree(
                    send(http, server.port(), "GET", "/v1/escalations?state=resolved", ServerFixture.MARIA_TOKEN, null)
                            .body());
            assertEquals(3, all.path("escalations").size(), all.toString());
            all.path("escalations").forEach(view -> {
                assertEquals("timed_out", view.path("state").asText());
                assertEquals("escalation_timeout", view.path("reason_code").asText());
            });
        }
        assertTrue(LedgerVerifier.verify(dir.resolve("ledger"), trust).ok());
        long timeouts = LedgerReader.read(dir.resolve("ledger")).records().stream()
                .filter(r -> r.kind() == RecordKind.RESOLUTION && r.body().contains("\"outcome\":\"timeout\""))
                .count();
        assertEquals(3, timeouts, "one timeout resolution record per escalation");
    }

    private static List<Long> ids(HttpClient http, int port, String state) throws Exception {
        JsonNode list = ServerFixture.JSON.readTree(
                send(http, port, "GET", "/v1/escalations?state=" + state, ServerFixture.MARIA_TOKEN, null)
                        .body());
        List<Long> ids = new ArrayList<>();
        list.path("escalations").forEach(view -> ids.add(view.path("id").asLong()));
        ids.sort(null);
        return ids;
    }

    private static HttpResponse<String> send(
            HttpClient http, int port, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
