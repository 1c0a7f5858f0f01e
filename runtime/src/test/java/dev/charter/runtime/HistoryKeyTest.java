package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ir.ActionDecl;
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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A history term whose equality ({@code same session}, {@code same request.x}) has no value on
 * the current request cannot be evaluated: the decision is DENY with {@code missing_attribute}
 * naming the member, as reading any absent attribute is, never a count over no decision (which
 * would let a caller dodge a taint rule by leaving its session out).
 */
class HistoryKeyTest {

    private static final SourceSpan SPAN = SourceSpan.builtin();

    private static final HistoryQuery READ_IN_SESSION = new HistoryQuery(
            "crm.read",
            HistoryQuery.EffectFilter.ANY,
            List.of(new HistoryQuery.Match.SameSession()),
            new HistoryQuery.Window.Always(),
            Optional.empty());

    private static final HistoryQuery MAILED_TO_CUSTOMER = new HistoryQuery(
            "email.send",
            HistoryQuery.EffectFilter.PERMITTED,
            List.of(new HistoryQuery.Match.SameParameter("customer", PrimitiveType.STRING)),
            new HistoryQuery.Window.Always(),
            Optional.empty());

    /**
     * {@code rule taint: deny email.send when exists(any crm.read, same session) priority 10;
     * rule once: deny email.send when exists(permitted email.send, same request.customer) priority 10;
     * rule forward_once: deny email.forward when exists(permitted email.send, same request.customer) priority 10;
     * rule mail: permit email.send, email.forward;} default deny; {@code customer} optional in both.
     */
    private static Program program() {
        Expr tainted = new Expr.History(Expr.HistoryAggregate.EXISTS, READ_IN_SESSION, SPAN);
        Expr mailedBefore = new Expr.And(
                List.of(
                        new Expr.Present("customer", SPAN),
                        new Expr.History(Expr.HistoryAggregate.EXISTS, MAILED_TO_CUSTOMER, SPAN)),
                SPAN);
        Schema schema = new Schema(
                List.of(),
                List.of(),
                List.of(
                        new ActionDecl(
                                "email.send",
                                List.of(
                                        new Field("to", PrimitiveType.STRING, SPAN),
                                        new Field("customer", PrimitiveType.STRING, SPAN, true)),
                                SPAN),
                        new ActionDecl(
                                "email.forward",
                                List.of(new Field("customer", PrimitiveType.STRING, SPAN, true)),
                                SPAN),
                        new ActionDecl("crm.read", List.of(), SPAN)));
        return Program.of(
                new Metadata("keys", 1, null, null, "UTC"),
                schema,
                List.of(),
                List.of(),
                List.of(
                        new DecisionRule("taint", Effect.DENY, List.of("email.send"), null, tainted, 10, null, SPAN),
                        new DecisionRule(
                                "once", Effect.DENY, List.of("email.send"), null, mailedBefore, 10, null, SPAN),
                        new DecisionRule(
                                "forward_once",
                                Effect.DENY,
                                List.of("email.forward"),
                                null,
                                new Expr.History(Expr.HistoryAggregate.EXISTS, MAILED_TO_CUSTOMER, SPAN),
                                10,
                                null,
                                SPAN),
                        new DecisionRule(
                                "mail",
                                Effect.PERMIT,
                                List.of("email.send", "email.forward"),
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

    private static Request.Builder mail() {
        return Request.builder().agent("agent-1").action("email.send").param("to", "x@elsewhere.org");
    }

    private static Decision decide(Request request) {
        Program program = program();
        return Engine.forProgram(program)
                .decide(request, FixedHistory.builder(program).build());
    }

    @Test
    void aRequestWithoutASessionIsDeniedByATermThatComparesSessionsNeverCountedAsNoDecision() {
        Decision d = decide(mail().build());

        assertEquals(Effect.DENY, d.effect(), d.toJson());
        assertEquals(ReasonCode.MISSING_ATTRIBUTE, d.reasonCode());
        assertTrue(d.reason().startsWith("session is missing"), d.reason());
        assertTrue(d.reason().contains("exists(any crm.read, same session)"), d.reason());
    }

    @Test
    void aRequestWithASessionIsDecidedOverItsHistory() {
        Decision d = decide(mail().session("s-1").build());

        assertEquals(Effect.PERMIT, d.effect(), d.toJson());
    }

    @Test
    void anOptionalParameterAnEqualityNamesIsNeededOnlyWhereTheTermIsEvaluated() {
        Decision unguarded =
                decide(mail().session("s-1").param("customer", "c-1").build());
        Decision guarded = decide(mail().session("s-1").build());

        assertEquals(Effect.PERMIT, unguarded.effect(), unguarded.toJson());
        assertEquals(Effect.PERMIT, guarded.effect(), "`has customer` guards the term: " + guarded.toJson());
    }

    @Test
    void anOptionalParameterAnUnguardedEqualityNamesDeniesWhenAbsent() {
        Decision d = decide(
                Request.builder().agent("agent-1").action("email.forward").build());

        assertEquals(Effect.DENY, d.effect(), d.toJson());
        assertEquals(ReasonCode.MISSING_ATTRIBUTE, d.reasonCode());
        assertTrue(d.reason().startsWith("request.customer is missing"), d.reason());
    }
}
