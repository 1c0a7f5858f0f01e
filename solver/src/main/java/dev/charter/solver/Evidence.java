package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.ir.Assertion;
import java.util.List;

/**
 * What a finding claims the runtime does, to be confirmed before the finding is reported: the
 * decision on the witness request under the fact snapshot the model gave, the rules that must
 * match it, and for a coverage hole the decisions on its two neighbours under the same snapshot.
 *
 * @param facts the model's fact snapshot, {@code {"relations": {...}}}; empty when none is needed
 * @param exact whether the encoding promised the runtime would agree (a bounded unfolding of
 *              recursion does not), so that a disagreement is a defect rather than a miss
 * @param refutes the assertion the runtime must find failing on the witness, or null
 */
record Evidence(
        ConcreteRequest request,
        Prediction prediction,
        ObjectNode facts,
        boolean exact,
        List<String> mustMatch,
        List<Neighbour> neighbours,
        Assertion refutes) {

    Evidence {
        mustMatch = List.copyOf(mustMatch);
        neighbours = List.copyOf(neighbours);
    }

    Evidence refuting(Assertion assertion) {
        return new Evidence(request, prediction, facts, exact, mustMatch, neighbours, assertion);
    }

    /** A request next to the witness (one attribute just below or above) and its predicted decision. */
    record Neighbour(String label, ConcreteRequest request, Prediction prediction) {}
}
