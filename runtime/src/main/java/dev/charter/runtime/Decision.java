package dev.charter.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.json.CanonicalWriter;
import dev.charter.runtime.json.CanonicalWriter.Name;
import java.util.List;

/**
 * The answer to one request: the effect, the escalation route, the deciding rules, a reason for
 * people, a {@link ReasonCode} for machines, and the {@link Trace} that shows how it was reached.
 *
 * <p>PERMIT is only ever the effect of a decision with {@link ReasonCode#RULE}: every failure is
 * a DENY. Immutable and thread-safe; {@link #toJson()} is deterministic canonical JSON, so that a
 * replay of the same bundle, snapshot and request compares byte for byte.
 */
public final class Decision {

    // The members of toJson(), in RFC 8785 order.
    private static final Name DECISION = Name.of("decision");
    private static final Name REASON = Name.of("reason");
    private static final Name REASON_CODE = Name.of("reason_code");
    private static final Name ROUTE = Name.of("route");
    private static final Name RULE = Name.of("rule");
    private static final Name RULES = Name.of("rules");
    private static final Name TRACE = Name.of("trace");

    private final Effect effect;
    private final String route;
    private final List<String> rules;
    private final String reason;
    private final ReasonCode reasonCode;
    private final Trace trace;
    private volatile String json;
    private volatile Explanation explanation;

    Decision(Effect effect, String route, List<String> rules, String reason, ReasonCode reasonCode, Trace trace) {
        if (effect == Effect.PERMIT && reasonCode != ReasonCode.RULE) {
            throw new IllegalStateException("only a winning permit rule permits");
        }
        this.effect = effect;
        this.route = route;
        this.rules = List.copyOf(rules);
        this.reason = reason;
        this.reasonCode = reasonCode;
        this.trace = trace;
    }

    public Effect effect() {
        return effect;
    }

    /** Whether the action may go ahead. */
    public boolean permitted() {
        return effect == Effect.PERMIT;
    }

    /** Where an escalation goes; null unless the effect is ESCALATE. */
    public String route() {
        return route;
    }

    /**
     * The deciding rules: the highest-priority matching rules that were evaluated, led by the one
     * whose route the decision takes — every one when they disagreed or when the request asked
     * for an explanation (a summary leaves unevaluated the rules that cannot change the decision;
     * see {@link Trace}); empty when the default applied or evaluation failed.
     */
    public List<String> rules() {
        return rules;
    }

    /** Why, for people: the deciding rule's {@code because}, or what went wrong. */
    public String reason() {
        return reason;
    }

    public ReasonCode reasonCode() {
        return reasonCode;
    }

    public Trace trace() {
        return trace;
    }

    /**
     * Why the decision came out as it did, rule by rule ("why not", docs/embedding.md): computed
     * on the first call, from this decision's trace, by evaluating the action's rules again on a
     * copy of the request's bound values; deciding never computes it. It never changes the
     * decision, its trace or {@link #toJson()}, and never throws: a failed decision is explained
     * by its reason code.
     */
    public Explanation explain() {
        Explanation e = explanation;
        if (e == null) {
            e = Explainer.explain(this);
            explanation = e;
        }
        return e;
    }

    /**
     * The decision in the JSON form of docs/requests.md, as a fresh tree: {@code decision},
     * {@code route} (when escalating), {@code rule} (the first deciding rule), {@code rules},
     * {@code reason}, {@code reason_code} and {@code trace}.
     */
    public ObjectNode toJsonTree() {
        return CanonicalJson.tree(toJson());
    }

    /**
     * {@link #toJsonTree()} as canonical (RFC 8785) JSON, written without building the tree: every
     * durable decision record carries it. The decision's members are fixed, so they are written
     * in their RFC 8785 order: {@code decision}, {@code reason}, {@code reason_code},
     * {@code route}, {@code rule}, {@code rules}, {@code trace}.
     */
    public String toJson() {
        String s = json;
        if (s == null) {
            s = CanonicalWriter.render(this::writeJson);
            json = s;
        }
        return s;
    }

    private void writeJson(CanonicalWriter out) {
        out.beginObject()
                .name(DECISION)
                .string(effect.keyword())
                .name(REASON)
                .stringOrNull(reason)
                .name(REASON_CODE)
                .string(reasonCode.keyword());
        if (route != null) {
            out.name(ROUTE).string(route);
        }
        if (!rules.isEmpty()) {
            out.name(RULE).string(rules.get(0));
        }
        out.name(RULES).beginArray();
        for (String rule : rules) {
            out.string(rule);
        }
        out.endArray().name(TRACE);
        trace.writeJson(out);
        out.endObject();
    }

    /**
     * The DENY that takes this decision's place when it cannot be recorded durably (audit or
     * deny): reason code {@link ReasonCode#LEDGER_FAILURE}, {@code why} as the reason, the same
     * trace. The ledger-backed engine returns it; nothing else needs it.
     */
    public Decision unrecorded(String why) {
        return new Decision(Effect.DENY, null, List.of(), why, ReasonCode.LEDGER_FAILURE, trace);
    }

    @Override
    public String toString() {
        return effect.keyword() + (route == null ? "" : " to " + route) + " (" + reasonCode.keyword() + ")"
                + (rules.isEmpty() ? "" : " by " + String.join(", ", rules));
    }
}
