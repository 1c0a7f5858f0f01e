package dev.charter.runtime.datalog;

import dev.charter.runtime.ir.Program;

/**
 * Materialises a program's Datalog over its input facts (a fact snapshot): stratified semi-naive
 * evaluation with interned values and hash indexes. Everything a decision may ask of the
 * knowledge base is computed here, once per snapshot, so that deciding a request only looks
 * facts up.
 */
public final class DatalogEvaluator {

    private DatalogEvaluator() {}

    /**
     * Materialises with {@link Budget#DEFAULT}.
     *
     * @throws RuntimeException what {@link InputFacts#facts} throws when the facts do not fit the
     *         program's input relations (a fact snapshot throws {@code InvalidFactsException})
     * @throws BudgetExceededException when evaluation needs more than the budget allows
     */
    public static Database materialize(Program program, InputFacts facts) {
        return materialize(program, facts, Budget.DEFAULT);
    }

    /** Materialises within {@code budget}; see {@link #materialize(Program, InputFacts)}. */
    public static Database materialize(Program program, InputFacts facts, Budget budget) {
        return new Materializer(program, budget, facts.facts(program)).run();
    }
}
