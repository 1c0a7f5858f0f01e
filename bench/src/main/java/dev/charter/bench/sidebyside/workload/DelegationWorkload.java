package dev.charter.bench.sidebyside.workload;

import dev.charter.bench.sidebyside.model.AccessRequest;
import dev.charter.bench.sidebyside.model.Attribute;
import dev.charter.bench.sidebyside.model.Condition;
import dev.charter.bench.sidebyside.model.Facts;
import dev.charter.bench.sidebyside.model.PolicyModel;
import dev.charter.bench.sidebyside.model.PolicyRule;
import dev.charter.bench.sidebyside.model.Verdict;
import dev.charter.bench.sidebyside.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Workload (b): roles and delegation with permission ceilings. Five roles each grant three of ten
 * actions {@code task0..task9}; one agent in ten holds one or two roles; every other agent
 * receives one to three delegations, each of one action, from agents created before it (so the
 * delegation graph has no cycles and chains at most {@value #MAX_DEPTH} hops long). A delegation
 * of an action the delegator may not take gives nothing: {@code may} is the ceiling.
 *
 * Delegators mostly pass on what they may do, sometimes what they may not.
 *
 * <p>Rules: for every action, {@code permit taskN when may(agent, taskN)} and
 * {@code deny taskN when context.suspended == true priority 10}. Requests pick an agent (one in
 * twenty unknown to the facts), an action (mostly one the agent may take), and a suspension (one
 * in ten).
 */
public final class DelegationWorkload {

    static final int ACTIONS = 10;
    static final int ROLES = 5;
    static final int MAX_DEPTH = 6;
    static final Attribute SUSPENDED = Attribute.of(Attribute.Scope.CONTEXT, "suspended", Attribute.Kind.BOOL);

    private DelegationWorkload() {}

    /** The workload over {@code agentCount} agents with {@code requestCount} requests. */
    public static Workload of(int agentCount, int requestCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> roles = new ArrayList<>();
        for (int r = 0; r < ROLES; r++) {
            roles.add("role" + r);
        }
        Map<String, List<Attribute>> actions = new LinkedHashMap<>();
        List<PolicyRule> rules = new ArrayList<>();
        for (int a = 0; a < ACTIONS; a++) {
            actions.put(action(a), List.of());
            rules.add(PolicyRule.of(
                    "may_" + action(a), Verdict.PERMIT, action(a), 0, List.of(new Condition.May(action(a)))));
            rules.add(PolicyRule.of(
                    "suspended_" + action(a),
                    Verdict.DENY,
                    action(a),
                    10,
                    List.of(new Condition.Compare(SUSPENDED, Condition.Op.EQ, true))));
        }
        List<Facts.Grant> grants = new ArrayList<>();
        for (String role : roles) {
            Set<Integer> granted = new LinkedHashSet<>();
            while (granted.size() < 3) {
                granted.add(random.nextInt(ACTIONS));
            }
            granted.forEach(a -> grants.add(new Facts.Grant(role, action(a))));
        }
        Map<String, Set<Integer>> granted = new LinkedHashMap<>();
        grants.forEach(g -> granted.computeIfAbsent(g.role(), r -> new LinkedHashSet<>())
                .add(Integer.parseInt(g.action().substring("task".length()))));
        List<Facts.Role> holders = new ArrayList<>();
        List<Facts.Delegation> delegations = new ArrayList<>();
        List<List<Integer>> may = new ArrayList<>();
        int[] depth = new int[agentCount];
        int principals = Math.max(1, agentCount / 10);
        for (int i = 0; i < agentCount; i++) {
            Set<Integer> entitled = new LinkedHashSet<>();
            if (i < principals) {
                int held = 1 + random.nextInt(2);
                for (int k = 0; k < held; k++) {
                    String role = roles.get(random.nextInt(ROLES));
                    holders.add(new Facts.Role(agent(i), role));
                    entitled.addAll(granted.get(role));
                }
            } else {
                int received = 1 + random.nextInt(3);
                for (int k = 0; k < received; k++) {
                    int from = random.nextInt(i);
                    while (depth[from] >= MAX_DEPTH) {
                        from = random.nextInt(principals);
                    }
                    depth[i] = Math.max(depth[i], depth[from] + 1);
                    int act = pick(random, may.get(from));
                    delegations.add(new Facts.Delegation(agent(from), agent(i), action(act)));
                    if (may.get(from).contains(act)) {
                        entitled.add(act);
                    }
                }
            }
            may.add(new ArrayList<>(entitled));
        }
        PolicyModel model = new PolicyModel(
                "delegation-" + agentCount,
                Map.of("Role", roles),
                List.of(SUSPENDED),
                actions,
                rules,
                new Facts(holders, grants, delegations));
        List<AccessRequest> requests = new ArrayList<>();
        for (int i = 0; i < requestCount; i++) {
            if (random.nextInt(20) == 0) {
                requests.add(new AccessRequest(
                        "unknown-" + random.nextInt(100),
                        action(random.nextInt(ACTIONS)),
                        Map.of(SUSPENDED, random.nextInt(10) == 0)));
                continue;
            }
            int agent = random.nextInt(agentCount);
            requests.add(new AccessRequest(
                    agent(agent), action(pick(random, may.get(agent))), Map.of(SUSPENDED, random.nextInt(10) == 0)));
        }
        return new Workload("delegation-" + agentCount, model, requests, Optional.empty());
    }

    /**
     * An action: four times in five one of {@code entitled} (when there is one), otherwise any,
     * so that delegations and requests often exceed the ceiling but mostly do not.
     */
    private static int pick(SplittableRandom random, List<Integer> entitled) {
        if (!entitled.isEmpty() && random.nextInt(5) != 0) {
            return entitled.get(random.nextInt(entitled.size()));
        }
        return random.nextInt(ACTIONS);
    }

    private static String agent(int index) {
        return "agent" + index;
    }

    private static String action(int index) {
        return "task" + index;
    }
}
