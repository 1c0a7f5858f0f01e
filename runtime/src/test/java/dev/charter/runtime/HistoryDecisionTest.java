package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * History terms read the decision's {@link HistoryReader} once each, show what they read in the
 * trace, and fail closed — never as an empty history — when there is no reader or it fails.
 */
class HistoryDecisionTest {

    private static final SourceSpan SPAN = SourceSpan.builtin();

    private static final HistoryQuery REFUNDS_PER_AGENT = new HistoryQuery(
            "refund",
            HistoryQuery.EffectFilter.PERMITTED,
            List.of(new HistoryQuery.Match.SameAgent()),
            new HistoryQuery.Window.Within(60),
            Optional.empty());

    private static final HistoryQuery REFUNDED_PER_CUSTOMER = new HistoryQuery(
            "refund",
            HistoryQuery.EffectFilter.PERMITTED,
            List.of(new HistoryQuery.Match.SameParameter("customer", PrimitiveType.STRING)),
            new HistoryQuery.Window.Within(24 * 60),
            Optional.of(new HistoryQuery.Summand("amount", PrimitiveType.DECIMAL)));

    /**
     * {@code rule budget: permit refund when count(REFUNDS_PER_AGENT) < 5 and
     * sum(REFUNDED_PER_CUSTOMER) + request.amount <= 500; rule lookup: permit lookup;} default deny.
     */
    private static Program program() {
        Expr count = new Expr.Compare(
                CompareOp.LT,
                new Expr.History(Expr.HistoryAggregate.COUNT, REFUNDS_PER_AGENT, SPAN),
                new Expr.Const(new Value.IntValue(5), SPAN),
                SPAN);
        Expr budget = new Expr.Compare(
                CompareOp.LE,
                new Expr.Arithmetic(
                        Expr.ArithmeticOp.ADD,
                        new Expr.History(Expr.HistoryAggregate.SUM, REFUNDED_PER_CUSTOMER, SPAN),
                        new Expr.Attribute(Expr.Scope.REQUEST, "amount", PrimitiveType.DECIMAL, SPAN),
                        PrimitiveType.DECIMAL,
                        SPAN),
                new Expr.Const(new Value.IntValue(500), SPAN),
                SPAN);
        Schema schema = new Schema(
                List.of(),
                List.of(),
                List.of(
                        new ActionDecl(
                                "refund",
                                List.of(
                                        FintechProgram.field("amount", PrimitiveType.DECIMAL, 1),
                                        FintechProgram.field("customer", PrimitiveType.STRING, 1)),
                                SPAN),
                        new ActionDecl("lookup", List.of(), SPAN)));
        return Program.of(
                new Metadata("history", 1, null, null, "UTC"),
                schema,
                List.of(),
                List.of(),
                List.of(
                        new DecisionRule(
                                "budget",
                                Effect.PERMIT,
                                List.of("refund"),
                                null,
                                new Expr.And(List.of(count, budget), SPAN),
                                0,
                                null,
                                SPAN),
                        new DecisionRule(
                                "lookup",
                                Effect.PERMIT,
                                List.of("lookup"),
                                null,
                                new Expr.Const(new Value.BoolValue(true), SPAN),
                                0,
                                null,
                                SPAN)),
                Outcome.deny(SPAN),
                Outcome.deny(SPAN),
                List.of(),
                List.of());
    }

    private static Request refund(String amount) {
        return Request.builder()
                .agent("agent-1")
                .action("refund")
                .param("amount", new BigDecimal(amount))
                .param("customer", "c-9")
                .time(Instant.parse("2026-04-14T11:42:09Z"))
                .build();
    }

    private static FixedHistory history(Program program, long refunds, String refunded) {
        return FixedHistory.builder(program)
                .count(REFUNDS_PER_AGENT, refunds)
                .count(REFUNDED_PER_CUSTOMER, refunds)
                .sum(REFUNDED_PER_CUSTOMER, new BigDecimal(refunded))
                .build();
    }

    @Test
    void aProgramIndexesEachDistinctQueryOnceInOrderOfFirstUse() {
        Program program = program();

        assertEquals(List.of(REFUNDS_PER_AGENT, REFUNDED_PER_CUSTOMER), program.historyQueries());
        assertEquals(1, program.historyIndex(REFUNDED_PER_CUSTOMER));
    }

