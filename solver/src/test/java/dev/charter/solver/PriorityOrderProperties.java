package dev.charter.solver;

import static dev.charter.solver.ProgramBuilder.compare;
import static dev.charter.solver.ProgramBuilder.integer;
import static dev.charter.solver.ProgramBuilder.param;
import static dev.charter.solver.ProgramBuilder.request;
import static dev.charter.solver.ProgramBuilder.yes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Value;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Priorities are 64-bit integers compared as such: over the whole range, {@code Long.MIN_VALUE}
 * and {@code Long.MAX_VALUE} included, the runtime, the solver's encoding and a plain reference
 * pick the same winner, and traces write each priority as its exact digits.
 */
class PriorityOrderProperties {

    private static final ObjectMapper EXACT = new ObjectMapper();

    /** One rule of a generated constitution: it matches when {@code amount >= threshold} (always without one). */
    record RuleSpec(Effect effect, long priority, Long threshold) {}

    /** The reference decision: the effect, its route, the top-priority rules, and whether they disagreed. */
    record Winner(Effect effect, String route, Set<String> rules, boolean conflict) {}

    @Test
    void aPermitAtTheLowestPriorityDoesNotOutrankADeny() {
        Program program = program(
                List.of(new RuleSpec(Effect.DENY, 100, null), new RuleSpec(Effect.PERMIT, Long.MIN_VALUE, null)));
        Decision decision = Engine.forProgram(program).decide(pay(5));
        assertEquals(Effect.DENY, decision.effect());
        assertEquals(List.of("r0"), decision.rules());
    }

    @Test
    void tracesWritePrioritiesBeyondTwoToTheFiftyThreeExactly() throws Exception {
        long priority = 9007199254740993L;
        Program program = program(List.of(new RuleSpec(Effect.PERMIT, priority, null)));
        JsonNode trace = EXACT.readTree(
                        Engine.forProgram(program).decide(pay(5)).toJson())
                .path("trace");
        assertEquals(
                "9007199254740993",
                trace.path("matched").get(0).path("priority").asText());
        assertEquals(priority, trace.path("matched").get(0).path("priority").longValue());
    }

    @Property(tries = 200)
    void runtimeSolverAndReferenceAgreeOnTheWinner(
            @ForAll("ruleSets") List<RuleSpec> specs, @ForAll @IntRange(min = -3, max = 3) int amount)
            throws Exception {
        Program program = program(specs);
        Request request = pay(amount);
        Decision actual = Engine.forProgram(program).decide(request.explained());
        DecisionOracle.Predicted encoded;
        try (DecisionOracle oracle = DecisionOracle.open(program, FactSnapshot.empty())) {
            encoded = oracle.predict(request);
        }
        Winner reference = reference(program, amount);
        String context = "rules " + specs + ", amount " + amount;
        assertEquals(
                reference,
                new Winner(
                        actual.effect(),
                        actual.route(),
                        Set.copyOf(actual.rules()),
                        actual.reasonCode() == ReasonCode.CONFLICT),
                "runtime, " + context);
        // The encoding names the deciding rules only when the rules decided without a conflict.
        assertEquals(
                new DecisionOracle.Predicted(
                        reference.effect(), reference.route(), reference.conflict() ? Set.of() : reference.rules()),
                encoded,
                "solver, " + context);
        JsonNode matched = EXACT.readTree(actual.toJson()).path("trace").path("matched");
        for (JsonNode rule : matched) {
            long written = program.rules().stream()
                    .filter(r -> r.name().equals(rule.path("rule").asText()))
                    .findFirst()
                    .orElseThrow()
                    .priority();
            assertEquals(Long.toString(written), rule.path("priority").toString(), "trace priority, " + context);
        }
    }

    @Provide
    Arbitrary<List<RuleSpec>> ruleSets() {
        Arbitrary<Long> priorities = Arbitraries.oneOf(
                Arbitraries.longs(),
                Arbitraries.of(
                        Long.MIN_VALUE,
                        Long.MIN_VALUE + 1,
                        Long.MAX_VALUE,
                        Long.MAX_VALUE - 1,
                        0L,
                        -1L,
                        1L,
                        9007199254740993L,
                        -9007199254740993L));
        Arbitrary<Long> thresholds = Arbitraries.longs().between(-3, 3).injectNull(0.4);
        Arbitrary<RuleSpec> rule = Combinators.combine(
                        Arbitraries.of(Effect.PERMIT, Effect.DENY, Effect.ESCALATE), priorities, thresholds)
                .as(RuleSpec::new);
        return rule.list().ofMinSize(1).ofMaxSize(5);
    }

    /** Highest priority by {@link Long#compare}; the top rules' effect if they agree, else {@code on conflict}. */
    private static Winner reference(Program program, long amount) {
        List<DecisionRule> matched = new ArrayList<>();
        for (int i = 0; i < program.rules().size(); i++) {
            if (matches(program.rules().get(i), amount)) {
                matched.add(program.rules().get(i));
            }
        }
        if (matched.isEmpty()) {
            return new Winner(program.defaultOutcome().effect(), null, Set.of(), false);
        }
        DecisionRule top = matched.get(0);
        for (DecisionRule r : matched) {
            if (Long.compare(r.priority(), top.priority()) > 0) {
                top = r;
            }
        }
        long best = top.priority();
        List<DecisionRule> winners = matched.stream()
                .filter(r -> Long.compare(r.priority(), best) == 0)
                .toList();
        Set<Effect> effects =
                new TreeSet<>(winners.stream().map(DecisionRule::effect).toList());
        Set<String> names =
                new TreeSet<>(winners.stream().map(DecisionRule::name).toList());
        if (effects.size() > 1) {
            return new Winner(program.conflictOutcome().effect(), null, names, true);
        }
        Effect effect = effects.iterator().next();
        return new Winner(effect, effect == Effect.ESCALATE ? "review" : null, names, false);
    }

    private static boolean matches(DecisionRule rule, long amount) {
        return !(rule.condition() instanceof Expr.Compare c)
                || amount >= ((Value.IntValue) ((Expr.Const) c.right()).value()).value();
    }

    private static Program program(List<RuleSpec> specs) {
        ProgramBuilder b = new ProgramBuilder().action("pay", param("amount", PrimitiveType.INT));
        for (int i = 0; i < specs.size(); i++) {
            RuleSpec s = specs.get(i);
            b.rule(
                    "r" + i,
                    s.effect(),
                    "pay",
                    s.threshold() == null
                            ? yes()
                            : compare(request("amount", PrimitiveType.INT), CompareOp.GE, integer(s.threshold())),
                    s.priority());
        }
        return b.build();
    }

    private static Request pay(long amount) {
        return Request.builder()
                .agent("a")
                .action("pay")
                .param("amount", amount)
                .time(Instant.parse("2026-04-14T11:42:09Z"))
                .build();
    }
}
