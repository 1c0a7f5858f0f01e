package dev.charter.bench.sidebyside.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyModelTest {

    private static final Attribute RISK = Attribute.of(Attribute.Scope.CONTEXT, "risk", Attribute.Kind.INT);

    @Test
    void aDenyThatDoesNotOutrankAPermitIsRefused() {
        List<PolicyRule> rules = List.of(
                PolicyRule.of("allow", Verdict.PERMIT, "act", 5, List.of()),
                PolicyRule.of("block", Verdict.DENY, "act", 5, List.of()));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model(rules));

        assertEquals("block (DENY) must outrank allow (PERMIT)", e.getMessage());
    }

    @Test
    void aRuleReadingAnAttributeItsActionLacksIsRefused() {
        Attribute amount = Attribute.of(Attribute.Scope.REQUEST, "amount", Attribute.Kind.INT);
        List<PolicyRule> rules = List.of(PolicyRule.of(
                "r", Verdict.PERMIT, "act", 0, List.of(new Condition.Compare(amount, Condition.Op.LT, 5L))));

        assertThrows(IllegalArgumentException.class, () -> model(rules));
    }

    @Test
    void theStrongestMatchingEffectWinsAndNothingMatchingIsDeny() {
        PolicyModel model = model(List.of(
                PolicyRule.of("allow", Verdict.PERMIT, "act", 0, List.of()),
                PolicyRule.of(
                        "risky", Verdict.DENY, "act", 10, List.of(new Condition.Compare(RISK, Condition.Op.GT, 90L)))));
        ModelOracle oracle = new ModelOracle(model);

        assertEquals(Verdict.PERMIT, oracle.decide(new AccessRequest("a", "act", Map.of(RISK, 10L))));
        assertEquals(Verdict.DENY, oracle.decide(new AccessRequest("a", "act", Map.of(RISK, 95L))));
        assertEquals(Verdict.DENY, oracle.decide(new AccessRequest("a", "other", Map.of(RISK, 10L))));
    }

    @Test
    void aDelegateNeverExceedsItsDelegator() {
        Facts facts = new Facts(
                List.of(new Facts.Role("boss", "teller")),
                List.of(new Facts.Grant("teller", "pay")),
                List.of(
                        new Facts.Delegation("boss", "mid", "pay"), new Facts.Delegation("mid", "bot", "pay"),
                        new Facts.Delegation("boss", "bot", "refund"), new Facts.Delegation("stray", "bot", "pay")));

        Set<Facts.Entitlement> may = facts.entitlements();

        assertEquals(
                Set.of(
                        new Facts.Entitlement("boss", "pay"),
                        new Facts.Entitlement("mid", "pay"),
                        new Facts.Entitlement("bot", "pay")),
                may);
        assertTrue(facts.entitlementsByAgent().get("bot").contains("pay"));
    }

    private static PolicyModel model(List<PolicyRule> rules) {
        return new PolicyModel(
                "m", Map.of(), List.of(RISK), Map.of("act", List.of(), "other", List.of()), rules, Facts.none());
    }
}
