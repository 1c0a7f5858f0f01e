package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Assertion;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Value;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the runtime on every witness before its finding is reported (docs/architecture.md,
 * principle 2, "one meaning"): the runtime must reach exactly the decision the encoding predicts
 * — effect, route, reason code and deciding rules — on the witness and on its neighbours, and
 * every rule the finding says matches must match, each decided over the witness's history (a
 * {@link dev.charter.runtime.FixedHistory} of the values the model gave). A rule is probed alone: the rule as a permit
 * in an otherwise empty program whose default escalates, so "permit" means "its condition held".
 *
 * <p>A disagreement is a bug in the solver or the runtime; it is reported as an
 * {@code inconclusive} finding that fails the check, never swallowed.
 */
final class RuntimeConfirmation {

    private static final String UNMATCHED = "charter.probe.unmatched";

    private final Program program;
    private final FactSnapshot facts;
    private final ZoneId zone;
    private final Map<String, Engine> probes = new HashMap<>();
    private final Map<String, Engine> engines = new HashMap<>();

    /** @param facts the snapshot given with {@code --facts}, or null to build one per witness */
    RuntimeConfirmation(Program program, FactSnapshot facts) {
        this.program = program;
        this.facts = facts;
        this.zone = ZoneId.of(program.metadata().timezone());
    }

    Finding confirm(Candidate candidate) {
        Evidence evidence = candidate.evidence();
        Finding finding = candidate.finding();
        if (evidence == null) {
            return finding;
        }
        FactSnapshot realised = snapshot(facts, evidence.facts());
        Engine engine = engines.computeIfAbsent(realised.digest(), d -> engine(program, realised));
        ObjectNode request = evidence.request().toJson(zone);
        Map<String, Value> history = evidence.request().history();
        Decision decision =
                engine.decide(Request.parse(request.toString()).explained(), WitnessHistory.reader(program, history));
        Optional<String> problem = disagreement(evidence.prediction(), decision);
        for (Evidence.Neighbour neighbour : evidence.neighbours()) {
            if (problem.isEmpty()) {
                Decision near = engine.decide(
                        Request.parse(neighbour.request().toJson(zone).toString())
                                .explained(),
                        WitnessHistory.reader(program, neighbour.request().history()));
                problem = disagreement(neighbour.prediction(), near)
                        .map(p -> "on the request " + neighbour.label() + ": " + p);
            }
        }
        for (String rule : evidence.mustMatch()) {
            if (problem.isEmpty() && !matches(rule, realised, request, history)) {
                problem = Optional.of("rule `" + rule + "` does not match the witness in the runtime");
            }
        }
        if (problem.isEmpty()
                && evidence.refutes() != null
                && holds(evidence.refutes(), decision, realised, request, history)) {
            problem = Optional.of("assertion `" + evidence.refutes().name() + "` holds on the witness in the runtime");
        }
        if (problem.isPresent()) {
            return evidence.exact() ? unconfirmed(finding, problem.get()) : unrealised(finding, problem.get());
        }
        return finding.withWitness(new Witness(
                request, shown(facts, evidence.facts()), WitnessHistory.json(history), decisionJson(decision)));
    }

