package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code decide()} stops once the decision is settled, yet decides as when every rule is
 * evaluated: concurring rules are left unevaluated and counted, a rule that can fail is evaluated
 * wherever it stands, and a request that asks for an explanation has every rule evaluated.
 */
class RuleWalkTest {

    private static final SourceSpan SPAN = SourceSpan.builtin();
    private static final PayProgram PAY = new PayProgram(SPAN, SPAN);
    private static final Expr AMOUNT = PAY.amount();

    /**
     * {@code big: deny when amount > 1000 priority 1}; {@code any, ten: permit when amount >= 0 / >= 10};
     * {@code scaled: permit when amount * 2^53 > 0 priority -5}, which overflows from amount 1024 on.
     */
    private static final Engine ENGINE = Engine.forProgram(PAY.program(
            "walk",
            List.of(
                    PAY.rule("big", Effect.DENY, 1, PAY.compare(CompareOp.GT, AMOUNT, 1000)),
                    PAY.rule("any", Effect.PERMIT, 0, PAY.compare(CompareOp.GE, AMOUNT, 0)),
                    PAY.rule("ten", Effect.PERMIT, 0, PAY.compare(CompareOp.GE, AMOUNT, 10)),
                    PAY.scaled())));

    private static Request pay(long amount) {
        return PayProgram.request(amount);
    }

    private static List<String> matched(Decision d) {
        return d.trace().matched().stream().map(Trace.MatchedRule::rule).toList();
    }

    @Test
    void aSummaryLeavesConcurringRulesUnevaluatedAndCountsThem() {
        Decision summary = ENGINE.decide(pay(20));
        Decision explained = ENGINE.decide(pay(20).explained());

        assertEquals(List.of("any"), summary.rules());
        assertEquals(Map.of(Effect.PERMIT, 1), summary.trace().unevaluated(), summary::toJson);
        assertEquals(List.of("any", "ten"), explained.rules());
        assertEquals(Map.of(), explained.trace().unevaluated());
        assertEquals(explained.reason(), summary.reason());
        assertTrue(
                summary.toJson().contains("\"explained\":false")
                        && summary.toJson().contains("\"unevaluated\":{\"permit\":1}"),
                summary::toJson);
    }

    @Test
    void theHighestPriorityRuleOfAnotherEffectIsKeptAsOverridden() {
        Decision d = ENGINE.decide(pay(1001));

        assertEquals(Effect.DENY, d.effect());
        assertEquals(List.of("big"), d.rules());
        assertEquals(List.of("big", "any"), matched(d).subList(0, 2), d::toJson);
    }

    @Test
    void aRuleThatCanFailIsEvaluatedBelowTheWinnerAndFailsClosed() {
        Decision summary = ENGINE.decide(pay(5000));
        Decision explained = ENGINE.decide(pay(5000).explained());

        assertEquals(ReasonCode.ARITHMETIC_OVERFLOW, summary.reasonCode(), summary::toJson);
        assertEquals(Effect.DENY, summary.effect());
        assertEquals(explained.reason(), summary.reason());
        assertEquals(explained.reasonCode(), summary.reasonCode());
        assertEquals(Map.of(), summary.trace().unevaluated(), "a failed decision counts nothing");
    }

    @Test
    void aRuleThatCanFailAndMatchesIsListed() {
        Decision d = ENGINE.decide(pay(1));

        assertEquals(Effect.PERMIT, d.effect());
        assertEquals(List.of("any", "scaled"), matched(d), d::toJson);
    }

    @Test
    void explainIsPartOfTheRequestsCanonicalForm() {
        Request asked =
                Request.parse("{\"agent\":\"bot\",\"action\":\"pay\",\"explain\":true,\"request\":{\"amount\":5}}");

        assertTrue(asked.explain());
        assertEquals(
                "{\"action\":\"pay\",\"agent\":\"bot\",\"chain\":[],\"context\":{},\"explain\":true,\"request\":{\"amount\":5}}",
                asked.toJson());
        assertEquals(asked, Request.parse(asked.toJson()));
        assertEquals(pay(5).toJson().replace("\"explain\":true,", ""), pay(5).toJson());
        assertEquals(
                asked.toJson(),
                Request.parse(asked.toJson().replace(",\"explain\":true", ""))
                        .explained()
                        .toJson());
        assertThrows(RequestFormatException.class, () -> Request.parse("{\"agent\":\"bot\",\"explain\":\"yes\"}"));
    }
}
