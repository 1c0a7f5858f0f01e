package dev.charter.runtime.datalog;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ir.Program;

/**
 * Materialises a program's Datalog over a fact snapshot: stratified semi-naive evaluation with
 * interned values and hash indexes. Everything a decision may ask of the knowledge base is
 * computed here, once per snapshot, so that deciding a request only looks facts up.
 */
public final class DatalogEvaluator {

    private DatalogEvaluator() {
    }

    /**
     * Materialises with {@link Budget#DEFAULT}.
     *
     * @throws dev.charter.runtime.InvalidFactsException when the snapshot does not fit the
     *         program's input relations
     * @throws BudgetExceededException when evaluation needs more than the budget allows
     */
    public static Database materialize(Program program, FactSnapshot snapshot) {
        return materialize(program, snapshot, Budget.DEFAULT);
    }

    /** Materialises within {@code budget}; see {@link #materialize(Program, FactSnapshot)}. */
    public static Database materialize(Program program, FactSnapshot snapshot, Budget budget) {
        return new Materializer(program, budget, snapshot.facts(program)).run();
    }
}
