package dev.charter.runtime.ledger;

import static dev.charter.runtime.ledger.AttemptsProgram.pay;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ir.Effect;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History reads an earlier request's summed or compared parameter exactly as the engine reads it
 * (docs/ledger-format.md, "History": a value that is not of the declared type adds 0 and agrees
 * with nothing). A denied attempt whose amount the engine refused as ill-typed (a decimal beyond
 * its bounds, an int string longer than 19 digits) must not move a limit over {@code any}
 * attempts, and an amount with an extreme exponent must not stop the history.
 */
class HistoryValueReadingTest {

    @TempDir
    Path dir;

    private LedgerEngine open() throws Exception {
        LedgerOptions options = TestLedgers.small(SigningMode.BATCHED)
                .withClock(Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC));
        return LedgerEngine.open(Engine.forBundle(AttemptsProgram.bundle()), dir, TestLedgers.KEY, options);
    }

    private static void illTyped(Decision decision) {
        assertEquals(ReasonCode.ILL_TYPED_ATTRIBUTE, decision.reasonCode(), () -> shown(decision));
    }

    /** The decision's JSON, cut short: a history read gone wrong can make it very long. */
    private static String shown(Decision decision) {
        String json = decision.toJson();
        return json.length() <= 2000 ? json : json.substring(0, 2000) + "... (" + json.length() + " characters)";
    }

    @Test
    void aDecimalBeyondTheEnginesBoundsInADeniedAttemptAddsNothing() throws Exception {
        try (LedgerEngine engine = open()) {
            illTyped(engine.decideJson(pay("a", "\"-1e5000\"", "1", "1")));
            illTyped(engine.decideJson(pay("a", "-1e5000", "1", "2")));

            Decision over = engine.decideJson(pay("a", "1000", "1", "3"));

            assertEquals(Effect.DENY, over.effect(), () -> shown(over));
            assertEquals(List.of("attempts"), over.rules(), () -> shown(over));
        }
    }

    @Test
    void anIntStringTheEngineRefusesInADeniedAttemptAddsNothing() throws Exception {
        try (LedgerEngine engine = open()) {
            illTyped(engine.decideJson(pay("a", "1", "\"-00000000000009223372036854775808\"", "1")));

            Decision over = engine.decideJson(pay("a", "1", "11", "2"));

            assertEquals(Effect.DENY, over.effect(), () -> shown(over));
            assertEquals(List.of("attempts"), over.rules(), () -> shown(over));
        }
    }

    @Test
    void anAmountWithAnExtremeExponentLeavesTheHistoryReadable() throws Exception {
        try (LedgerEngine engine = open()) {
            illTyped(engine.decideJson(pay("a", "1e-999999999", "1", "1")));
            illTyped(engine.decideJson(pay("a", "\"1e-999999999\"", "1", "2")));

            Decision first = engine.decideJson(pay("a", "60", "1", "3"));
            Decision second = engine.decideJson(pay("a", "60", "1", "4"));

            assertEquals(Effect.PERMIT, first.effect(), () -> shown(first));
            assertEquals(Effect.DENY, second.effect(), () -> shown(second));
            assertEquals(List.of("attempts"), second.rules(), () -> shown(second));
        }
    }
}
