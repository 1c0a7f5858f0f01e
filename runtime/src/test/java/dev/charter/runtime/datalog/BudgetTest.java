package dev.charter.runtime.datalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ir.Program;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every limit of a {@link Budget} stops materialisation instead of letting it run on. */
class BudgetTest {

    private final FactSnapshot chain = chain(200);

    private static FactSnapshot chain(int length) {
        FactSnapshot.Builder b = FactSnapshot.builder();
        for (long i = 0; i < length; i++) {
            b.add("e0", i, i + 1);
        }
        return b.build();
    }

    private static Program transitiveClosure() {
        return TransitiveClosure.program();
    }

    @Test
    void stopsAfterTooManyDerivedFacts() {
        BudgetExceededException e = assertThrows(
                BudgetExceededException.class,
                () -> DatalogEvaluator.materialize(
                        transitiveClosure(), chain, new Budget(1000, 1_000_000, Duration.ofMinutes(1), 0)));
        assertEquals("more than 1000 derived facts", e.getMessage());
    }

    @Test
    void stopsAfterTooManyRounds() {
        BudgetExceededException e = assertThrows(
                BudgetExceededException.class,
                () -> DatalogEvaluator.materialize(
                        transitiveClosure(), chain, new Budget(1_000_000, 10, Duration.ofMinutes(1), 0)));
        assertEquals("more than 10 semi-naive rounds", e.getMessage());
    }

    @Test
    void stopsAtTheDeadline() {
        assertThrows(
                BudgetExceededException.class,
                () -> DatalogEvaluator.materialize(
                        transitiveClosure(), chain, new Budget(1_000_000, 1_000_000, Duration.ZERO, 0)));
    }

    @Test
    void completesWithinTheDefaultBudget() {
        Database db = DatalogEvaluator.materialize(transitiveClosure(), chain);
        assertEquals(200 * 201 / 2, db.tuples("p1").size());
    }
}
