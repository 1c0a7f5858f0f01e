package dev.charter.bench.sidebyside.contender;

import com.cedarpolicy.BasicAuthorizationEngine;
import com.cedarpolicy.model.AuthorizationRequest;
import com.cedarpolicy.model.AuthorizationResponse;
import com.cedarpolicy.model.AuthorizationSuccessResponse;
import com.cedarpolicy.model.entity.Entity;
import com.cedarpolicy.model.policy.Policy;
import com.cedarpolicy.model.policy.PolicySet;
import com.cedarpolicy.value.Decimal;
import com.cedarpolicy.value.EntityTypeName;
import com.cedarpolicy.value.EntityUID;
import com.cedarpolicy.value.PrimBool;
import com.cedarpolicy.value.PrimLong;
import com.cedarpolicy.value.PrimString;
import com.cedarpolicy.value.Value;
import dev.charter.bench.sidebyside.model.AccessRequest;
import dev.charter.bench.sidebyside.model.Attribute;
import dev.charter.bench.sidebyside.model.Condition;
import dev.charter.bench.sidebyside.model.PolicyModel;
import dev.charter.bench.sidebyside.model.PolicyRule;
import dev.charter.bench.sidebyside.model.Verdict;
import dev.charter.bench.sidebyside.model.Workload;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Cedar through cedar-java (its Rust evaluator over JNI): one policy per rule, the
 * {@link PolicySet} parsed and {@linkplain PolicySet#cache() cached} on the native side once, as
 * cedar-java recommends for repeated authorisation, and {@code isAuthorized} per decision.
 *
 * <p>Translation. Deny rules are {@code forbid} policies and the others {@code permit} (Cedar's
 * forbid-overrides-permit is the model's deny-outranks-all); an ESCALATE is an Allow whose
 * determining policies include an escalation rule. Attributes travel in the request context,
 * named {@code request_amount}, {@code context_risk}, ...; decimals are Cedar decimals. Cedar has
 * a transitive entity hierarchy but no rules that derive facts, so {@code may} is
 * <b>pre-expanded</b>: each agent entity gets the parents {@code May::"action"} for every action
 * the harness's closure computes, and {@code may(agent, X)} becomes {@code principal in May::"X"}.
 * Each request carries only its principal's entity (Cedar's advice: pass the slice a request
 * needs).
 */
final class CedarContender implements Contender {

    private static final EntityTypeName AGENT = EntityTypeName.parse("Agent").orElseThrow();
    private static final EntityTypeName ACTION = EntityTypeName.parse("Action").orElseThrow();
    private static final EntityTypeName MAY = EntityTypeName.parse("May").orElseThrow();
    private static final EntityUID RESOURCE =
            new EntityUID(EntityTypeName.parse("Resource").orElseThrow(), "any");

    @Override
    public String name() {
        return "cedar";
    }

    @Override
    public Loaded load(Workload workload) throws Exception {
        PolicyModel model = workload.model();
        Set<Policy> policies = new LinkedHashSet<>();
        Set<String> escalations = new HashSet<>();
        for (PolicyRule rule : model.rules()) {
            policies.add(new Policy(policy(rule), rule.name()));
            if (rule.effect() == Verdict.ESCALATE) {
                escalations.add(rule.name());
            }
        }
        PolicySet policySet = new PolicySet(policies);
        policySet.cache();
        Map<String, Set<String>> may = model.facts().entitlementsByAgent();
        Map<String, Set<Entity>> slices = new HashMap<>();
        int n = workload.requests().size();
        AuthorizationRequest[] requests = new AuthorizationRequest[n];
        @SuppressWarnings("unchecked")
        Set<Entity>[] entities = (Set<Entity>[]) new Set<?>[n];
        for (int i = 0; i < n; i++) {
            AccessRequest r = workload.requests().get(i);
            entities[i] = slices.computeIfAbsent(r.agent(), a -> Set.of(agent(a, may.getOrDefault(a, Set.of()))));
            requests[i] = new AuthorizationRequest(
                    new EntityUID(AGENT, r.agent()), new EntityUID(ACTION, r.action()), RESOURCE, context(r));
        }
        BasicAuthorizationEngine engine = new BasicAuthorizationEngine();
        Decider decider = i -> verdict(engine.isAuthorized(requests[i], policySet, entities[i]), escalations);
        return () -> decider;
    }

    static String policy(PolicyRule rule) {
        String head = (rule.effect() == Verdict.DENY ? "forbid" : "permit") + "(principal, action == Action::\""
                + rule.action() + "\", resource)";
        if (rule.conditions().isEmpty()) {
            return head + ";";
        }
        StringJoiner when = new StringJoiner(" && ", " when { ", " };");
        rule.conditions().forEach(c -> when.add(condition(c)));
        return head + when;
    }

    private static String condition(Condition c) {
        if (c instanceof Condition.May) {
            return "principal in May::\"" + ((Condition.May) c).action() + "\"";
        }
        Condition.Compare cmp = (Condition.Compare) c;
        String attribute = "context." + cmp.attribute().flatName();
        switch (cmp.attribute().kind()) {
            case DECIMAL:
                return decimalComparison(attribute, cmp.op(), (BigDecimal) cmp.constant());
            case STRING:
            case ENUM:
                return attribute + " " + cmp.op().symbol() + " \"" + cmp.constant() + "\"";
            default:
                return attribute + " " + cmp.op().symbol() + " " + cmp.constant();
        }
    }

    /** Cedar orders decimals with methods, not operators. */
    private static String decimalComparison(String attribute, Condition.Op op, BigDecimal constant) {
        String literal = "decimal(\"" + decimalText(constant) + "\")";
        switch (op) {
            case LT:
                return attribute + ".lessThan(" + literal + ")";
            case LE:
                return attribute + ".lessThanOrEqual(" + literal + ")";
            case GT:
                return attribute + ".greaterThan(" + literal + ")";
            case GE:
                return attribute + ".greaterThanOrEqual(" + literal + ")";
            default:
                return attribute + " " + op.symbol() + " " + literal;
        }
    }

    /** Cedar decimals have one to four fractional digits. */
    private static String decimalText(BigDecimal value) {
        return value.setScale(Math.max(1, value.scale())).toPlainString();
    }

    private static Entity agent(String name, Set<String> entitled) {
        Set<EntityUID> parents = new HashSet<>();
        entitled.forEach(action -> parents.add(new EntityUID(MAY, action)));
        return new Entity(new EntityUID(AGENT, name), parents);
    }

    private static Map<String, Value> context(AccessRequest r) {
        Map<String, Value> context = new HashMap<>();
        r.values().forEach((attribute, value) -> context.put(attribute.flatName(), value(attribute, value)));
        return context;
    }

    private static Value value(Attribute attribute, Object value) {
        switch (attribute.kind()) {
            case INT:
                return new PrimLong((Long) value);
            case DECIMAL:
                return new Decimal(decimalText((BigDecimal) value));
            case BOOL:
                return new PrimBool((Boolean) value);
            default:
                return new PrimString((String) value);
        }
    }

    private static Verdict verdict(AuthorizationResponse response, Set<String> escalations) {
        AuthorizationSuccessResponse success =
                response.success.orElseThrow(() -> new IllegalStateException("Cedar could not decide: " + response));
        if (!success.getErrors().isEmpty()) {
            throw new IllegalStateException("Cedar policy errors: " + success.getErrors());
        }
        if (!success.isAllowed()) {
            return Verdict.DENY;
        }
        for (String policy : success.getReason()) {
            if (escalations.contains(policy)) {
                return Verdict.ESCALATE;
            }
        }
        return Verdict.PERMIT;
    }
}
