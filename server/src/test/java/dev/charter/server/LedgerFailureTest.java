package dev.charter.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.ledger.LedgerOptions;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger that can no longer write: every answer is 503 with DENYs only, and /healthz says so. */
class LedgerFailureTest {

    @TempDir
    Path dir;

    @Test
    void aDecisionTheLedgerCannotRecordIsA503WithoutAPermit() throws Exception {
        ServerFixture fixture = ServerFixture.start(dir);
        fixture.server.close();
        fixture.server = fixture.builder()
                .ledgerOptions(LedgerOptions.defaults().withSegmentBytes(1024))
                .start();
        try {
            assertEquals(200, fixture.decide(ServerFixture.request(2)).statusCode());
            // The ledger's directory goes away: the next segment cannot be created, the ledger fails.
            try (Stream<Path> files = Files.walk(dir.resolve("ledger"))) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            HttpResponse<String> response = null;
            for (int i = 0; i < 20 && (response == null || response.statusCode() == 200); i++) {
                response = fixture.decide(ServerFixture.request(2));
            }

            assertEquals(503, response.statusCode(), response.body());
            JsonNode body = ServerFixture.json(response);
            assertEquals("ledger_failure", body.get("error").asText());
            assertEquals("deny", body.get("decisions").get(0).get("decision").asText());
            assertEquals(
                    "ledger_failure",
                    body.get("decisions").get(0).get("reason_code").asText());
            HttpResponse<String> health = fixture.send("GET", "/healthz", null, null);
            assertEquals(503, health.statusCode());
            assertTrue(health.body().contains("ledger_failed"), health.body());
        } finally {
            try {
                fixture.server.close();
            } catch (java.io.IOException e) {
                // Closing a failed ledger whose files are gone may complain; the test is over.
            }
        }
    }
}
