package dev.charter.solver;

import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Program;

/**
 * One action's models under the two encodings of {@link KnowledgeFactory.Encodings}: {@code proof}
 * answers "never", {@code witness} shows "here". They are one model when every relation is known.
 */
record ActionModels(ActionModel proof, ActionModel witness) {

    static ActionModels open(
            Z3Session session,
            ValueCodec codec,
            Program program,
            KnowledgeFactory.Encodings encodings,
            FactSlots slots,
            ActionDecl action) {
        RequestSpace space = new RequestSpace(
                codec,
                program.schema(),
                action,
                RegularStrings.forAction(java.util.List.of(program), action.name(), true),
                ReadAttributes.readsCalendar(java.util.List.of(program)));
        ActionModel proof = ActionModel.open(
                session,
                codec,
                program,
                encodings.proof(),
                space,
                "",
                codec.z3().mkTrue());
        if (encodings.single()) {
            return new ActionModels(proof, proof);
        }
        ActionModel witness =
                ActionModel.open(session, codec, program, encodings.witness(), space, "bounded.", slots.domain());
        return new ActionModels(proof, witness);
    }

    boolean single() {
        return proof == witness;
    }

    String actionName() {
        return proof.actionName();
    }
}
