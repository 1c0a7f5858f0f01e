package dev.charter.runtime.ledger;

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
import java.util.List;
import java.util.Optional;

/**
 * A limit on what an agent attempts, denied requests included, lowered by hand:
 *
 * <pre>
 * action pay { amount: decimal, count: int, customer: decimal }
 * rule attempts: deny pay when sum(request.amount of any pay, same agent, within 1 day) + request.amount > 100
 *                         or sum(request.count of any pay, same agent) + request.count > 10 priority 1
 * rule customer: deny pay when count(any pay, same request.customer) >= 2 priority 1
 * rule pay:      permit pay
 * default deny
 * </pre>
 */
final class AttemptsProgram {

    static final int LIMIT = 100;
    static final int COUNT_LIMIT = 10;
    private static final SourceSpan SPAN = SourceSpan.builtin();
    private static final SigningKey BUNDLE_KEY = TestRecords.key(78);

    static final HistoryQuery ATTEMPTED = new HistoryQuery(
            "pay",
            HistoryQuery.EffectFilter.ANY,
            List.of(new HistoryQuery.Match.SameAgent()),
            new HistoryQuery.Window.Within(24 * 60),
            Optional.of(new HistoryQuery.Summand("amount", PrimitiveType.DECIMAL)));

    static final HistoryQuery COUNTED = new HistoryQuery(
            "pay",
            HistoryQuery.EffectFilter.ANY,
            List.of(new HistoryQuery.Match.SameAgent()),
            new HistoryQuery.Window.Always(),
            Optional.of(new HistoryQuery.Summand("count", PrimitiveType.INT)));

    static final HistoryQuery PER_CUSTOMER = new HistoryQuery(
            "pay",
            HistoryQuery.EffectFilter.ANY,
            List.of(new HistoryQuery.Match.SameParameter("customer", PrimitiveType.DECIMAL)),
            new HistoryQuery.Window.Always(),
            Optional.empty());

    private AttemptsProgram() {}

    static Program program() {
        Expr overAmount = over(ATTEMPTED, "amount", PrimitiveType.DECIMAL, LIMIT);
        Expr overCount = over(COUNTED, "count", PrimitiveType.INT, COUNT_LIMIT);
        Expr customer = new Expr.Compare(
                CompareOp.GE,
                new Expr.History(Expr.HistoryAggregate.COUNT, PER_CUSTOMER, SPAN),
                new Expr.Const(new Value.IntValue(2), SPAN),
                SPAN);
        Schema schema = new Schema(
                List.of(),
                List.of(),
                List.of(new ActionDecl(
                        "pay",
                        List.of(
                                new Field("amount", PrimitiveType.DECIMAL, SPAN),
                                new Field("count", PrimitiveType.INT, SPAN),
                                new Field("customer", PrimitiveType.DECIMAL, SPAN)),
                        SPAN)));
        return Program.of(
                new Metadata("attempts", 1, null, null, "UTC"),
                schema,
                List.of(),
                List.of(),
                List.of(
                        new DecisionRule(
                                "attempts",
                                Effect.DENY,
                                List.of("pay"),
                                null,
                                new Expr.Or(List.of(overAmount, overCount), SPAN),
                                1,
                                null,
                                SPAN),
                        new DecisionRule("customer", Effect.DENY, List.of("pay"), null, customer, 1, null, SPAN),
                        new DecisionRule(
                                "pay",
                                Effect.PERMIT,
                                List.of("pay"),
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

    /** {@code sum(request.NAME of QUERY) + request.NAME > limit}. */
    private static Expr over(HistoryQuery query, String name, PrimitiveType type, int limit) {
        return new Expr.Compare(
                CompareOp.GT,
                new Expr.Arithmetic(
                        Expr.ArithmeticOp.ADD,
                        new Expr.History(Expr.HistoryAggregate.SUM, query, SPAN),
                        new Expr.Attribute(Expr.Scope.REQUEST, name, type, SPAN),
                        type,
                        SPAN),
                new Expr.Const(new Value.IntValue(limit), SPAN),
                SPAN);
    }

    /** The program in a signed bundle, so that its decisions replay. */
    static Bundle bundle() throws Exception {
        byte[] bytes = BundleWriter.write(
                BundleContent.builder(program()).compilerVersion("test").build(), BUNDLE_KEY);
        return BundleReader.read(bytes, TrustStore.of(List.of(BUNDLE_KEY.publicKey())));
    }

    /** A pay request in JSON, its members given as JSON texts. */
    static String pay(String agent, String amount, String count, String customer) {
        return "{\"agent\":\"" + agent + "\",\"action\":\"pay\",\"request\":{\"amount\":" + amount + ",\"count\":"
                + count + ",\"customer\":" + customer + "}}";
    }
}
