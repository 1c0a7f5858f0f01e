package dev.charter.solver;

import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Program;

/**
 * One action's partition of the analysis under one encoding of the program's atoms: its request
 * space, the program's decision on it, and the incremental solver that holds the rule
 * definitions. Partitioning by action keeps each solver to the rules that can fire on it, and
 * every query of the action reuses it.
 */
record ActionModel(
        Program program,
        ValueCodec codec,
        Knowledge knowledge,
        RequestSpace space,
        DecisionEncoding decision,
        Z3Session.IncrementalSolver solver) {

    /**
     * @param prefix names this encoding's match constants apart from another's in the same context
     * @param facts  what a snapshot's unknowns may hold, asserted with the definitions
     */
    static ActionModel open(
            Z3Session session,
            ValueCodec codec,
            Program program,
            Knowledge knowledge,
            RequestSpace space,
            String prefix,
            com.microsoft.z3.BoolExpr facts) {
        DecisionEncoding decision = new DecisionEncoding(codec, program, space, knowledge, prefix);
        Z3Session.IncrementalSolver solver =
                session.openSolver(prefix + space.action().name());
        solver.assertBase(space.domain(program.schema()));
        solver.assertBase(decision.definitions());
        solver.assertBase(facts);
        solver.assertBase(space.stringConsistency());
        return new ActionModel(program, codec, knowledge, space, decision, solver);
    }

    ActionDecl action() {
        return space.action();
    }

    String actionName() {
        return space.action().name();
    }
}
