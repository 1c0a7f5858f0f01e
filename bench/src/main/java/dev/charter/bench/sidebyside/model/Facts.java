package dev.charter.bench.sidebyside.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The knowledge of LANGUAGE.md section 1 in its plainest form: who holds which role (host
 * facts), what each role grants (fixed by the constitution), and who delegates which action to
 * whom (host facts). What they mean is {@link #entitlements()}:
 *
 * <pre>
 * may(A, X) :- role(A, R), grants(R, X).
 * may(B, X) :- delegates(A, B, X), may(A, X).   // a delegate never exceeds its delegator
 * </pre>
 */
public record Facts(List<Role> roles, List<Grant> grants, List<Delegation> delegations) {

    /** {@code role(agent, role)}. */
    public record Role(String agent, String role) {}

    /** {@code grants(role, action)}. */
    public record Grant(String role, String action) {}

    /** {@code delegates(from, to, action)}. */
    public record Delegation(String from, String to, String action) {}

    /** {@code may(agent, action)}. */
    public record Entitlement(String agent, String action) {}

    public Facts {
        roles = List.copyOf(roles);
        grants = List.copyOf(grants);
        delegations = List.copyOf(delegations);
    }

    /** No facts at all. */
    public static Facts none() {
        return new Facts(List.of(), List.of(), List.of());
    }

    /** Whether the model has any knowledge (engines skip their Datalog set-up when it has none). */
    public boolean isEmpty() {
        return roles.isEmpty() && grants.isEmpty() && delegations.isEmpty();
    }

    /**
     * The least fixpoint of the two {@code may} clauses, computed the obvious way (rounds until
     * nothing new): the reference every engine's answer is checked against, and the pre-expanded
     * facts of engines that cannot derive facts themselves.
     */
    public Set<Entitlement> entitlements() {
        Map<String, List<String>> granted = new HashMap<>();
        for (Grant g : grants) {
            granted.computeIfAbsent(g.role(), r -> new ArrayList<>()).add(g.action());
        }
        Set<Entitlement> may = new HashSet<>();
        for (Role r : roles) {
            for (String action : granted.getOrDefault(r.role(), List.of())) {
                may.add(new Entitlement(r.agent(), action));
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Delegation d : delegations) {
                if (may.contains(new Entitlement(d.from(), d.action()))) {
                    grew |= may.add(new Entitlement(d.to(), d.action()));
                }
            }
        }
        return may;
    }

    /** The entitlements grouped by agent: agent → actions it may take. */
    public Map<String, Set<String>> entitlementsByAgent() {
        Map<String, Set<String>> byAgent = new HashMap<>();
        for (Entitlement e : entitlements()) {
            byAgent.computeIfAbsent(e.agent(), a -> new HashSet<>()).add(e.action());
        }
        return byAgent;
    }

    /** The roles of the grants, each once, in first-mention order. */
    public List<String> grantedRoles() {
        List<String> out = new ArrayList<>();
        for (Grant g : grants) {
            if (!out.contains(g.role())) {
                out.add(Objects.requireNonNull(g.role()));
            }
        }
        return out;
    }
}
