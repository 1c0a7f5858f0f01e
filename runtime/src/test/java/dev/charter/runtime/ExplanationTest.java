package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.Explanation.FailedCondition;
import dev.charter.runtime.Explanation.Part;
import dev.charter.runtime.Explanation.RuleVerdict;
import dev.charter.runtime.Explanation.Verdict;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Decision#explain()}: every rule of the action with its verdict, the first false conjunct
 * of a rule that did not match with the values it read, the {@code unless} condition that held,
 * the rule a matching rule lost to, the failing rule of a failed decision; and nothing of it in
 * the decision's JSON.
 */
class ExplanationTest {

    private static final SourceSpan SPAN = new SourceSpan("pay.charter", 1, 1, 1, 40);
    private static final SourceSpan CONDITION = new SourceSpan("pay.charter", 2, 8, 2, 30);
    private static final PayProgram PAY = new PayProgram(SPAN, CONDITION);
    private static final Expr AMOUNT = PAY.amount();

    /**
     * {@code big: deny when amount > 1000 priority 1}; {@code any: permit when amount >= 0};
     * {@code lucky: permit when amount >= 0 and amount < 100 unless amount == 7};
     * {@code scaled: permit when amount * 2^53 > 0 priority -5}, which overflows from 1024 on.
     */
    private static final Engine ENGINE = Engine.forProgram(PAY.program(
            "why",
            List.of(
                    PAY.rule("big", Effect.DENY, 1, PAY.compare(CompareOp.GT, AMOUNT, 1000)),
                    PAY.rule("any", Effect.PERMIT, 0, PAY.compare(CompareOp.GE, AMOUNT, 0)),
                    PAY.rule(
                            "lucky",
                            Effect.PERMIT,
                            0,
                            new Expr.And(
                                    List.of(
                                            PAY.compare(CompareOp.GE, AMOUNT, 0),
                                            PAY.compare(CompareOp.LT, AMOUNT, 100),
                                            new Expr.Not(PAY.compare(CompareOp.EQ, AMOUNT, 7), CONDITION)),
                                    SPAN)),
                    PAY.scaled())));

    private static Decision pay(long amount) {
        return ENGINE.decide(PayProgram.request(amount));
    }

    private static RuleVerdict verdict(Explanation e, String rule) {
        return e.rules().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void everyRuleOfTheActionIsListedInResolutionOrderWithItsVerdict() {
        Decision d = pay(500);
        String json = d.toJson();

        Explanation e = d.explain();

        assertEquals(json, d.toJson(), "explaining changes nothing of the decision");
        assertEquals(
                List.of("big", "any", "lucky", "scaled"),
                e.rules().stream().map(RuleVerdict::rule).toList());
        assertEquals(Verdict.NOT_MATCHED, verdict(e, "big").verdict());
        assertEquals(Verdict.DECIDED, verdict(e, "any").verdict());
        assertEquals(Verdict.OVERRIDDEN, verdict(e, "scaled").verdict());
        assertEquals("any", verdict(e, "scaled").by());
        FailedCondition big = verdict(e, "big").failed();
        assertEquals(Part.WHEN, big.part());
        assertEquals("request.amount > 1000", big.text());
        assertEquals(CONDITION, big.span());
        assertEquals(Map.of("request.amount", 500L), big.values());
        assertTrue(!json.contains("explanation"), json);
    }

    @Test
    void theFirstFalseConjunctIsReportedWithTheValuesItRead() {
        FailedCondition lucky = verdict(pay(500).explain(), "lucky").failed();

        assertEquals(Part.WHEN, lucky.part());
        assertEquals("request.amount < 100", lucky.text());
        assertEquals(Map.of("request.amount", 500L), lucky.values());
    }

    @Test
    void anUnlessThatHeldIsReportedAsUnless() {
        Explanation e = pay(7).explain();
        FailedCondition lucky = verdict(e, "lucky").failed();

        assertEquals(Part.UNLESS, lucky.part());
        assertEquals("request.amount == 7", lucky.text());
        assertTrue(
                e.toText()
                        .contains("rule lucky (permit, priority 0): not matched — unless request.amount == 7 held"
                                + " (request.amount = 7)"),
                e.toText());
    }

    @Test
    void aMatchingRuleOfHigherPriorityOverridesAndIsNamed() {
        Explanation e = pay(1001).explain();

        assertEquals(Verdict.DECIDED, verdict(e, "big").verdict());
        assertEquals(Verdict.OVERRIDDEN, verdict(e, "any").verdict());
        assertEquals("big", verdict(e, "any").by());
        assertTrue(e.toText().startsWith("why not permit:\n"), e.toText());
        assertTrue(e.toText().contains("matched — overridden by big, of higher priority"), e.toText());
    }

    @Test
    void aFailedDecisionIsExplainedByItsReasonCodeAndTheRuleThatFailed() {
        Decision d = pay(5000);
        Explanation e = d.explain();

        assertEquals(ReasonCode.ARITHMETIC_OVERFLOW, e.reasonCode());
        assertEquals(Effect.DENY, e.effect());
        assertEquals(1, e.rules().size(), e::toJson);
        assertEquals("scaled", e.rules().get(0).rule());
        assertEquals(Verdict.ERROR, e.rules().get(0).verdict());
        assertEquals(ReasonCode.ARITHMETIC_OVERFLOW, e.rules().get(0).error());
    }

    @Test
    void aRequestRefusedBeforeItWasReadHasNoRulesToExplain() {
        Explanation e = ENGINE.decideJson("{not json").explain();

        assertEquals(ReasonCode.MALFORMED_REQUEST, e.reasonCode());
        assertEquals(List.of(), e.rules());
        assertEquals("", e.toText());
        assertTrue(e.toJson().contains("\"reason_code\":\"malformed_request\",\"rules\":[]"), e.toJson());
    }
}
