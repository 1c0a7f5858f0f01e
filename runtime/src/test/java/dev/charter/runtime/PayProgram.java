package dev.charter.runtime;

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

/**
 * Hand-built IR of a constitution with one action, {@code pay(amount: int)}, and rules that compare
 * the amount with constants; both defaults deny. Declarations and rules carry {@code span}, the
 * nodes of conditions {@code conditionSpan}.
 */
record PayProgram(SourceSpan span, SourceSpan conditionSpan) {

    /** The program {@code name} version 1 with these rules. */
    Program program(String name, List<DecisionRule> rules) {
        return Program.of(
                new Metadata(name, 1, null, null, "UTC"),
                new Schema(
                        List.of(),
                        List.of(),
                        List.of(new ActionDecl(
                                "pay", List.of(FintechProgram.field("amount", PrimitiveType.INT, 1)), span))),
                List.of(),
                List.of(),
                rules,
                Outcome.deny(span),
                Outcome.deny(span),
                List.of(),
                List.of());
    }

    /** {@code request.amount}. */
    Expr amount() {
        return new Expr.Attribute(Expr.Scope.REQUEST, "amount", PrimitiveType.INT, conditionSpan);
    }

    DecisionRule rule(String name, Effect effect, long priority, Expr condition) {
        return new DecisionRule(name, effect, List.of("pay"), null, condition, priority, null, span);
    }

    Expr compare(CompareOp op, Expr left, long right) {
        return new Expr.Compare(op, left, constant(right), conditionSpan);
    }

    Expr constant(long value) {
        return new Expr.Const(new Value.IntValue(value), conditionSpan);
    }

    /** {@code scaled: permit when amount * 2^53 > 0 priority -5}, which overflows from amount 1024 on. */
    DecisionRule scaled() {
        return rule(
                "scaled",
                Effect.PERMIT,
                -5,
                compare(
                        CompareOp.GT,
                        new Expr.Arithmetic(
                                Expr.ArithmeticOp.MUL, amount(), constant(1L << 53), PrimitiveType.INT, conditionSpan),
                        0));
    }

    /** Agent {@code bot} asks to pay {@code amount}. */
    static Request request(long amount) {
        return Request.builder()
                .agent("bot")
                .action("pay")
                .param("amount", amount)
                .build();
    }
}
