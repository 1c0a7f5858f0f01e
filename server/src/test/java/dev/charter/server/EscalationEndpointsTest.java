package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.ledger.LedgerContents;
import dev.charter.runtime.ledger.LedgerReader;
import dev.charter.runtime.ledger.LedgerRecord;
import dev.charter.runtime.ledger.RecordKind;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EscalationEndpointsTest extends ServerPerTest {

    private long escalate() throws Exception {
        HttpResponse<String> response = fixture.decide(ServerFixture.request(1));
        JsonNode body = ServerFixture.json(response);
        assertEquals("escalate", body.get("decision").asText(), response.body());
        return body.get("seq").asLong();
    }

    private HttpResponse<String> resolve(long id, String verb, String token) throws Exception {
        return fixture.send(
                "POST", "/v1/escalations/" + id + "/" + verb, token, "{\"reason\":\"invoice matches the loan\"}");
    }

    @Test
    void anOpenEscalationIsListedWithWhatItAskedAndItsDeadline() throws Exception {
        long id = escalate();
        HttpResponse<String> response =
                fixture.send("GET", "/v1/escalations?state=open", ServerFixture.MARIA_TOKEN, null);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode view = ServerFixture.json(response).get("escalations").get(0);
        assertEquals(id, view.get("id").asLong());
        assertEquals("open", view.get("state").asText());
        assertEquals("lending-agent-v2", view.get("agent").asText());
        assertEquals("initiate_payment", view.get("action").asText());
        assertEquals("15000.00", view.get("arguments").get("amount").asText());
        assertEquals("senior_ops", view.get("route").asText());
        assertEquals("large_payment", view.get("matched_rules").get(0).asText());
        assertEquals("2026-04-14T11:55:00Z", view.get("deadline").asText());
    }

    @Test
    void anApprovalIsRecordedByTheAuthenticatedReviewerAndBoundToTheEscalatedRecord() throws Exception {
        long id = escalate();
        HttpResponse<String> response = resolve(id, "approve", ServerFixture.MARIA_TOKEN);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode view = ServerFixture.json(response);
        assertEquals("approved", view.get("state").asText());
        assertEquals("permit", view.get("decision").asText());
        assertEquals("maria", view.get("resolved_by").asText());
        fixture.close();
        LedgerContents ledger = LedgerReader.read(dir.resolve("ledger"));
        LedgerRecord resolution = ledger.records().stream()
                .filter(r -> r.kind() == RecordKind.RESOLUTION)
                .findFirst()
                .orElseThrow();
        JsonNode body = ServerFixture.JSON.readTree(resolution.body());
        assertEquals("maria", body.get("reviewer").asText());
        assertEquals("approve", body.get("outcome").asText());
        assertEquals(
                ledger.record(id).orElseThrow().leafHashHex(),
                body.get("escalation").get("hash").asText());
        fixture.server = fixture.newServer();
    }

    @Test
    void aDenialIsDeny() throws Exception {
        long id = escalate();
        JsonNode view = ServerFixture.json(resolve(id, "deny", ServerFixture.MARIA_TOKEN));

        assertEquals("denied", view.get("state").asText());
        assertEquals("deny", view.get("decision").asText());
        assertEquals("escalation_denied", view.get("reason_code").asText());
    }

    @Test
    void aReviewerOutsideTheRouteIsRefusedAndNothingIsRecorded() throws Exception {
        long id = escalate();
        long before = fixture.server.ledger().size();
        HttpResponse<String> response = resolve(id, "approve", ServerFixture.SAM_TOKEN);

        assertEquals(403, response.statusCode());
        assertEquals(
                "route_forbidden", ServerFixture.json(response).get("error").asText());
        assertEquals(before, fixture.server.ledger().size());
    }

    @Test
    void anAgentCannotApprove() throws Exception {
        long id = escalate();

        assertEquals(403, resolve(id, "approve", ServerFixture.AGENT_TOKEN).statusCode());
    }

    @Test
    void aSecondResolutionIsAConflict() throws Exception {
        long id = escalate();
        resolve(id, "deny", ServerFixture.MARIA_TOKEN);

        assertEquals(409, resolve(id, "approve", ServerFixture.MARIA_TOKEN).statusCode());
    }

    @Test
    void theWaitingAgentLearnsOfTheApproval() throws Exception {
        long id = escalate();
        CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return fixture.send(
                        "GET", "/v1/escalations/" + id + "/wait?timeout=20s", ServerFixture.AGENT_TOKEN, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        resolve(id, "approve", ServerFixture.MARIA_TOKEN);

        JsonNode view = ServerFixture.json(waiting.get(10, TimeUnit.SECONDS));
        assertEquals("approved", view.get("state").asText());
        assertEquals("permit", view.get("decision").asText());
    }

    @Test
    void aWaitThatTimesOutReturnsTheEscalationStillOpen() throws Exception {
        long id = escalate();
        HttpResponse<String> response =
                fixture.send("GET", "/v1/escalations/" + id + "/wait?timeout=100ms", ServerFixture.AGENT_TOKEN, null);

        assertEquals(200, response.statusCode());
        assertEquals("open", ServerFixture.json(response).get("state").asText());
        assertEquals("escalate", ServerFixture.json(response).get("decision").asText());
    }

    @Test
    void anEscalationPastItsDeadlineIsDeniedByATimeoutRecord() throws Exception {
        long id = escalate();
        fixture.clock.advance(Duration.ofMinutes(14));
        assertEquals(0, fixture.server.sweep());
        fixture.clock.advance(Duration.ofMinutes(1));
        assertEquals(1, fixture.server.sweep());

        JsonNode view =
                ServerFixture.json(fixture.send("GET", "/v1/escalations/" + id, ServerFixture.AGENT_TOKEN, null));
        assertEquals("timed_out", view.get("state").asText());
        assertEquals("deny", view.get("decision").asText());
        assertEquals("escalation_timeout", view.get("reason_code").asText());
        assertEquals("timeout", view.get("resolved_by").asText());
        assertEquals(409, resolve(id, "approve", ServerFixture.MARIA_TOKEN).statusCode());
    }

    @Test
    void escalationsLeftOpenSurviveARestartAndStillTimeOut() throws Exception {
        long id = escalate();
        fixture.restart();

        JsonNode open =
                ServerFixture.json(fixture.send("GET", "/v1/escalations?state=open", ServerFixture.MARIA_TOKEN, null));
        assertEquals(id, open.get("escalations").get(0).get("id").asLong());
        assertEquals(
                "2026-04-14T11:55:00Z",
                open.get("escalations").get(0).get("deadline").asText());
        fixture.clock.advance(Duration.ofMinutes(20));
        assertEquals(1, fixture.server.sweep());
        JsonNode view =
                ServerFixture.json(fixture.send("GET", "/v1/escalations/" + id, ServerFixture.MARIA_TOKEN, null));
        assertEquals("timed_out", view.get("state").asText());
    }

    @Test
    void anAgentSeesOnlyItsOwnEscalationsAndCannotList() throws Exception {
        escalate();

        assertEquals(
                403,
                fixture.send("GET", "/v1/escalations", ServerFixture.AGENT_TOKEN, null)
                        .statusCode());
        assertEquals(
                404,
                fixture.send("GET", "/v1/escalations/99999", ServerFixture.AGENT_TOKEN, null)
                        .statusCode());
    }

    @Test
    void resolvedEscalationsAreListedNewestFirst() throws Exception {
        long first = escalate();
        long second = escalate();
        resolve(first, "deny", ServerFixture.MARIA_TOKEN);
        resolve(second, "approve", ServerFixture.MARIA_TOKEN);

        JsonNode all = ServerFixture.json(
                fixture.send("GET", "/v1/escalations?state=resolved", ServerFixture.MARIA_TOKEN, null));
        assertEquals(second, all.get("escalations").get(0).get("id").asLong());
        assertEquals(first, all.get("escalations").get(1).get("id").asLong());
        assertTrue(
                ServerFixture.json(fixture.send("GET", "/v1/escalations?state=open", ServerFixture.MARIA_TOKEN, null))
                        .get("escalations")
                        .isEmpty());
    }
}
