package dev.charter.bench.sidebyside.model;

import java.util.Map;
import java.util.Set;

/**
 * The model's meaning, computed directly: the strongest effect among the rules that match, DENY
 * when none does. Every engine's decision on every request is checked against it before anything
 * is timed.
 */
public final class ModelOracle {

    private final PolicyModel model;
    private final Map<String, Set<String>> entitlements;

    public ModelOracle(PolicyModel model) {
        this.model = model;
        this.entitlements = model.facts().entitlementsByAgent();
    }

    /** The decision every engine must reach on {@code request}. */
    public Verdict decide(AccessRequest request) {
        Verdict verdict = null;
        for (PolicyRule rule : model.rules()) {
            if (rule.action().equals(request.action()) && matches(rule, request)) {
                verdict = verdict == null ? rule.effect() : verdict.strongest(rule.effect());
            }
        }
        return verdict == null ? Verdict.DENY : verdict;
    }

    private boolean matches(PolicyRule rule, AccessRequest request) {
        for (Condition c : rule.conditions()) {
            if (!holds(c, request)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(Condition condition, AccessRequest request) {
        if (condition instanceof Condition.May) {
            return entitlements.getOrDefault(request.agent(), Set.of()).contains(((Condition.May) condition).action());
        }
        Condition.Compare cmp = (Condition.Compare) condition;
        Object value = request.value(cmp.attribute());
        return cmp.op().holds(compare(value, cmp.constant()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object value, Object constant) {
        return ((Comparable) value).compareTo(constant);
    }
}
