package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Explanation;
import dev.charter.runtime.FintechFixture;
import dev.charter.runtime.Request;
import dev.charter.runtime.json.CanonicalJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Explaining a recorded decision changes no record: each record's {@code decision} is the
 * decision's own JSON as it was before {@code explain()} was called, with no explanation in it,
 * whether or not the request itself asked for an explained trace.
 */
class ExplainedDecisionRecordTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void explainingARecordedDecisionLeavesItsRecordAsItWas() throws Exception {
        Engine engine = Engine.forProgram(FintechFixture.program());
        engine.attach(FintechFixture.snapshot());
        List<Request> requests = List.of(
                FintechFixture.payment("lending-agent-v2", "500").build(),
                FintechFixture.payment("stray-agent", "500").build(),
                FintechFixture.payment("lending-agent-v2", "15000").build().explained());
        List<String> before = new ArrayList<>();
        try (LedgerEngine ledger = LedgerEngine.open(engine, dir, TestLedgers.KEY, LedgerOptions.defaults())) {
            for (Request request : requests) {
                Decision decision = ledger.record(request).decision();
                before.add(decision.toJson());
                Explanation explanation = decision.explain();
                assertFalse(explanation.rules().isEmpty(), explanation.toText());
                assertEquals(before.get(before.size() - 1), decision.toJson());
            }
        }
        LedgerContents contents = LedgerReader.read(dir);
        assertEquals(requests.size(), contents.records().size());
        for (int i = 0; i < requests.size(); i++) {
            String body = contents.records().get(i).body();
            assertFalse(body.contains("explanation"), body);
            String recorded = CanonicalJson.string(JSON.readTree(body).get("decision"));
            assertEquals(before.get(i), recorded);
        }
        assertTrue(contents.records().get(2).body().contains("\"explain\":true"));
    }
}
