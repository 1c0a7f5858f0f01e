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
 * @param history  the history the request is decided over, each aggregate read by its text
 *                 ({@code {"count(permitted refund, same agent, within 1 hour)": 5}}; a sum over
 *                 no decision, and any aggregate not shown, is 0), or null when no condition reads history
 * @param decision the runtime's decision on it ({@code decision}, {@code route}, {@code rules}, {@code reason_code}), filled once confirmed
 */
public record Witness(ObjectNode request, ObjectNode facts, ObjectNode history, ObjectNode decision) {

    public Optional<ObjectNode> factSnapshot() {
        return Optional.ofNullable(facts);
    }

    public Optional<ObjectNode> historyValues() {
        return Optional.ofNullable(history);
    }

    Witness withDecision(ObjectNode confirmed) {
        return new Witness(request, facts, history, confirmed);
    }

    /** {@code {"request": ..., "facts": ..., "history": ..., "decision": ...}}, omitting what is absent. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("request", request.deepCopy());
        if (facts != null) {
            node.set("facts", facts.deepCopy());
        }
        if (history != null) {
            node.set("history", history.deepCopy());
        }
        if (decision != null) {
            node.set("decision", decision.deepCopy());
        }
        return node;
    }
}
