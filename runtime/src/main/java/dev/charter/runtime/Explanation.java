package dev.charter.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.json.CanonicalWriter;
import dev.charter.runtime.json.CanonicalWriter.Name;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why a decision came out as it did, rule by rule ("why not"): for each rule of the requested
 * action, highest priority first, whether its condition held and, when it did not, the first
 * condition that was false with the values it read; which rules decided and why the others lost.
 * Built by {@link Decision#explain()} only when asked for, never while deciding, and never part
 * of the decision's JSON or of a ledger record.
 *
 * <p>On a failure (a {@link ReasonCode#isFailure() failure} code) the explanation gives the reason
 * code and reason and, when the failure came from evaluating a rule's condition (an overflow, an
 * exhausted budget), that rule with the failure; the other rules are not listed, since no rule
 * decides a failed request.
 */
public record Explanation(Effect effect, ReasonCode reasonCode, String reason, List<RuleVerdict> rules) {

    public Explanation {
        rules = List.copyOf(rules);
    }

    /** What became of a rule. */
    public enum Verdict {
        /** Its condition held and it is among the highest-priority matching rules, which agreed. */
        DECIDED,
        /** Its condition held at the highest matching priority, where the rules disagreed: {@code on conflict} decided. */
        CONFLICT,
        /** Its condition held, but a rule of higher priority decided. */
        OVERRIDDEN,
        /** Its condition did not hold. */
        NOT_MATCHED,
        /** Evaluating its condition failed, with {@link RuleVerdict#error()}. */
        ERROR;

        /** The lower-case name used in JSON, e.g. {@code not_matched}. */
        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which part of a rule a condition comes from. */
    public enum Part {
        /** The {@code when} condition: the rule applies only if it holds. */
        WHEN,
        /** The {@code unless} condition: the rule does not apply if it holds. */
        UNLESS;

        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A Datalog atom a condition checked, with the request's values: {@code may("bot-7", pay)}. */
    public record AtomCheck(String atom, boolean holds) {}

    /**
     * The condition that kept a rule from applying: for {@code when}, the first conjunct that was
     * false (a disjunction, negation or implication as a whole); for {@code unless}, the condition
     * that held (the first disjunct that held when it is a disjunction). {@code text} is the
     * condition as Charter source text, {@code values} the attribute values (and {@code agent},
     * {@code action}) it read by path, and the history aggregates it read by their text
     * ({@code count(permitted refund, same agent, within 1 hour)}), in evaluation form ({@code Long}, {@code BigDecimal},
     * {@code Boolean}, {@code LocalDate}, {@code String}; {@code time.of_day} in minutes; {@code null} for an optional parameter the request left out), and
     * {@code atoms} the Datalog atoms it checked; {@code condition} is the condition itself, a node
     * of the rule's IR condition.
     */
    public record FailedCondition(
            Part part,
            Expr condition,
            String text,
            SourceSpan span,
            Map<String, Object> values,
            List<AtomCheck> atoms) {
        public FailedCondition {
            values = Collections.unmodifiableMap(new TreeMap<>(values));
            atoms = List.copyOf(atoms);
        }
    }

    /**
     * One rule of the action: its effect, priority, route and span, and its {@link Verdict};
     * {@code failed} is set for {@link Verdict#NOT_MATCHED}, {@code by} (the first deciding rule)
     * for {@link Verdict#OVERRIDDEN}, {@code error} (the reason code) for {@link Verdict#ERROR}.
     */
    public record RuleVerdict(
            String rule,
            Effect effect,
            long priority,
            String route,
            SourceSpan span,
            Verdict verdict,
            FailedCondition failed,
            String by,
            ReasonCode error) {}

    // Members in RFC 8785 order.
    private static final Name REASON = Name.of("reason");
    private static final Name REASON_CODE = Name.of("reason_code");
    private static final Name RULES = Name.of("rules");

    private static final Name AT = Name.of("at");
    private static final Name BY = Name.of("by");
    private static final Name EFFECT = Name.of("effect");
    private static final Name FAILED = Name.of("failed");
    private static final Name PRIORITY = Name.of("priority");
    private static final Name ROUTE = Name.of("route");
    private static final Name RULE = Name.of("rule");
    private static final Name VERDICT = Name.of("verdict");

    private static final Name ATOMS = Name.of("atoms");
    private static final Name CONDITION = Name.of("condition");
    private static final Name PART = Name.of("part");
    private static final Name VALUES = Name.of("values");

    private static final Name ATOM = Name.of("atom");
    private static final Name HOLDS = Name.of("holds");

    /** The explanation as JSON, as a fresh tree. */
    public ObjectNode toJsonTree() {
        return CanonicalJson.tree(toJson());
    }

    /**
     * The explanation as canonical (RFC 8785) JSON (docs/requests.md, "Why not"): {@code reason},
     * {@code reason_code}, and {@code rules}, each with {@code at}, {@code by} (when overridden),
     * {@code effect}, {@code failed} (when not matched: {@code at}, {@code atoms}, {@code condition},
     * {@code part}, {@code values}), {@code priority}, {@code reason_code} (when its evaluation
     * failed), {@code route} (when escalating), {@code rule} and {@code verdict}.
     */
    public String toJson() {
        return CanonicalWriter.render(this::writeJson);
    }

    void writeJson(CanonicalWriter out) {
        out.beginObject().name(REASON).stringOrNull(reason).name(REASON_CODE).string(reasonCode.keyword());
        out.name(RULES).beginArray();
        for (RuleVerdict r : rules) {
            out.beginObject().name(AT).string(r.span().toString());
            if (r.by() != null) {
                out.name(BY).string(r.by());
            }
            out.name(EFFECT).string(r.effect().keyword());
            if (r.failed() != null) {
                writeFailed(r.failed(), out);
            }
            out.name(PRIORITY).number(r.priority());
            if (r.error() != null) {
                out.name(REASON_CODE).string(r.error().keyword());
            }
            if (r.route() != null) {
                out.name(ROUTE).string(r.route());
            }
            out.name(RULE)
                    .string(r.rule())
                    .name(VERDICT)
                    .string(r.verdict().keyword())
                    .endObject();
        }
        out.endArray().endObject();
    }

    private static void writeFailed(FailedCondition c, CanonicalWriter out) {
        out.name(FAILED).beginObject().name(AT).string(c.span().toString());
        out.name(ATOMS).beginArray();
        for (AtomCheck a : c.atoms()) {
            out.beginObject()
                    .name(ATOM)
                    .string(a.atom())
                    .name(HOLDS)
                    .bool(a.holds())
                    .endObject();
        }
        out.endArray();
        out.name(CONDITION).string(c.text()).name(PART).string(c.part().keyword());
        out.name(VALUES).beginObject();
        // TreeMap order is UTF-16 code-unit order, which is RFC 8785's.
        for (Map.Entry<String, Object> v : c.values().entrySet()) {
            out.name(v.getKey());
            Trace.writeForm(v.getValue(), out);
        }
        out.endObject().endObject();
    }

    /**
     * The explanation for people, to print after the decision's own line: per effect, the
     * action's rules of that effect, headed {@code why E:} for the decision's effect and
     * {@code why not E:} for the others, one line each; empty when there are no rules to explain
     * (a failure says all in its reason):
     *
     * <pre>
     * why not permit:
     *   rule market_hours (permit, priority 0): not matched — time.of_day &lt; 16:00 was false (time.of_day = 17:05)
     * </pre>
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        for (Effect e : List.of(Effect.PERMIT, Effect.ESCALATE, Effect.DENY)) {
            List<RuleVerdict> of = new ArrayList<>();
            for (RuleVerdict r : rules) {
                if (r.effect() == e) {
                    of.add(r);
                }
            }
            if (of.isEmpty()) {
                continue;
            }
            out.append(e == effect ? "why " : "why not ").append(e.keyword()).append(":\n");
            for (RuleVerdict r : of) {
                out.append("  rule ")
                        .append(r.rule())
                        .append(" (")
                        .append(r.effect().keyword())
                        .append(", priority ")
                        .append(r.priority())
                        .append("): ")
                        .append(verdictText(r))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private String verdictText(RuleVerdict r) {
        return switch (r.verdict()) {
            case DECIDED -> "matched — decided";
            case CONFLICT -> "matched — in conflict at priority " + r.priority() + "; on conflict " + effect.keyword();
            case OVERRIDDEN -> "matched — overridden by " + r.by() + ", of higher priority";
            case ERROR -> "evaluation failed — " + r.error().keyword();
            case NOT_MATCHED -> "not matched — " + failedText(r.failed());
        };
    }

    private static String failedText(FailedCondition c) {
        StringBuilder out = new StringBuilder();
        if (c.part() == Part.UNLESS) {
            out.append("unless ").append(c.text()).append(" held");
        } else {
            out.append(c.text()).append(" was false");
        }
        List<String> read = new ArrayList<>();
        for (Map.Entry<String, Object> v : c.values().entrySet()) {
            read.add(v.getKey() + " = " + valueText(v.getKey(), v.getValue()));
        }
        for (AtomCheck a : c.atoms()) {
            read.add(a.atom() + (a.holds() ? " holds" : " has no derivation"));
        }
        if (!read.isEmpty()) {
            out.append(" (").append(String.join(", ", read)).append(')');
        }
        return out.toString();
    }

    private static String valueText(String path, Object form) {
        if (form == null) {
            return "null";
        }
        if (form instanceof Long l && path.equals("time.of_day")) {
            return ConditionText.timeOfDay(l);
        }
        if (form instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (form instanceof Map<?, ?> members) {
            return members.entrySet().stream()
                    .map(m -> m.getKey() + ": " + valueText("", m.getValue()))
                    .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
        }
        if (form instanceof List<?> list) {
            return list.stream()
                    .map(e -> valueText("", e))
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        if (form instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return form.toString();
    }
}
