package dev.charter.solver;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Assertion;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.Program;
import dev.charter.solver.DatalogScenarios.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the runtime — the engine an organisation deploys, with its own Datalog evaluator — says
 * about a program on one (request, fact snapshot): the decision, whether a rule's condition holds,
 * whether a rule wins, whether an assertion holds. It is the ground truth the solver's claims are
 * measured against, and uses nothing of the solver.
 *
 * <p>A rule's condition and an assertion are evaluated by the runtime too: as the only rule of a
 * probe program (a permit, with a default that escalates), so "permit" means "the condition
 * held". An assertion's {@code decision} and {@code route} are first replaced by the truth values
 * their comparisons have for the decision the program reached.
 */
final class RuntimeTruth {

    private static final String UNMATCHED = "probe.unmatched";

    private final Program program;
    private final Map<String, Program> probes = new HashMap<>();
    private final Map<String, Engine> engines = new HashMap<>();

    RuntimeTruth(Program program) {
        this.program = program;
    }

    Decision decide(Scenario scenario) {
        return decide(program, "program", scenario);
    }

    /** Whether the rule's action pattern covers the request's action and its condition holds. */
    boolean matches(DecisionRule rule, Scenario scenario) {
        String action = scenario.request().get("action").asText();
        if (!rule.actions().contains(action)) {
            return false;
        }
        return holds("rule." + rule.name(), rule.condition(), action, scenario);
    }

    /** Whether the rule matches and no rule of higher priority does: what {@code unreachable-rule} says never happens. */
    boolean wins(DecisionRule rule, Scenario scenario) {
        if (!matches(rule, scenario)) {
            return false;
        }
        return program.rules().stream()
                .filter(r -> r.priority() > rule.priority())
                .noneMatch(r -> matches(r, scenario));
    }

    /** Whether the assertion holds on the request, given the decision the program reached on it. */
    boolean holds(Assertion assertion, Scenario scenario, Decision decision) {
        String route = decision.route() == null ? "" : decision.route();
        Expr settled = SettledAssertion.settle(assertion.condition(), decision.effect(), route);
        return holds(
                "assert." + assertion.name() + "." + decision.effect() + "." + route,
                settled,
                scenario.request().get("action").asText(),
                scenario);
    }

    private boolean holds(String key, Expr condition, String action, Scenario scenario) {
        DecisionRule alone =
                new DecisionRule("probe", Effect.PERMIT, List.of(action), null, condition, 0, null, ProgramBuilder.AT);
        String probeKey = key + "." + action;
        Program probe = probes.computeIfAbsent(
                probeKey,
                k -> Program.of(
                        program.metadata(),
                        program.schema(),
                        program.relations(),
                        program.strata(),
                        List.of(alone),
                        new Outcome(Effect.ESCALATE, UNMATCHED, ProgramBuilder.AT),
                        Outcome.deny(ProgramBuilder.AT),
                        List.of(),
                        List.of()));
        return decide(probe, probeKey, scenario).effect() == Effect.PERMIT;
    }

    private Decision decide(Program target, String key, Scenario scenario) {
        Engine engine = engines.computeIfAbsent(key + "\u0000" + scenario.facts(), k -> {
            Engine e = Engine.forProgram(target);
            try {
                e.attach(scenario.snapshot());
            } catch (RuntimeException refused) {
                // A snapshot the runtime refuses (a witness's, say) leaves the engine denying every
                // request with the reason; the caller compares that decision like any other.
            }
            return e;
        });
        return engine.decide(Request.parse(scenario.request().toString()));
    }
}
