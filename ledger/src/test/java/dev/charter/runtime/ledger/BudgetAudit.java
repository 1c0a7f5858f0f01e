package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.runtime.ledger.history.Aggregate;
import dev.charter.runtime.ledger.history.HistoryPlan;
import dev.charter.runtime.ledger.history.HistoryTime;
import dev.charter.runtime.ledger.history.NaiveHistory;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Audits a ledger of {@link BudgetProgram} decisions against the naive reference: every refund
 * decision is the one the program makes from the records before it, and no customer's permitted
 * refunds exceed the budget.
 */
final class BudgetAudit {

    static final List<String> PATHS = List.of("agent", "request.customer", "request.amount");
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private BudgetAudit() {}

    /** The permitted refund amounts per customer, once every decision is checked. */
    static Map<String, BigDecimal> check(LedgerContents contents) throws IOException {
        HistoryPlan plan = HistoryPlans.of(BudgetProgram.program());
        NaiveHistory naive = NaiveLedger.of(contents, PATHS);
        Map<String, BigDecimal> permitted = new HashMap<>();
        for (LedgerRecord record : contents.records()) {
            if (record.kind() != RecordKind.DECISION) {
                continue;
            }
            JsonNode body = JSON.readTree(record.body());
            JsonNode request = body.path("request");
            if (!request.path("action").asText().equals("refund")) {
                continue;
            }
            BigDecimal amount = request.path("request").path("amount").decimalValue();
            String customer = request.path("request").path("customer").asText();
            Map<String, String> values = Map.of(
                    "agent", '"' + request.path("agent").asText() + '"', "request.customer", '"' + customer + '"');
            long minute =
                    HistoryTime.minute(Instant.parse(body.path("recorded_at").asText()));
            Aggregate byAgent = naive.read(plan.queries().get(0), values, minute, record.seq());
            Aggregate byCustomer = naive.read(plan.queries().get(1), values, minute, record.seq());
            String expected = amount.compareTo(new BigDecimal(250)) >= 0
                    ? "escalate"
                    : byAgent.count() < BudgetProgram.REFUNDS_PER_HOUR
                                    && byCustomer.sum().add(amount).compareTo(BudgetProgram.BUDGET) <= 0
                            ? "permit"
                            : "deny";
            String effect = body.path("decision").path("decision").asText();
            assertEquals(expected, effect, "seq " + record.seq());
            if (effect.equals("permit")) {
                permitted.merge(customer, amount, BigDecimal::add);
            }
        }
        permitted.forEach((customer, sum) ->
                assertTrue(sum.compareTo(BudgetProgram.BUDGET) <= 0, customer + " was permitted " + sum));
        return permitted;
    }
}
