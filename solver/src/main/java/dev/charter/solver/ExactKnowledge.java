package dev.charter.solver;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Expr;
import java.util.List;
import java.util.Optional;

/**
 * Every relation an atom reads has known tuples: those fixed by the constitution, or all of them
 * under a given fact snapshot. Proofs and witnesses both come from this one encoding.
 */
final class ExactKnowledge implements Knowledge {

    private final ValueCodec codec;
    private final ExactRelations relations;

    ExactKnowledge(ValueCodec codec, ExactRelations relations) {
        this.codec = codec;
        this.relations = relations;
    }

    @Override
    public BoolExpr atom(String relation, List<Expr<?>> arguments) {
        return SymbolicTuple.member(codec.z3(), relations.tuples(relation), arguments);
    }

    @Override
    public Optional<List<SymbolicTuple>> tuples(String relation) {
        return Optional.of(relations.tuples(relation));
    }

    @Override
    public boolean witnesses() {
        return true;
    }

    @Override
    public boolean exactWitnesses() {
        return true;
    }

    @Override
    public Optional<ObjectNode> facts(Z3Session.IncrementalSolver.Query query) {
        ObjectNode empty = JsonNodeFactory.instance.objectNode();
        empty.putObject("relations");
        return Optional.of(empty);
    }
}