    @Test
    void withinTheBudgetTheRulePermitsAndTheTraceShowsEveryAggregateRead() {
        Program program = program();

        Decision d = Engine.forProgram(program).decide(refund("100"), history(program, 4, "400"));

        assertEquals(Effect.PERMIT, d.effect());
        assertEquals(
                List.of(
                        new Trace.HistoryRead("budget", "count(permitted refund, same agent, within 1 hour)", 4L),
                        new Trace.HistoryRead(
                                "budget",
                                "sum(request.amount of permitted refund, same request.customer, within 1 day)",
                                new BigDecimal("400"))),
                d.trace().history());
        assertTrue(
                d.trace()
                        .toJson()
                        .contains("\"history\":[{\"rule\":\"budget\",\"term\":\"count(permitted refund,"
                                + " same agent, within 1 hour)\",\"value\":4},"),
                d.trace().toJson());
    }

    @Test
    void atTheBudgetsEdgeTheDefaultDenies() {
        Program program = program();
        Engine engine = Engine.forProgram(program);

        assertEquals(
                Effect.DENY,
                engine.decide(refund("100"), history(program, 5, "0")).effect());
        assertEquals(
                Effect.PERMIT,
                engine.decide(refund("100"), history(program, 4, "400")).effect());
        assertEquals(
                Effect.DENY,
                engine.decide(refund("100.01"), history(program, 4, "400")).effect());
        assertEquals(
                ReasonCode.DEFAULT,
                engine.decide(refund("100.01"), history(program, 4, "400")).reasonCode());
    }

    @Test
    void whyNotNamesTheAggregateThatKeptTheRuleFromApplying() {
        Program program = program();

        Decision d = Engine.forProgram(program).decide(refund("100"), history(program, 5, "0"));
        Explanation.FailedCondition failed = d.explain().rules().get(0).failed();

        assertEquals("count(permitted refund, same agent, within 1 hour) < 5", failed.text());
        assertEquals(5L, failed.values().get("count(permitted refund, same agent, within 1 hour)"));
    }

    @Test
    void withoutAReaderADecisionThatReadsHistoryIsDeniedAsUnavailable() {
        Decision d = Engine.forProgram(program()).decide(refund("1"));

        assertEquals(Effect.DENY, d.effect());
        assertEquals(ReasonCode.HISTORY_UNAVAILABLE, d.reasonCode());
        assertTrue(d.reason().contains("count(permitted refund, same agent, within 1 hour)"), d.reason());
    }

    @Test
    void withoutAReaderADecisionThatReadsNoHistoryIsUnchanged() {
        Decision d = Engine.forProgram(program())
                .decide(Request.builder().agent("a").action("lookup").build());

        assertEquals(Effect.PERMIT, d.effect());
        assertEquals(List.of(), d.trace().history());
        assertTrue(!d.trace().toJson().contains("\"history\""), d.trace().toJson());
    }

    @Test
    void aReaderThatFailsDeniesAsUnavailable() {
        HistoryReader broken = new HistoryReader() {
            public long count(int query, Request current) {
                throw new IllegalStateException("ledger closed");
            }

            public long intSum(int query, Request current) {
                throw new IllegalStateException("ledger closed");
            }

            public BigDecimal decimalSum(int query, Request current) {
                throw new IllegalStateException("ledger closed");
            }
        };

        Decision d = Engine.forProgram(program()).decide(refund("1"), broken);

        assertEquals(Effect.DENY, d.effect());
        assertEquals(ReasonCode.HISTORY_UNAVAILABLE, d.reasonCode());
    }

    @Test
    void aNegativeCountOrAMissingSumDeniesAsUnavailable() {
        HistoryReader negative = new HistoryReader() {
            public long count(int query, Request current) {
                return -1;
            }

            public long intSum(int query, Request current) {
                return 0;
            }

            public BigDecimal decimalSum(int query, Request current) {
                return null;
            }
        };

        Decision d = Engine.forProgram(program()).decide(refund("1"), negative);

        assertEquals(ReasonCode.HISTORY_UNAVAILABLE, d.reasonCode());
        assertEquals(Effect.DENY, d.effect());
    }

    @Test
    void aWindowedQueryDoesNotNeedTheRequestsTimeItsWindowIsOnTheLedgersClock() {
        Program program = program();
        Request untimed = Request.builder()
                .agent("agent-1")
                .action("refund")
                .param("amount", new BigDecimal("1"))
                .param("customer", "c-9")
                .build();

        Decision d = Engine.forProgram(program).decide(untimed, history(program, 0, "0"));

        assertEquals(Effect.PERMIT, d.effect(), d.toJson());
        assertEquals(ReasonCode.RULE, d.reasonCode());
    }

    @Test
    void theJsonVariantReadsTheSameHistory() {
        Program program = program();

        Decision d = Engine.forProgram(program).decideJson(refund("100").toJson(), history(program, 4, "400"));

        assertEquals(Effect.PERMIT, d.effect());
    }
}
