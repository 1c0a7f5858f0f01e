package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.runtime.datalog.Budget;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Regex;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.SourceSpan;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@code matches} test reads at most the budget's characters; past it, the request is denied. */
class RegexBudgetTest {

    private static final SourceSpan SPAN = SourceSpan.builtin();

    /** {@code rule r: permit send when request.text matches /(a+)+b/;} — backtracks on a run of a's. */
    private static Program program() {
        Regex body = new Regex.Concat(List.of(
                new Regex.Repeat(new Regex.Repeat(new Regex.Literal("a"), 1, Regex.Repeat.UNBOUNDED), 1,
                        Regex.Repeat.UNBOUNDED),
                new Regex.Literal("b")));
        Expr matches = new Expr.Matches(new Expr.Attribute(Expr.Scope.REQUEST, "text", PrimitiveType.STRING, SPAN),
                new Regex.Pattern(body, false, false), "(a+)+b", SPAN);
        Schema schema = new Schema(List.of(), List.of(),
                List.of(new ActionDecl("send", List.of(FintechProgram.field("text", PrimitiveType.STRING, 1)), SPAN)));
        return Program.of(new Metadata("regex", 1, null, null, "UTC"), schema, List.of(), List.of(),
                List.of(new DecisionRule("r", Effect.PERMIT, List.of("send"), null, matches, 0, null, SPAN)),
                Outcome.deny(SPAN), Outcome.deny(SPAN), List.of(), List.of());
    }

    private static Decision send(Budget budget, String text) {
        return Engine.forProgram(program(), budget).decide(Request.builder().agent("a").action("send")
                .param("text", text).build());
    }

    @Test
    void matchesWithinTheBudget() {
        Budget budget = new Budget(10, 10, Duration.ofSeconds(1), 1_000);
        assertEquals(ReasonCode.RULE, send(budget, "xxaab").reasonCode());
        assertEquals(ReasonCode.DEFAULT, send(budget, "xxaac").reasonCode());
    }

    @Test
    void deniesAMatchThatNeedsMoreSteps() {
        Decision d = send(new Budget(10, 10, Duration.ofSeconds(1), 1_000), "a".repeat(40) + "c");
        assertEquals(Effect.DENY, d.effect());
        assertEquals(ReasonCode.BUDGET_EXCEEDED, d.reasonCode());
    }
}
