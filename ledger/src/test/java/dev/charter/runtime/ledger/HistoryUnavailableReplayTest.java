package dev.charter.runtime.ledger;

import static dev.charter.runtime.ledger.BudgetProgram.refund;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ir.Effect;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether a decision had its history to read is part of what it was decided over, like the
 * request: a decision the engine denied {@code history_unavailable} (its state no longer kept, as
 * for a request still in flight on a decision server's replaced deployment, or not built) replays
 * as that denial, not as a divergence, while the decisions around it replay over the history.
 */
class HistoryUnavailableReplayTest {

    @TempDir
    Path dir;

    @Test
    void aDecisionDeniedForWantOfItsHistoryReplaysAsRecorded() throws Exception {
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, TestLedgers.small(SigningMode.BATCHED))) {
            LedgerEngine replaced = LedgerEngine.over(Engine.forBundle(BudgetProgram.bundle()), ledger);
            assertEquals(
                    Effect.PERMIT,
                    replaced.decide(refund("a", "c", BigDecimal.TEN)).effect());
            LedgerEngine current = LedgerEngine.over(Engine.forBundle(BudgetProgram.bundle()), ledger);
            replaced.close();

            Decision after = current.decide(refund("a", "c", BigDecimal.TEN));
            Decision inFlight = replaced.decide(refund("a", "c", BigDecimal.TEN));

            assertEquals(ReasonCode.HISTORY_UNAVAILABLE, inFlight.reasonCode(), inFlight.toJson());
            assertEquals(Effect.PERMIT, after.effect(), after.toJson());
            current.close();
        }

        ReplayReport replay = new Replayer(List.of(BudgetProgram.bundle()), List.of()).replay(dir);

        assertEquals(3, replay.decisions());
        assertEquals(0, replay.divergent(), () -> replay.divergences().toString());
    }
}
