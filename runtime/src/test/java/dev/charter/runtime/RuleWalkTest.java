package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.Value;
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
    private static final Expr AMOUNT = new Expr.Attribute(Expr.Scope.REQUEST, "amount", PrimitiveType.INT, SPAN);

    /**
     * {@code big: deny when amount > 1000 priority 1}; {@code any, ten: permit when amount >= 0 / >= 10};
     * {@code scaled: permit when amount * 2^53 > 0 priority -5}, which overflows from amount 1024 on.
     */
    private static final Program PROGRAM = Program.of(
            new Metadata("walk", 1, null, null, "UTC"),
            new Schema(
                    List.of(),
                    List.of(),
                    List.of(new ActionDecl(
                            "pay", List.of(FintechProgram.field("amount", PrimitiveType.INT, 1)), SPAN))),
            List.of(),
            List.of(),
            List.of(
                    rule("big", Effect.DENY, 1, compare(CompareOp.GT, AMOUNT, 1000)),
                    rule("any", Effect.PERMIT, 0, compare(CompareOp.GE, AMOUNT, 0)),
                    rule("ten", Effect.PERMIT, 0, compare(CompareOp.GE, AMOUNT, 10)),
                    rule(
                            "scaled",
                            Effect.PERMIT,
                            -5,
                            compare(
                                    CompareOp.GT,
                                    new Expr.Arithmetic(
                                            Expr.ArithmeticOp.MUL, AMOUNT, constant(1L << 53), PrimitiveType.INT, SPAN),
                                    0))),
            Outcome.deny(SPAN),
            Outcome.deny(SPAN),
            List.of(),
            List.of());

    private static final Engine ENGINE = Engine.forProgram(PROGRAM);

    private static DecisionRule rule(String name, Effect effect, long priority, Expr condition) {
        return new DecisionRule(name, effect, List.of("pay"), null, condition, priority, null, SPAN);
    }

    private static Expr compare(CompareOp op, Expr left, long right) {
        return new Expr.Compare(op, left, constant(right), SPAN);
    }

    private static Expr constant(long value) {
        return new Expr.Const(new Value.IntValue(value), SPAN);
    }

    private static Request pay(long amount) {
        return Request.builder()
                .agent("bot")
                .action("pay")
                .param("amount", amount)
                .build();
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
