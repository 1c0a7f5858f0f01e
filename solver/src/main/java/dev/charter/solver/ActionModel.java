package dev.charter.solver;

import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Program;

/**
 * One action's partition of the analysis: its request space, the program's decision on it, and
 * the incremental solver that holds the rule definitions. Partitioning by action keeps each
 * solver to the rules that can fire on it, and every query of the action reuses it.
 */
record ActionModel(
        Program program,
        ValueCodec codec,
        Knowledge knowledge,
        RequestSpace space,
        DecisionEncoding decision,
        Z3Session.IncrementalSolver solver) {

    static ActionModel open(Z3Session session, ValueCodec codec, Program program, Knowledge knowledge, ActionDecl action) {
        RequestSpace space = new RequestSpace(codec, program.schema(), action,
                RegularStrings.forAction(java.util.List.of(program), action.name(), true));
        DecisionEncoding decision = new DecisionEncoding(codec, program, space, knowledge, "");
        Z3Session.IncrementalSolver solver = session.openSolver(action.name());
        solver.assertBase(space.domain(program.schema()));
        solver.assertBase(decision.definitions());
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
