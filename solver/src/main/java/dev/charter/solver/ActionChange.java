package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * How one action's decisions compare between two versions of a constitution.
 *
 * @param examples for {@link Status#DIFFERS}, requests on which the decisions differ, each with both decisions
 */
public record ActionChange(String action, Status status, String message, List<Example> examples) {

    /** The verdict for one action. */
    public enum Status {
        /** Proved: every request of this action is decided the same way (effect and route) by both versions. */
        EQUIVALENT,
        /** Some request is decided differently; {@link #examples()} shows it. */
        DIFFERS,
        /** The action exists in one version only, or its request shape (parameters, context) changed. */
        RESHAPED,
        /** The solver could not decide; never read as equivalent. */
        INCONCLUSIVE
    }

    /** A request, with the facts it needs, and the runtime's decision on it before and after. */
    public record Example(ObjectNode request, ObjectNode facts, ObjectNode before, ObjectNode after) {

        public ObjectNode toJson() {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.set("request", request.deepCopy());
            if (facts != null) {
                node.set("facts", facts.deepCopy());
            }
            node.set("before", before.deepCopy());
            node.set("after", after.deepCopy());
            return node;
        }
    }

    public ActionChange {
        examples = List.copyOf(examples);
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("action", action);
        node.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
        node.put("message", message);
        ArrayNode array = node.putArray("examples");
        examples.forEach(e -> array.add(e.toJson()));
        return node;
    }
}
