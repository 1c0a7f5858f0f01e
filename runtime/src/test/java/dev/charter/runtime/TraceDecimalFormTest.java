package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A trace is evidence about a value, not about how the host happened to spell it. */
class TraceDecimalFormTest {

    private final Engine engine = FintechProgram.engine();

    @Test
    void aDecimalHasOneTraceFormHoweverTheRequestWroteIt() {
        for (String amount : List.of("\"1.50\"", "1.50", "1.5", "15e-1", "\"15e-1\"", "\"1.5\"", "\"0.15E1\"")) {
            Decision d = engine.decideJson("{\"agent\": \"lending-agent-v2\", \"action\": \"initiate_payment\", "
                    + "\"request\": {\"amount\": " + amount + ", \"destination\": \"x\"}, \"context\": "
                    + "{\"identity_verified\": true, \"account_status\": \"active\", \"market_halted\": false}}");
            assertEquals(new BigDecimal("1.5"), d.trace().attributes().get("request.amount"), amount);
            assertEquals(
                    "1.5",
                    d.trace()
                            .toJsonTree()
                            .path("attributes")
                            .path("request.amount")
                            .textValue(),
                    amount);
        }
    }

    @Test
    void aWholeDecimalWrittenWithZerosOrAnExponentIsTracedAsItsDigits() {
        for (String amount : List.of("\"15000.00\"", "15000.00", "1.5e4", "\"1.5E+4\"", "15000")) {
            Decision d = engine.decideJson("{\"agent\": \"lending-agent-v2\", \"action\": \"initiate_payment\", "
                    + "\"request\": {\"amount\": " + amount + ", \"destination\": \"x\"}, \"context\": "
                    + "{\"identity_verified\": true, \"account_status\": \"active\", \"market_halted\": false}}");
            assertEquals(
                    "15000",
                    d.trace()
                            .toJsonTree()
                            .path("attributes")
                            .path("request.amount")
                            .textValue(),
                    amount);
        }
    }
}
