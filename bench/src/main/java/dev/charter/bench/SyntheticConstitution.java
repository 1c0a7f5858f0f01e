package dev.charter.bench;

import dev.charter.runtime.Request;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A constitution of tiered limits: {@code rules} rules over 10 actions {@code a0..a9}, each with
 * parameters {@code amount: decimal} and {@code count: int}. Rule {@code k} of an action covers
 * the amount band {@code [100k, 100k + 150)} (so neighbouring bands overlap) with
 * {@code request.count <= k % 7 + 3} and {@code context.tier >= k % 4}, at priority {@code k};
 * effects cycle through permit, deny and escalate.
 */
final class SyntheticConstitution {

    static final int ACTIONS = 10;
    private static final SourceSpan SPAN = new SourceSpan("synthetic.charter", 1, 1, 1, 1);

    private SyntheticConstitution() {}

    static Program program(int rules) {
        List<ActionDecl> actions = new ArrayList<>();
        for (int a = 0; a < ACTIONS; a++) {
            actions.add(new ActionDecl(
                    "a" + a,
                    List.of(
                            new Field("amount", PrimitiveType.DECIMAL, SPAN),
                            new Field("count", PrimitiveType.INT, SPAN)),
                    SPAN));
        }
        Schema schema = new Schema(List.of(), List.of(new Field("tier", PrimitiveType.INT, SPAN)), actions);
        List<DecisionRule> decisionRules = new ArrayList<>();
        Effect[] effects = {Effect.PERMIT, Effect.DENY, Effect.ESCALATE};
        for (int j = 0; j < rules; j++) {
            int k = j / ACTIONS;
            Effect effect = effects[j % effects.length];
            Expr condition = new Expr.And(
                    List.of(
                            compare(CompareOp.GE, "amount", PrimitiveType.DECIMAL, decimal(100L * k)),
                            compare(CompareOp.LT, "amount", PrimitiveType.DECIMAL, decimal(100L * k + 150)),
                            compare(CompareOp.LE, "count", PrimitiveType.INT, new Value.IntValue(k % 7 + 3)),
                            new Expr.Compare(
                                    CompareOp.GE,
                                    new Expr.Attribute(Expr.Scope.CONTEXT, "tier", PrimitiveType.INT, SPAN),
                                    new Expr.Const(new Value.IntValue(k % 4), SPAN),
                                    SPAN)),
                    SPAN);
            decisionRules.add(new DecisionRule(
                    "r" + j,
                    effect,
                    List.of("a" + (j % ACTIONS)),
                    effect == Effect.ESCALATE ? "review" : null,
                    condition,
                    k,
                    "band " + k,
                    SPAN));
        }
        return Program.of(
                new Metadata("synthetic-" + rules, 1, null, null, "UTC"),
                schema,
                List.of(),
                List.of(),
                decisionRules,
                Outcome.deny(SPAN),
                Outcome.deny(SPAN),
                List.of(),
                List.of());
    }

    /** A request for {@code a3} whose amount falls in the middle band (and the one overlapping it). */
    static Request request(int rules) {
        int bands = Math.max(1, rules / ACTIONS);
        return Request.builder()
                .agent("agent-1")
                .action("a3")
                .param("amount", new BigDecimal(100L * (bands / 2) + 20))
                .param("count", 2)
                .context("tier", 3)
                .time(Instant.parse("2026-04-14T11:42:09Z"))
                .build();
    }

    private static Expr compare(CompareOp op, String parameter, PrimitiveType type, Value constant) {
        return new Expr.Compare(
                op,
                new Expr.Attribute(Expr.Scope.REQUEST, parameter, type, SPAN),
                new Expr.Const(constant, SPAN),
                SPAN);
    }

    private static Value decimal(long value) {
        return new Value.DecimalValue(BigDecimal.valueOf(value));
    }
}
