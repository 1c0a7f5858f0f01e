package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The semantic difference between two versions of a constitution, action by action. */
public record DiffReport(List<ActionChange> actions) {

    public DiffReport {
        actions = List.copyOf(actions);
    }

    /** Proved equivalent on every action: no request is decided differently. */
    public boolean equivalent() {
        return actions.stream().allMatch(a -> a.status() == ActionChange.Status.EQUIVALENT);
    }

    public boolean inconclusive() {
        return actions.stream().anyMatch(a -> a.status() == ActionChange.Status.INCONCLUSIVE);
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("equivalent", equivalent());
        ArrayNode array = node.putArray("actions");
        actions.forEach(a -> array.add(a.toJson()));
        return node;
    }
}
