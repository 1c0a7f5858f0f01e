package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Expr;
import java.util.List;
import java.util.Optional;

/**
 * How Datalog atoms in conditions are encoded. Relations fixed by the constitution — and every
 * relation when a fact snapshot is given — are encoded exactly ({@link ExactKnowledge}). When
 * relations depend on {@code input relation}s and no snapshot is given, two encodings answer
 * different questions:
 * <ul>
 *   <li>{@link UnfoldedKnowledge} proves: every fact snapshot is one of its models, so "unsat"
 *       means "on no request under no snapshot"; its models are not witnesses.</li>
 *   <li>{@link BoundedKnowledge} shows: a model is a request together with a fact snapshot of a
 *       few facts per input relation, which the runtime then decides as the model says.</li>
 * </ul>
 */
sealed interface Knowledge permits ExactKnowledge, UnfoldedKnowledge, BoundedKnowledge {

    /** The atom {@code relation(arguments)}; a null argument is a wildcard. */
    BoolExpr atom(String relation, List<Expr<?>> arguments);

    /**
     * Every tuple the relation may hold, when they are finitely many (a fixed relation, or a
     * relation over a bounded snapshot); empty when the relation is any set at all (an input
     * relation of the proof encoding).
     */
    Optional<List<SymbolicTuple>> tuples(String relation);

    /** Whether a model of a query over this encoding is a witness the runtime can run. */
    boolean witnesses();

    /**
     * Whether a witness of this encoding is exact: the runtime must then decide it as predicted,
     * and a disagreement is a defect. A bounded encoding that unfolds recursion only some steps
     * is not; a disagreement on its witnesses means only that the witness was not realised.
     */
    boolean exactWitnesses();

    /**
     * Narrows the open, satisfiable query to as few facts as it allows and reads the fact
     * snapshot its model stands for ({@code {"relations": {...}}}); empty when the model holds a
     * fact no snapshot can carry.
     */
    Optional<ObjectNode> facts(Z3Session.IncrementalSolver.Query query);
}
