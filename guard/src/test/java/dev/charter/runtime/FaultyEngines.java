package dev.charter.runtime;

import dev.charter.runtime.datalog.Budget;
import dev.charter.runtime.ir.Program;

/**
 * Engines whose evaluation throws, for the guard's tests ({@code FaultProbe} is package-private):
 * every rule's evaluation meets an injected exception, which the engine must turn into a DENY.
 */
public final class FaultyEngines {

    private FaultyEngines() {}

    public static Engine throwingInEveryRule(Program program) {
        return Engine.forProgram(program, Budget.DEFAULT, rule -> {
            throw new IllegalStateException("injected fault before rule " + rule);
        });
    }
}
