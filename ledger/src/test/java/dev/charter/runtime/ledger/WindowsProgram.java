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
 * Short windows over every kind of history term, lowered by hand, so that a few minutes of
 * records cross every window edge:
 *
 * <pre>
 * action refund { amount: decimal, customer: string }
 * action note { customer: string }
 * rule big:      escalate refund to "desk" when request.amount >= 250 priority 1
 * rule burst:    deny refund when count(permitted refund, same agent, within 1 minute) >= 2 priority 5
 * rule attempts: deny refund when count(any refund, same request.customer, within 3 minutes) >= 4 priority 5
 * rule budget:   deny refund when sum(request.amount of permitted refund, same request.customer, within 2 minutes)
 *                                  + request.amount > 500 priority 5
 * rule ever:     deny refund when count(permitted refund, same agent) >= 12 priority 5
 * rule noted:    deny note when exists(any refund*, same session, within 5 minutes) priority 5
 * rule ok:       permit refund, note
 * default deny
 * </pre>
 */
final class WindowsProgram {

    private static final SourceSpan SPAN = SourceSpan.builtin();
    private static final SigningKey BUNDLE_KEY = TestRecords.key(79);

    static final HistoryQuery BURST =
            query("refund", HistoryQuery.EffectFilter.PERMITTED, new HistoryQuery.Match.SameAgent(), 1, null);
    static final HistoryQuery ATTEMPTS = query(
            "refund",
            HistoryQuery.EffectFilter.ANY,
            new HistoryQuery.Match.SameParameter("customer", PrimitiveType.STRING),
            3,
            null);
    static final HistoryQuery BUDGET = query(
            "refund",
            HistoryQuery.EffectFilter.PERMITTED,
            new HistoryQuery.Match.SameParameter("customer", PrimitiveType.STRING),
            2,
            new HistoryQuery.Summand("amount", PrimitiveType.DECIMAL));
    static final HistoryQuery EVER =
            query("refund", HistoryQuery.EffectFilter.PERMITTED, new HistoryQuery.Match.SameAgent(), 0, null);
    static final HistoryQuery NOTED =
            query("refund*", HistoryQuery.EffectFilter.ANY, new HistoryQuery.Match.SameSession(), 5, null);

    private WindowsProgram() {}

    private static HistoryQuery query(
            String actions,
            HistoryQuery.EffectFilter effect,
            HistoryQuery.Match match,
            long minutes,
            HistoryQuery.Summand summand) {
        return new HistoryQuery(
                actions,
                effect,
                List.of(match),
                minutes == 0 ? new HistoryQuery.Window.Always() : new HistoryQuery.Window.Within(minutes),
                Optional.ofNullable(summand));
    }

    static Program program() {
        Expr amount = new Expr.Attribute(Expr.Scope.REQUEST, "amount", PrimitiveType.DECIMAL, SPAN);
        Expr budget = new Expr.Compare(
                CompareOp.GT,
                new Expr.Arithmetic(
                        Expr.ArithmeticOp.ADD,
                        new Expr.History(Expr.HistoryAggregate.SUM, BUDGET, SPAN),
                        amount,
                        PrimitiveType.DECIMAL,
                        SPAN),
                number(500),
                SPAN);
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
                        new ActionDecl("note", List.of(new Field("customer", PrimitiveType.STRING, SPAN)), SPAN)));
        return Program.of(
                new Metadata("windows", 1, null, null, "UTC"),
                schema,
                List.of(),
                List.of(),
                List.of(
                        new DecisionRule(
                                "big",
                                Effect.ESCALATE,
                                List.of("refund"),
                                "desk",
                                new Expr.Compare(CompareOp.GE, amount, number(250), SPAN),
                                1,
                                null,
                                SPAN),
                        rule("burst", "refund", atLeast(BURST, 2)),
                        rule("attempts", "refund", atLeast(ATTEMPTS, 4)),
                        rule("budget", "refund", budget),
                        rule("ever", "refund", atLeast(EVER, 12)),
                        rule("noted", "note", new Expr.History(Expr.HistoryAggregate.EXISTS, NOTED, SPAN)),
                        new DecisionRule(
                                "ok",
                                Effect.PERMIT,
                                List.of("refund", "note"),
                                null,
                                new Expr.Const(new Value.BoolValue(true), SPAN),
                                0,
                                null,
                                SPAN)),
                Outcome.deny(SPAN),
                Outcome.deny(SPAN),
                List.of(),
                List.of("desk"));
    }

    private static DecisionRule rule(String name, String action, Expr condition) {
        return new DecisionRule(name, Effect.DENY, List.of(action), null, condition, 5, null, SPAN);
    }

    private static Expr atLeast(HistoryQuery query, long k) {
        return new Expr.Compare(
                CompareOp.GE, new Expr.History(Expr.HistoryAggregate.COUNT, query, SPAN), number(k), SPAN);
    }

    private static Expr number(long k) {
        return new Expr.Const(new Value.IntValue(k), SPAN);
    }

    /** The program in a signed bundle, so that its decisions replay. */
    static Bundle bundle() throws Exception {
        byte[] bytes = BundleWriter.write(
                BundleContent.builder(program()).compilerVersion("test").build(), BUNDLE_KEY);
        return BundleReader.read(bytes, TrustStore.of(List.of(BUNDLE_KEY.publicKey())));
    }
}
