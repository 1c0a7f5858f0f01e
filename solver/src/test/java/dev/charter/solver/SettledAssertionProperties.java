package dev.charter.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.Program;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A refuted assertion is checked by the runtime with {@code decision} and {@code route} settled
 * ({@link SettledAssertion}): whatever the assertion's shape — the decision or route compared with
 * a constant, with a request attribute, tested as a string, inside a set — nothing of either is
 * left, and the runtime evaluates what is left without an error, as a rule's condition.
 */
class SettledAssertionProperties {

    /** Places the decision and the route can stand in an assertion. */
    private static final List<String> SHAPES = List.of(
            "decision == %s => route == request.target",
            "route == request.target or decision != %s",
            "(decision == %s or decision == deny) and route starts_with \"de\"",
            "not (route == \"desk\") => decision == %s",
            "(route == request.target) == (decision == %s)",
            "desks(route) or decision == %s",
            "route ends_with request.target and decision != %s");

    record Case(String condition, Effect effect, String route, String target) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> conditions = Combinators.combine(
                        Arbitraries.of(SHAPES), Arbitraries.of("permit", "deny", "escalate"))
                .as(String::formatted);
        return Combinators.combine(
                        conditions,
                        Arbitraries.of(Effect.values()),
                        Arbitraries.of("", "desk", "review"),
                        Arbitraries.of("", "desk", "sk", "x"))
                .as(Case::new);
    }

    @Property(tries = 200)
    void aSettledAssertionLeavesNoDecisionOrRouteAndTheRuntimeEvaluatesIt(@ForAll("cases") Case c) {
        Program program = Constitutions.compile("settle.charter", """
                constitution "settle" version 1 { timezone "UTC" }
                action pay { target: string }
                input relation desks(name: string)
                rule r: escalate pay to "desk" when desks(request.target);
                default deny;
                assert shape: %s;
                """.formatted(c.condition()));
        Expr settled = SettledAssertion.settle(program.assertions().get(0).condition(), c.effect(), c.route());
        List<Expr> left = settled.subtree().stream()
                .filter(e -> e instanceof Expr.DecisionRef || e instanceof Expr.RouteRef)
                .toList();
        assertEquals(List.of(), left, c::toString);
        DecisionRule alone =
                new DecisionRule("probe", Effect.PERMIT, List.of("pay"), null, settled, 0, null, settled.span());
        Program probe = Program.of(
                program.metadata(),
                program.schema(),
                program.relations(),
                program.strata(),
                List.of(alone),
                new Outcome(Effect.ESCALATE, "unmatched", settled.span()),
                Outcome.deny(settled.span()),
                List.of(),
                List.of());
        Engine engine = Engine.forProgram(probe);
        engine.attach(FactSnapshot.builder().add("desks", "desk").build());
        ReasonCode reason =
                engine.decide(Request.parse("""
                {"agent":"bob","action":"pay","request":{"target":"%s"},"context":{},"time":"2026-01-05T09:00:00Z","chain":["bob"]}""".formatted(c.target()))).reasonCode();
        assertTrue(reason == ReasonCode.RULE || reason == ReasonCode.DEFAULT, () -> c + ": " + reason);
    }
}
