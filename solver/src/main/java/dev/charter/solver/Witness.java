package dev.charter.solver;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A concrete request that shows a finding, in the request JSON format of docs/requests.md, with
 * the fact snapshot it needs (when the finding depends on {@code input relation}s) and the
 * decision the runtime reached on it. A witness is only reported after the runtime, run on
 * exactly this request and snapshot, confirmed what the finding claims.
 *
 * @param request  the request JSON ({@code agent}, {@code action}, {@code request}, {@code context}, {@code time}, {@code chain})
 * @param facts    the fact snapshot JSON, or null when the empty snapshot will do
 * @param decision the runtime's decision on it ({@code decision}, {@code route}, {@code rules}, {@code reason_code}), filled once confirmed
 */
public record Witness(ObjectNode request, ObjectNode facts, ObjectNode decision) {

    public Optional<ObjectNode> factSnapshot() {
        return Optional.ofNullable(facts);
    }

    Witness withDecision(ObjectNode confirmed) {
        return new Witness(request, facts, confirmed);
    }

    /** {@code {"request": ..., "facts": ..., "decision": ...}}, omitting what is absent. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("request", request.deepCopy());
        if (facts != null) {
            node.set("facts", facts.deepCopy());
        }
        if (decision != null) {
            node.set("decision", decision.deepCopy());
        }
        return node;
    }
}
