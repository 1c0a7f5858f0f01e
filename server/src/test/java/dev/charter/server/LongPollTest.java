package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Long-polls hold no thread: more waiting agents than the pool has threads, and decisions still flow. */
class LongPollTest extends ServerPerTest {

    @Test
    void moreWaitersThanThreadsDoNotStopDecisionsAndAllLearnOfTheResolution() throws Exception {
        long id = ServerFixture.json(fixture.decide(ServerFixture.request(1)))
                .get("seq")
                .asLong();
        int waiters = CharterServer.MAX_THREADS * 2;
        HttpClient client = HttpClient.newBuilder()
                .executor(java.util.concurrent.Executors.newFixedThreadPool(4))
                .build();
        List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
        for (int i = 0; i < waiters; i++) {
            waiting.add(client.sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fixture.server.port() + "/v1/escalations/"
                                    + id + "/wait?timeout=60s"))
                            .timeout(Duration.ofSeconds(90))
                            .header("Authorization", "Bearer " + ServerFixture.AGENT_TOKEN)
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(1_000);

        assertEquals(200, fixture.decide(ServerFixture.request(2)).statusCode());
        HttpResponse<String> approved = fixture.send(
                "POST", "/v1/escalations/" + id + "/approve", ServerFixture.MARIA_TOKEN, "{\"reason\":\"ok\"}");
        assertEquals(200, approved.statusCode(), approved.body());
        for (CompletableFuture<HttpResponse<String>> wait : waiting) {
            HttpResponse<String> response = wait.get(30, TimeUnit.SECONDS);
            assertEquals("permit", ServerFixture.json(response).get("decision").asText());
        }
    }
}
