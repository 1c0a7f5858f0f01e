package dev.charter.bench.sidebyside.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.bench.sidebyside.model.AccessRequest;
import dev.charter.bench.sidebyside.model.Condition;
import dev.charter.bench.sidebyside.model.Facts;
import dev.charter.bench.sidebyside.model.ModelOracle;
import dev.charter.bench.sidebyside.model.PolicyRule;
import dev.charter.bench.sidebyside.model.Verdict;
import dev.charter.bench.sidebyside.model.Workload;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkloadsTest {

    @Test
    void theSameNameGivesTheSameWorkload() {
        assertEquals(Workloads.named("threshold-1000"), Workloads.named("threshold-1000"));
        assertEquals(Workloads.named("delegation-200"), Workloads.named("delegation-200"));
    }

    @Test
    void aThresholdWorkloadHasExactlyItsRuleCountOverTenActions() {
        Workload w = Workloads.named("threshold-10000");

        assertEquals(10_000, w.model().rules().size());
        assertEquals(10, w.model().actions().size());
        assertEquals(Workloads.REQUESTS, w.requests().size());
    }

    @Test
    void aboutAThirdOfThresholdRequestsArePermitted() {
        Workload w = Workloads.named("threshold-1000");
        ModelOracle oracle = new ModelOracle(w.model());

        long permitted = w.requests().stream()
                .filter(r -> oracle.decide(r) == Verdict.PERMIT)
                .count();

        assertTrue(
                permitted > w.requests().size() / 5 && permitted < w.requests().size() / 2, "permitted: " + permitted);
    }

    @Test
    void someDelegationsExceedTheDelegatorsCeilingAndGiveNothing() {
        Facts facts = Workloads.named("delegation-200").model().facts();
        Set<Facts.Entitlement> may = facts.entitlements();

        long beyondCeiling = facts.delegations().stream()
                .filter(d -> !may.contains(new Facts.Entitlement(d.from(), d.action())))
                .count();

        assertTrue(beyondCeiling > 0);
        assertTrue(facts.delegations().stream().anyMatch(d -> may.contains(new Facts.Entitlement(d.to(), d.action()))));
    }

    @Test
    void delegationRequestsArePermittedAndDeniedInFairShares() {
        Workload w = Workloads.named("delegation-200");
        ModelOracle oracle = new ModelOracle(w.model());

        Map<Verdict, Long> counts =
                w.requests().stream().collect(Collectors.groupingBy(oracle::decide, Collectors.counting()));

        assertTrue(counts.get(Verdict.PERMIT) > w.requests().size() / 4, counts::toString);
        assertTrue(counts.get(Verdict.DENY) > w.requests().size() / 4, counts::toString);
    }

    @Test
    void overlappingRulesMatchManyRequestsAndTheDeniesOverrideSome() {
        Workload w = Workloads.named("overlap-1000");
        ModelOracle oracle = new ModelOracle(w.model());

        Map<Verdict, Long> counts =
                w.requests().stream().collect(Collectors.groupingBy(oracle::decide, Collectors.counting()));
        double matchingPerRequest = w.requests().stream()
                .mapToLong(r -> w.model().rules().stream()
                        .filter(rule -> matches(rule, r))
                        .count())
                .average()
                .orElse(0);

        assertEquals(1_000, w.model().rules().size());
        assertTrue(counts.get(Verdict.PERMIT) > w.requests().size() / 2, counts::toString);
        assertTrue(counts.get(Verdict.DENY) > w.requests().size() / 20, counts::toString);
        assertTrue(matchingPerRequest > 10, "matching rules per request: " + matchingPerRequest);
    }

    private static boolean matches(PolicyRule rule, AccessRequest request) {
        return rule.action().equals(request.action())
                && rule.conditions().stream().allMatch(c -> {
                    Condition.Compare compare = (Condition.Compare) c;
                    return compare.op()
                            .holds(((Long) request.value(compare.attribute())).compareTo((Long) compare.constant()));
                });
    }

    @Test
    void anUnknownWorkloadIsRefusedWithTheNamesThatExist() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Workloads.named("threshold-many"));

        assertTrue(e.getMessage().contains("threshold-N, delegation-N, overlap-N or fintech"));
    }
}
