package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.ledger.LedgerContents;
import dev.charter.runtime.ledger.LedgerReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class DecideEndpointTest extends ServerPerTest {

    @Test
    void answersTheDecisionAsEvalPrintsItWithTheRecordsSeq() throws Exception {
        String request = ServerFixture.request(2);
        HttpResponse<String> response = fixture.decide(request);

        assertEquals(200, response.statusCode(), response.body());
        Engine engine = Engine.forBundle(
                BundleReader.read(ServerFixture.bundle(ServerFixture.source(), fixture.key), fixture.trust));
        engine.attach(FactSnapshot.parse(Files.readAllBytes(ServerFixture.EXAMPLE.resolve("facts.json"))));
        String eval = engine.decideJson(request).toJson();
        long seq = ServerFixture.json(response).get("seq").asLong();
        assertEquals(eval.substring(0, eval.length() - 1) + ",\"seq\":" + seq + "}", response.body());
        assertEquals("permit", ServerFixture.json(response).get("decision").asText());
    }

    @Test
    void everyAnsweredDecisionIsAlreadyInTheLedger() throws Exception {
        for (int line = 1; line <= 2; line++) {
            HttpResponse<String> response = fixture.decide(ServerFixture.request(line));
            long seq = ServerFixture.json(response).get("seq").asLong();
            assertTrue(fixture.server.ledger().size() > seq, "seq " + seq + " is durable before the answer");
        }
    }

    @Test
    void escalatesAndDeniesAsTheConstitutionSays() throws Exception {
        assertEquals("escalate", effect(fixture.decide(ServerFixture.request(1))));
        assertEquals("deny", effect(fixture.decide(ServerFixture.request(4))));
    }

    @Test
    void aRequestNamingAnotherAgentIsDeniedAsAgentMismatchAndRecorded() throws Exception {
        HttpResponse<String> response = fixture.decide(ServerFixture.request(3).replace("stray-agent", "stray"));
        JsonNode body = ServerFixture.json(response);

        assertEquals(200, response.statusCode());
        assertEquals("deny", body.get("decision").asText());
        assertEquals("agent_mismatch", body.get("reason_code").asText());
        long seq = body.get("seq").asLong();
        fixture.close();
        LedgerContents ledger = LedgerReader.read(dir.resolve("ledger"));
        assertTrue(ledger.record(seq).orElseThrow().body().contains("\"agent_mismatch\""));
        fixture.server = fixture.newServer();
    }

    @Test
    void aBatchIsAnsweredInOrderEachWithItsOwnSeq() throws Exception {
        String batch = "{\"requests\":[" + ServerFixture.request(1) + "," + ServerFixture.request(2) + ","
                + ServerFixture.request(4) + "]}";
        HttpResponse<String> response = fixture.decide(batch);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode decisions = ServerFixture.json(response).get("decisions");
        assertEquals(3, decisions.size());
        assertEquals("escalate", decisions.get(0).get("decision").asText());
        assertEquals("permit", decisions.get(1).get("decision").asText());
        assertEquals("deny", decisions.get(2).get("decision").asText());
        assertTrue(decisions.get(0).get("seq").asLong()
                != decisions.get(1).get("seq").asLong());
    }

    @Test
    void noTokenIs401AndNoDecisionIsRecorded() throws Exception {
        long before = fixture.server.ledger().size();
        HttpResponse<String> response = fixture.send("POST", "/v1/decide", null, ServerFixture.request(2));

        assertEquals(401, response.statusCode());
        assertEquals("unauthorized", ServerFixture.json(response).get("error").asText());
        assertEquals(before, fixture.server.ledger().size());
    }

    @Test
    void anUnknownTokenIs401() throws Exception {
        HttpResponse<String> response = fixture.send("POST", "/v1/decide", "not-a-token", ServerFixture.request(2));

        assertEquals(401, response.statusCode());
        assertFalse(response.body().contains("permit"));
    }

    @Test
    void aReviewersTokenCannotAskForDecisions() throws Exception {
        HttpResponse<String> response =
                fixture.send("POST", "/v1/decide", ServerFixture.MARIA_TOKEN, ServerFixture.request(2));

        assertEquals(403, response.statusCode());
    }

    @Test
    void aMalformedRequestThatIsJsonIsARecordedDeny() throws Exception {
        HttpResponse<String> response = fixture.decide("{\"action\":\"initiate_payment\"}");

        assertEquals(200, response.statusCode());
        assertEquals("deny", effect(response));
        assertEquals(
                "missing_agent", ServerFixture.json(response).get("reason_code").asText());
    }

    private static String effect(HttpResponse<String> response) throws Exception {
        return ServerFixture.json(response).get("decision").asText();
    }
}
