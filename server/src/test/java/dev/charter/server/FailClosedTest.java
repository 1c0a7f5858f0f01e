package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bodies the server refuses: a JSON error, never a decision, never a PERMIT. */
class FailClosedTest extends ServerPerTest {

    private void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, ServerFixture.json(response).get("error").asText());
        assertFalse(response.body().contains("\"permit\""));
        assertFalse(response.body().contains("Exception"), "no stack trace or exception name: " + response.body());
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String padded =
                ServerFixture.request(2).replace("\"chain\"", "\"pad\":\"" + "x".repeat(70_000) + "\",\"chain\"");

        assertError(fixture.decide(padded), 413, "body_too_large");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        byte[] big = ("[" + "1,".repeat(40_000) + "1]").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + fixture.server.port() + "/v1/decide"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + ServerFixture.AGENT_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                .build();

        assertError(fixture.http.send(request, HttpResponse.BodyHandlers.ofString()), 413, "body_too_large");
    }

    @Test
    void aBodyThatIsNotJsonIs400() throws Exception {
        assertError(fixture.decide("permit please"), 400, "invalid_json");
    }

    @Test
    void aBodyNestedDeeperThanTheLimitIs400() throws Exception {
        String deep = "{\"requests\":" + "[".repeat(40) + "]".repeat(40) + "}";

        assertError(fixture.decide(deep), 400, "too_deep");
    }

    @Test
    void aBodyThatIsNotUtf8Is400() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + fixture.server.port() + "/v1/decide"))
                .header("Authorization", "Bearer " + ServerFixture.AGENT_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}))
                .build();

        assertError(fixture.http.send(request, HttpResponse.BodyHandlers.ofString()), 400, "invalid_utf8");
    }

    @Test
    void aFormBodyIs415() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + fixture.server.port() + "/v1/decide"))
                .header("Authorization", "Bearer " + ServerFixture.AGENT_TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(ServerFixture.request(2)))
                .build();

        assertError(fixture.http.send(request, HttpResponse.BodyHandlers.ofString()), 415, "unsupported_media_type");
    }

    @Test
    void aMemberGivenTwiceIs400() throws Exception {
        assertError(fixture.decide("{\"agent\":\"lending-agent-v2\",\"agent\":\"x\"}"), 400, "invalid_json");
    }

    @Test
    void anEmptyBatchIs400() throws Exception {
        assertError(fixture.decide("{\"requests\":[]}"), 400, "bad_batch");
    }

    @Test
    void aJsonValueThatIsNotAnObjectIs400() throws Exception {
        assertError(fixture.decide("[1,2]"), 400, "not_a_request");
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() throws Exception {
        assertError(fixture.send("GET", "/nothing", null, null), 404, "not_found");
        assertError(fixture.send("GET", "/v1/decide", ServerFixture.AGENT_TOKEN, null), 405, "method_not_allowed");
    }

    @Test
    void healthSaysOkAndNamesWhatIsDeployed() throws Exception {
        HttpResponse<String> response = fixture.send("GET", "/healthz", null, null);

        assertEquals(200, response.statusCode());
        assertEquals("ok", ServerFixture.json(response).get("status").asText());
        assertEquals(3, ServerFixture.json(response).get("version").asInt());
        assertTrue(ServerFixture.json(response).get("bundle").asText().startsWith("sha256:"));
    }
}
