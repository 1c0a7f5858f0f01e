package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class MetricsTest extends ServerPerTest {

    @Test
    void metricsCountDecisionsByEffectAndReasonCodeWithLatencyCommitsAndOpenEscalations() throws Exception {
        fixture.decide(ServerFixture.request(1));
        fixture.decide(ServerFixture.request(2));
        fixture.decide(ServerFixture.request(2));
        fixture.decide(ServerFixture.request(3));
        fixture.decide("not json");

        HttpResponse<String> response = fixture.send("GET", "/metrics", null, null);
        String text = response.body();

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(text.contains("charter_decisions_total{effect=\"permit\",reason_code=\"rule\"} 2.0"), text);
        assertTrue(text.contains("charter_decisions_total{effect=\"escalate\",reason_code=\"rule\"} 1.0"), text);
        assertTrue(text.contains("charter_decisions_total{effect=\"deny\",reason_code=\"agent_mismatch\"} 1.0"), text);
        assertTrue(text.contains("charter_decision_seconds_count 4"), text);
        assertTrue(text.contains("charter_ledger_commit_seconds_count 4"), text);
        assertTrue(text.contains("charter_open_escalations 1.0"), text);
        assertTrue(text.contains("charter_http_errors_total{error=\"invalid_json\"} 1.0"), text);
    }
}
