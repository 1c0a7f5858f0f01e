package dev.charter.runtime.ledger;

import static dev.charter.runtime.ledger.BudgetProgram.refund;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.runtime.Engine;
import dev.charter.runtime.Explanation;
import dev.charter.runtime.ir.Effect;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision's "why not" ({@code Decision.explain()}, computed when first asked, on the caller's
 * thread) explains it over the history it was decided over: the aggregates the decision read, not
 * the ledger's state when the explanation is asked for, which later records have moved (and
 * which only the ledger's writer thread may read).
 */
class HistoryExplanationTest {

    @TempDir
    Path dir;

    @Test
    void anExplanationAskedForLaterExplainsTheDecisionOverItsOwnHistory() throws Exception {
        try (LedgerEngine engine = LedgerEngine.open(
                Engine.forBundle(BudgetProgram.bundle()),
                dir,
                TestLedgers.KEY,
                TestLedgers.small(SigningMode.BATCHED))) {
            RecordedDecision first = engine.record(refund("agent-1", "c-0", BigDecimal.TEN));
            assertEquals(Effect.PERMIT, first.decision().effect());
            for (int i = 1; i <= 5; i++) {
                engine.record(refund("agent-1", "c-" + i, BigDecimal.TEN));
            }

            Explanation why = first.decision().explain();

            List<String> decided = why.rules().stream()
                    .filter(r -> r.verdict() == Explanation.Verdict.DECIDED)
                    .map(Explanation.RuleVerdict::rule)
                    .toList();
            assertEquals(List.of("budget"), decided, why::toString);
        }
    }
}
