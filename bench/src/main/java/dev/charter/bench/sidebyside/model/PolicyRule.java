package dev.charter.bench.sidebyside.model;

import java.util.List;
import java.util.Objects;

/**
 * A decision rule: {@code effect action when c1 and c2 ... priority p}.
 *
 * @param name unique within the model; every engine reports it (or an index mapped back to it)
 * @param effect what the rule decides when it matches
 * @param action the single action it applies to
 * @param conditions a conjunction; empty means the rule matches every request for the action
 * @param priority Charter's priority (higher wins)
 * @param route where an escalation goes; null for the other effects
 * @param reason the {@code because} text, or null
 */
public record PolicyRule(
        String name,
        Verdict effect,
        String action,
        List<Condition> conditions,
        int priority,
        String route,
        String reason) {

    public PolicyRule {
        Objects.requireNonNull(name);
        Objects.requireNonNull(effect);
        Objects.requireNonNull(action);
        conditions = List.copyOf(conditions);
        if ((effect == Verdict.ESCALATE) != (route != null)) {
            throw new IllegalArgumentException("an escalation, and only an escalation, has a route: " + name);
        }
    }

    /** A rule without route or reason. */
    public static PolicyRule of(String name, Verdict effect, String action, int priority, List<Condition> conditions) {
        return new PolicyRule(name, effect, action, conditions, priority, null, null);
    }
}
