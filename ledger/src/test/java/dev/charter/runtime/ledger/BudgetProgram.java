package dev.charter.runtime.ledger;

import dev.charter.runtime.Request;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A refund budget over the ledger, lowered by hand:
 *
 * <pre>
 * rule big:    escalate refund to review when request.amount >= 250, priority 1
 * rule budget: permit refund when count(permitted refund, same agent, within 1 hour) < 5
 *                            and sum(request.amount of permitted refund, same request.customer, within 1 day)
 *                                + request.amount <= 500
 * rule lookup: permit lookup
 * default deny
 * </pre>
 */
final class BudgetProgram {

    static final BigDecimal BUDGET = new BigDecimal(500);
    static final int REFUNDS_PER_HOUR = 5;
    private static final SourceSpan SPAN = SourceSpan.builtin();
    private static final SigningKey BUNDLE_KEY = TestRecords.key(77);

    static final HistoryQuery REFUNDS_PER_AGENT = new HistoryQuery(
            "refund",
            HistoryQuery.EffectFilter.PERMITTED,
            List.of(new HistoryQuery.Match.SameAgent()),
            new HistoryQuery.Window.Within(60),
            Optional.empty());

    static final HistoryQuery REFUNDED_PER_CUSTOMER = new HistoryQuery(
            "refund",
            HistoryQuery.EffectFilter.PERMITTED,
            List.of(new HistoryQuery.Match.SameParameter("customer", PrimitiveType.STRING)),
            new HistoryQuery.Window.Within(24 * 60),
            Optional.of(new HistoryQuery.Summand("amount", PrimitiveType.DECIMAL)));

    private BudgetProgram() {}

    static Program program() {
        Expr amount = new Expr.Attribute(Expr.Scope.REQUEST, "amount", PrimitiveType.DECIMAL, SPAN);
        Expr count = new Expr.Compare(
                CompareOp.LT,
                new Expr.History(Expr.HistoryAggregate.COUNT, REFUNDS_PER_AGENT, SPAN),
                new Expr.Const(new Value.IntValue(REFUNDS_PER_HOUR), SPAN),
                SPAN);
        Expr budget = new Expr.Compare(
                CompareOp.LE,
                new Expr.Arithmetic(
                        Expr.ArithmeticOp.ADD,
                        new Expr.History(Expr.HistoryAggregate.SUM, REFUNDED_PER_CUSTOMER, SPAN),
                        amount,
                        PrimitiveType.DECIMAL,
                        SPAN),
                new Expr.Const(new Value.IntValue(BUDGET.intValueExact()), SPAN),
                SPAN);
        Expr big = new Expr.Compare(CompareOp.GE, amount, new Expr.Const(new Value.IntValue(250), SPAN), SPAN);
        Schema schema = new Schema(
                List.of(),
                List.of(),
                List.of(
                        new ActionDecl(
                                "refund",
                                List.of(
                                        new Field("amount", PrimitiveType.DECIMAL, SPAN),
                                        new Field("customer", PrimitiveType.STRING, SPAN)),
                                SPAN),
                        new ActionDecl("lookup", List.of(), SPAN)));
        return Program.of(
                new Metadata("budget", 1, null, null, "UTC"),
                schema,
                List.of(),
                List.of(),
                List.of(
                        new DecisionRule("big", Effect.ESCALATE, List.of("refund"), "review", big, 1, null, SPAN),
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
                List.of("review"));
    }

    /** The program in a signed bundle, so that its decisions replay. */
    static Bundle bundle() throws Exception {
        byte[] bytes = BundleWriter.write(
                BundleContent.builder(program()).compilerVersion("test").build(), BUNDLE_KEY);
        return BundleReader.read(bytes, TrustStore.of(List.of(BUNDLE_KEY.publicKey())));
    }

    static Request refund(String agent, String customer, BigDecimal amount) {
        return Request.builder()
                .agent(agent)
                .action("refund")
                .param("amount", amount)
                .param("customer", customer)
                .time(Instant.parse("2026-12-04T12:00:00Z"))
                .build();
    }

    static Request lookup(String agent) {
        return Request.builder()
                .agent(agent)
                .action("lookup")
                .time(Instant.parse("2026-12-04T12:00:00Z"))
                .build();
    }
}
