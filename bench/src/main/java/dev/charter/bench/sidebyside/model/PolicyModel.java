package dev.charter.bench.sidebyside.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A constitution reduced to what all six engines can express: a schema, the {@code may}
 * knowledge of {@link Facts}, and decision rules whose priorities order their effects
 * (see {@link Verdict}). Each contender translates it into its own language; the agreement check
 * proves each translation faithful on the workload's requests.
 *
 * @param name the constitution's name
 * @param enums enum name → members, in declaration order
 * @param context the context attributes
 * @param actions action name → its parameters, in declaration order
 * @param rules the decision rules, in declaration order
 * @param facts the knowledge; grants belong to the constitution, roles and delegations to the
 *     host's fact snapshot
 */
public record PolicyModel(
        String name,
        Map<String, List<String>> enums,
        List<Attribute> context,
        Map<String, List<Attribute>> actions,
        List<PolicyRule> rules,
        Facts facts) {

    public PolicyModel {
        Objects.requireNonNull(name);
        enums = immutableCopy(enums);
        context = List.copyOf(context);
        actions = immutableCopy(actions);
        rules = List.copyOf(rules);
        Objects.requireNonNull(facts);
        checkRules(actions, context, enums, rules);
        checkPriorities(rules);
    }

    /** The attributes a request for {@code action} carries: its parameters, then the context. */
    public List<Attribute> attributesOf(String action) {
        List<Attribute> all = new ArrayList<>(actions.get(action));
        all.addAll(context);
        return all;
    }

    /** Every attribute of the model, each once: all parameters of all actions, then the context. */
    public List<Attribute> allAttributes() {
        List<Attribute> all = new ArrayList<>();
        for (List<Attribute> params : actions.values()) {
            for (Attribute a : params) {
                if (!all.contains(a)) {
                    all.add(a);
                }
            }
        }
        all.addAll(context);
        return all;
    }

    /** Whether any rule reads the {@code may} relation. */
    public boolean usesKnowledge() {
        return rules.stream().flatMap(r -> r.conditions().stream()).anyMatch(c -> c instanceof Condition.May);
    }

    private static <V> Map<String, List<V>> immutableCopy(Map<String, List<V>> map) {
        Map<String, List<V>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static void checkRules(
            Map<String, List<Attribute>> actions,
            List<Attribute> context,
            Map<String, List<String>> enums,
            List<PolicyRule> rules) {
        List<String> names = new ArrayList<>();
        for (PolicyRule rule : rules) {
            if (names.contains(rule.name())) {
                throw new IllegalArgumentException("two rules are named " + rule.name());
            }
            names.add(rule.name());
            List<Attribute> params = actions.get(rule.action());
            if (params == null) {
                throw new IllegalArgumentException(rule.name() + " applies to an undeclared action " + rule.action());
            }
            for (Condition c : rule.conditions()) {
                if (c instanceof Condition.Compare) {
                    Condition.Compare cmp = (Condition.Compare) c;
                    if (!params.contains(cmp.attribute()) && !context.contains(cmp.attribute())) {
                        throw new IllegalArgumentException(rule.name() + " reads "
                                + cmp.attribute().path() + ", which " + rule.action() + " does not carry");
                    }
                    if (cmp.attribute().kind() == Attribute.Kind.ENUM
                            && !enums.get(cmp.attribute().enumName()).contains((String) cmp.constant())) {
                        throw new IllegalArgumentException(
                                rule.name() + " compares with a non-member " + cmp.constant());
                    }
                }
            }
        }
    }

    /** Deny rules outrank escalations, which outrank permits: see {@link Verdict}. */
    private static void checkPriorities(List<PolicyRule> rules) {
        for (PolicyRule stronger : rules) {
            for (PolicyRule weaker : rules) {
                if (stronger.effect().ordinal() < weaker.effect().ordinal()
                        && stronger.priority() <= weaker.priority()) {
                    throw new IllegalArgumentException(stronger.name() + " (" + stronger.effect() + ") must outrank "
                            + weaker.name() + " (" + weaker.effect() + ")");
                }
            }
        }
    }
}
