package dev.charter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * One escalation as the API and the review page show it. {@code arguments} is the request's
 * {@code request} member (the action's parameters) and {@code derivation} the trace's
 * {@code derivations}; both are JSON as recorded. The resolution members are null while it is
 * open. {@link #decision()} and {@link #reasonCode()} are what the waiting agent acts on:
 * permit only when a reviewer approved.
 */
public record EscalationView(
        long id,
        EscalationState state,
        String agent,
        String action,
        JsonNode arguments,
        String route,
        List<String> matchedRules,
        JsonNode derivation,
        Instant createdAt,
        Instant deadline,
        String resolvedBy,
        Instant resolvedAt,
        String reason) {

    public EscalationView {
        matchedRules = List.copyOf(matchedRules);
    }

    /** {@code escalate} while open, {@code permit} once approved, {@code deny} once denied or timed out. */
    public String decision() {
        return switch (state) {
            case OPEN -> "escalate";
            case APPROVED -> "permit";
            case DENIED, TIMED_OUT -> "deny";
        };
    }

    /** Null while open; {@code escalation_approved}, {@code escalation_denied} or {@code escalation_timeout}. */
    public String reasonCode() {
        return switch (state) {
            case OPEN -> null;
            case APPROVED -> "escalation_approved";
            case DENIED -> "escalation_denied";
            case TIMED_OUT -> "escalation_timeout";
        };
    }

    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", id);
        json.put("seq", id);
        json.put("state", state.label());
        json.put("decision", decision());
        json.put("reason_code", reasonCode());
        json.put("agent", agent);
        json.put("action", action);
        json.set("arguments", arguments);
        json.put("route", route);
        matchedRules.forEach(json.putArray("matched_rules")::add);
        json.set("derivation", derivation);
        json.put("created_at", createdAt.toString());
        json.put("deadline", deadline.toString());
        json.put("resolved_by", resolvedBy);
        json.put("resolved_at", resolvedAt == null ? null : resolvedAt.toString());
        json.put("reason", reason);
        return json;
    }
}
