package dev.charter.runtime;

import dev.charter.runtime.ir.Program;

/**
 * The hand-lowered fintech constitution of {@link FintechProgram}, for tests in other packages and
 * modules (the ledger's, through the runtime's test jar) that need a real program, snapshot and requests.
 */
public final class FintechFixture {

    private FintechFixture() {}

    public static Program program() {
        return FintechProgram.program();
    }

    public static FactSnapshot snapshot() {
        return FintechProgram.snapshot();
    }

    /** The payment request of LANGUAGE.md section 2 with another agent and amount. */
    public static Request.Builder payment(String agent, String amount) {
        return FintechProgram.payment(agent, amount);
    }
}
