package dev.charter.bench.sidebyside.contender;

import dev.charter.bench.sidebyside.model.AccessRequest;
import dev.charter.bench.sidebyside.model.Condition;
import dev.charter.bench.sidebyside.model.Facts;
import dev.charter.bench.sidebyside.model.PolicyModel;
import dev.charter.bench.sidebyside.model.PolicyRule;
import dev.charter.bench.sidebyside.model.Verdict;
import dev.charter.bench.sidebyside.model.Workload;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.casbin.jcasbin.main.EnforceResult;
import org.casbin.jcasbin.main.SyncedEnforcer;
import org.casbin.jcasbin.model.Model;

/**
 * jCasbin with the ABAC model its documentation gives for "a large number of ABAC rules": one
 * policy line per rule whose condition is an expression the matcher evaluates
 * ({@code eval(p.cond)}), and the {@code priority(p.eft) || deny} effect, under which the first
 * matching policy in priority order decides (the model's priorities order deny before escalate
 * before permit, and an escalation is an allow policy tagged {@code escalate}, read back from
 * {@code enforceEx}'s explanation). {@link SyncedEnforcer} is jCasbin's enforcer for concurrent
 * use, shared by all threads. Its expression evaluator (Aviator) is told to cache compiled
 * expressions: without that, every {@code eval} of every policy on every request compiles the
 * condition into a new class (milliseconds per decision at 32 rules, far slower than jCasbin is
 * when configured as intended).
 *
 * <p>{@code may} is jCasbin's own RBAC with domains, one domain per action: {@code role(A, R)}
 * is {@code g(A, role:R, X)} in every action's domain, {@code grants(R, X)} is
 * {@code g(role:R, may, X)}, {@code delegates(A, B, X)} is {@code g(B, A, X)}, and the role
 * manager's transitive link check {@code g(agent, 'may', 'X')} derives the closure itself (its
 * default depth limit of 10 links is above the workloads' longest chain). Not pre-expanded.
 */
final class CasbinContender implements Contender {

    @Override
    public String name() {
        return "jcasbin";
    }

    @Override
    public Loaded load(Workload workload) {
        PolicyModel model = workload.model();
        Model casbin = new Model();
        casbin.addDef("r", "r", "agent, act, attrs");
        casbin.addDef("p", "p", "priority, act, cond, eft, outcome");
        casbin.addDef("g", "g", "_, _, _");
        casbin.addDef("e", "e", "priority(p.eft) || deny");
        casbin.addDef("m", "m", "r.act == p.act && eval(p.cond)");
        SyncedEnforcer enforcer = new SyncedEnforcer(casbin);
        enforcer.getAviatorEval().setCachedExpressionByDefault(true);
        List<PolicyRule> byPriority = new ArrayList<>(model.rules());
        byPriority.sort(Comparator.comparingInt(PolicyRule::priority).reversed());
        List<List<String>> policies = new ArrayList<>();
        for (PolicyRule rule : byPriority) {
            policies.add(List.of(
                    Integer.toString(-rule.priority()),
                    rule.action(),
                    condition(rule),
                    rule.effect() == Verdict.DENY ? "deny" : "allow",
                    rule.effect().name()));
        }
        enforcer.addPolicies(policies);
        List<List<String>> links = links(model);
        if (!links.isEmpty()) {
            enforcer.addNamedGroupingPolicies("g", links);
        }
        Object[][] requests =
                workload.requests().stream().map(CasbinContender::request).toArray(Object[][]::new);
        Decider decider = i -> verdict(enforcer.enforceEx(requests[i]));
        return () -> decider;
    }

    private static String condition(PolicyRule rule) {
        if (rule.conditions().isEmpty()) {
            return "true";
        }
        StringJoiner cond = new StringJoiner(" && ");
        rule.conditions().forEach(c -> cond.add(condition(c)));
        return cond.toString();
    }

    private static String condition(Condition c) {
        if (c instanceof Condition.May) {
            return "g(r.agent, 'may', '" + ((Condition.May) c).action() + "')";
        }
        Condition.Compare cmp = (Condition.Compare) c;
        String attribute = "r.attrs." + cmp.attribute().flatName();
        switch (cmp.attribute().kind()) {
            case DECIMAL:
                return attribute + " " + cmp.op().symbol() + " " + ((BigDecimal) cmp.constant()).toPlainString() + "M";
            case STRING:
            case ENUM:
                return attribute + " " + cmp.op().symbol() + " '" + cmp.constant() + "'";
            default:
                return attribute + " " + cmp.op().symbol() + " " + cmp.constant();
        }
    }

    /** The role links of {@code may}, one domain per action (see the class description). */
    private static List<List<String>> links(PolicyModel model) {
        List<List<String>> links = new ArrayList<>();
        if (!model.usesKnowledge()) {
            return links;
        }
        Facts facts = model.facts();
        for (Facts.Role r : facts.roles()) {
            for (String action : model.actions().keySet()) {
                links.add(List.of(r.agent(), "role:" + r.role(), action));
            }
        }
        facts.grants().forEach(g -> links.add(List.of("role:" + g.role(), "may", g.action())));
        facts.delegations().forEach(d -> links.add(List.of(d.to(), d.from(), d.action())));
        return links;
    }

    private static Object[] request(AccessRequest r) {
        Map<String, Object> attrs = new HashMap<>();
        r.values().forEach((attribute, value) -> attrs.put(attribute.flatName(), value));
        return new Object[] {r.agent(), r.action(), attrs};
    }

    private static Verdict verdict(EnforceResult result) {
        if (!result.isAllow()) {
            return Verdict.DENY;
        }
        List<String> policy = result.getExplain();
        return Verdict.valueOf(policy.get(policy.size() - 1));
    }
}
