package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.charter.runtime.datalog.Budget;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.InvalidProgramException;
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

/**
 * A {@code matches} test decides a long text in time linear in its length (no backtracking, no
 * deep recursion), reads at most the budget's characters, and past the budget denies the request.
 */
class MatchesDecisionTest {

    private static final SourceSpan SPAN = SourceSpan.builtin();

    /** {@code rule r: permit send when request.text matches PATTERN;} */
    private static Program program(Regex.Pattern pattern, String source) {
        Expr matches = new Expr.Matches(
                new Expr.Attribute(Expr.Scope.REQUEST, "text", PrimitiveType.STRING, SPAN), pattern, source, SPAN);
        Schema schema = new Schema(
                List.of(),
                List.of(),
                List.of(new ActionDecl("send", List.of(FintechProgram.field("text", PrimitiveType.STRING, 1)), SPAN)));
        return Program.of(
                new Metadata("regex", 1, null, null, "UTC"),
                schema,
                List.of(),
                List.of(),
                List.of(new DecisionRule("r", Effect.PERMIT, List.of("send"), null, matches, 0, null, SPAN)),
                Outcome.deny(SPAN),
                Outcome.deny(SPAN),
                List.of(),
                List.of());
    }

    /** {@code /(a+)+b/}: a backtracking matcher takes exponential time on a run of a's. */
    private static Program nestedRepeat() {
        Regex body = new Regex.Concat(List.of(
                new Regex.Repeat(
                        new Regex.Repeat(new Regex.Literal("a"), 1, Regex.Repeat.UNBOUNDED), 1, Regex.Repeat.UNBOUNDED),
                new Regex.Literal("b")));
        return program(new Regex.Pattern(body, false, false), "(a+)+b");
    }

    /** {@code /^(a|b)*c$/}: a recursive matcher uses stack in proportion to the text's length. */
    private static Program repeatedAlternation() {
        Regex body = new Regex.Concat(List.of(
                new Regex.Repeat(
                        new Regex.Union(List.of(new Regex.Literal("a"), new Regex.Literal("b"))),
                        0,
                        Regex.Repeat.UNBOUNDED),
                new Regex.Literal("c")));
        return program(new Regex.Pattern(body, true, true), "^(a|b)*c$");
    }

    private static Decision send(Program program, Budget budget, String text) {
        return Engine.forProgram(program, budget)
                .decide(Request.builder()
                        .agent("a")
                        .action("send")
                        .param("text", text)
                        .build());
    }

    @Test
    void matchesWithinTheBudget() {
        Budget budget = new Budget(10, 10, Duration.ofSeconds(1), 1_000);
        assertEquals(ReasonCode.RULE, send(nestedRepeat(), budget, "xxaab").reasonCode());
        assertEquals(ReasonCode.DEFAULT, send(nestedRepeat(), budget, "xxaac").reasonCode());
    }

    @Test
    void aLongRunThatWouldMakeABacktrackerExplodeIsDecided() {
        Decision d = send(nestedRepeat(), Budget.DEFAULT, "a".repeat(5_000) + "c");
        assertEquals(ReasonCode.DEFAULT, d.reasonCode());
    }

    @Test
    void aLongLegitimateMessageIsDecidedNotErrored() {
        String body = "ab".repeat(5_000);
        assertEquals(
                ReasonCode.RULE,
                send(repeatedAlternation(), Budget.DEFAULT, body + "c").reasonCode());
        assertEquals(
                ReasonCode.DEFAULT,
                send(repeatedAlternation(), Budget.DEFAULT, body + "d").reasonCode());
    }

    @Test
    void deniesATextLongerThanTheBudgetAllowsToRead() {
        Decision d = send(nestedRepeat(), new Budget(10, 10, Duration.ofSeconds(1), 1_000), "a".repeat(1_000) + "b");
        assertEquals(Effect.DENY, d.effect());
        assertEquals(ReasonCode.BUDGET_EXCEEDED, d.reasonCode());
    }

    @Test
    void aProgramWhosePatternExpandsBeyondTheLimitIsRefusedBeforeAnyMatcherIsBuilt() {
        Regex a = new Regex.Literal("a");
        Regex nested = new Regex.Repeat(new Regex.Repeat(new Regex.Repeat(a, 0, 1000), 0, 1000), 0, 1000);
        assertThrows(InvalidProgramException.class, () -> program(new Regex.Pattern(nested, false, false), "nested"));
        Regex tooMany = new Regex.Repeat(a, 0, Regex.MAX_REPEAT + 1);
        assertThrows(
                InvalidProgramException.class, () -> program(new Regex.Pattern(tooMany, false, false), "a{0,1001}"));
    }
}
