package dev.charter.bench.sidebyside.model;

import java.util.Map;
import java.util.Objects;

/**
 * One request of a workload, engine-neutral: every contender translates it to its own request
 * form once, when it loads the workload, so that the benchmarks time decisions only.
 *
 * @param agent the acting agent
 * @param action the requested action
 * @param values every attribute the action and the context declare, with a value of the
 *     attribute's Java type; workloads never leave one out (engines differ in how they fail on a
 *     missing attribute, and the comparison is about decisions, not error handling)
 */
public record AccessRequest(String agent, String action, Map<Attribute, Object> values) {

    public AccessRequest {
        Objects.requireNonNull(agent);
        Objects.requireNonNull(action);
        values = Map.copyOf(values);
    }

    /** The value of {@code attribute}; the model guarantees it is present. */
    public Object value(Attribute attribute) {
        Object v = values.get(attribute);
        if (v == null) {
            throw new IllegalStateException("the request has no " + attribute.path());
        }
        return v;
    }
}