    /** The snapshot a witness is decided under: the one given with {@code --facts}, else the model's. */
    static FactSnapshot snapshot(FactSnapshot given, ObjectNode modelled) {
        return given != null ? given : FactSnapshot.parse(modelled.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The facts a witness shows: none when they were given or when the model needed none. */
    static ObjectNode shown(FactSnapshot given, ObjectNode modelled) {
        return given != null || modelled.path("relations").isEmpty() ? null : modelled;
    }

    static Engine engine(Program program, FactSnapshot snapshot) {
        Engine engine = Engine.forProgram(program);
        engine.attach(snapshot);
        return engine;
    }

    /** Why the runtime's decision is not the predicted one, or empty when it is. */
    static Optional<String> disagreement(Prediction predicted, Decision actual) {
        String route = actual.route() == null ? "" : actual.route();
        ReasonCode expectedCode = switch (predicted.path()) {
            case RULE -> ReasonCode.RULE;
            case CONFLICT -> ReasonCode.CONFLICT;
            case DEFAULT -> ReasonCode.DEFAULT;
            case ERROR -> predicted.failure();
        };
        Set<String> rules = new TreeSet<>(actual.rules());
        boolean rulesAgree = predicted.path() == Prediction.Path.DEFAULT
                || predicted.path() == Prediction.Path.ERROR
                || rules.equals(predicted.winners());
        if (actual.effect() == predicted.effect()
                && route.equals(predicted.route())
                && actual.reasonCode() == expectedCode
                && rulesAgree) {
            return Optional.empty();
        }
        return Optional.of(
                "the runtime decided " + actual.effect().keyword() + (route.isEmpty() ? "" : " to \"" + route + "\"")
                        + " (" + actual.reasonCode().keyword() + ", rules " + rules + ": " + actual.reason()
                        + ") where the solver predicted " + predicted.describe());
    }

    private boolean matches(String ruleName, FactSnapshot snapshot, ObjectNode request, Map<String, Value> history) {
        DecisionRule rule = program.rule(ruleName).orElseThrow();
        return holds("rule." + ruleName, rule.actions(), rule.condition(), snapshot, request, history);
    }

    /** Whether the assertion holds on the request given the decision reached, as the runtime evaluates it. */
    private boolean holds(
            Assertion assertion,
            Decision decision,
            FactSnapshot snapshot,
            ObjectNode request,
            Map<String, Value> history) {
        String route = decision.route() == null ? "" : decision.route();
        Expr settled = SettledAssertion.settle(assertion.condition(), decision.effect(), route);
        String action = request.get("action").asText();
        return holds(
                "assert." + assertion.name() + "." + decision.effect() + "." + route,
                List.of(action),
                settled,
                snapshot,
                request,
                history);
    }

    /**
     * Whether the condition holds on the request under the snapshot, as the runtime evaluates it:
     * the condition as the only rule, a permit, of an otherwise empty program whose default escalates.
     */
    private boolean holds(
            String key,
            List<String> actions,
            Expr condition,
            FactSnapshot snapshot,
            ObjectNode request,
            Map<String, Value> history) {
        Engine probe = probes.computeIfAbsent(key + "\u0000" + snapshot.digest(), k -> {
            DecisionRule alone =
                    new DecisionRule("probe", Effect.PERMIT, actions, null, condition, 0, null, condition.span());
            Program probeProgram = Program.of(
                    program.metadata(),
                    program.schema(),
                    program.relations(),
                    program.strata(),
                    List.of(alone),
                    new Outcome(Effect.ESCALATE, UNMATCHED, condition.span()),
                    Outcome.deny(condition.span()),
                    List.of(),
                    List.of());
            return engine(probeProgram, snapshot);
        });
        return probe.decide(Request.parse(request.toString()), WitnessHistory.reader(probe.program(), history))
                        .effect()
                == Effect.PERMIT;
    }

    /** A witness of a bounded unfolding that the runtime decided otherwise: the finding is undecided, not a defect. */
    private static Finding unrealised(Finding finding, String why) {
        return new Finding(
                FindingKind.INCONCLUSIVE,
                finding.rules(),
                finding.assertion(),
                finding.action(),
                "a witness for this " + finding.kind().code() + " finding was found with recursion unfolded only "
                        + "a few steps, and the runtime, which derives the facts in full, decided it otherwise (" + why
                        + "); rerun with --facts to decide it for your facts. The claim was: " + finding.message(),
                finding.span(),
                null);
    }

    private static Finding unconfirmed(Finding finding, String why) {
        return new Finding(
                FindingKind.INCONCLUSIVE,
                finding.rules(),
                finding.assertion(),
                finding.action(),
                "the runtime did not confirm the witness for this "
                        + finding.kind().code() + " finding (" + why
                        + "); this is a solver/runtime disagreement — please report it. The claim was: "
                        + finding.message(),
                finding.span(),
                null);
    }

    static ObjectNode decisionJson(Decision decision) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("decision", decision.effect().keyword());
        if (decision.route() == null) {
            node.putNull("route");
        } else {
            node.put("route", decision.route());
        }
        ArrayNode rules = node.putArray("rules");
        decision.rules().forEach(rules::add);
        node.put("reason_code", decision.reasonCode().keyword());
        return node;
    }
}
