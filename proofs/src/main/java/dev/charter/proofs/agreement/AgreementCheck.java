package dev.charter.proofs.agreement;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.FixedHistory;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Program;
import dev.charter.solver.DecisionOracle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides one request twice — by the runtime's engine and by the solver's encoding
 * ({@link DecisionOracle}) — under one fact snapshot and over one history (each side reading the
 * same count and sum values), and reports any difference in effect, route
 * or deciding rules. An engine and an oracle are kept per snapshot (by digest), because building
 * an encoding costs far more than deciding a request. Owns Z3 contexts: close it. Not thread-safe.
 */
public final class AgreementCheck implements AutoCloseable {

    /** Encodings kept at once; a run draws its snapshots from a small pool, so this rarely evicts. */
    private static final int KEPT = 32;

    private final Program program;
    private final Map<String, Sides> sides = new LinkedHashMap<>(16, 0.75f, true);

    private record Sides(Engine engine, DecisionOracle oracle) {}

    public AgreementCheck(Program program) {
        this.program = program;
    }

    /** The difference between the two decisions on {@code request} over an empty history, or empty when they agree. */
    public Optional<Disagreement> check(FactSnapshot facts, Request request) {
        return check(facts, request, HistoryValues.none());
    }

    /** The difference between the two decisions on {@code request} over {@code history}, or empty when they agree. */
    public Optional<Disagreement> check(FactSnapshot facts, Request request, HistoryValues history) {
        Sides both = sides(facts);
        FixedHistory reader = history.reader(program);
        Decision decision = both.engine().decide(request.explained(), reader);
        DecisionOracle.Predicted predicted = both.oracle().predict(request, reader);
        Set<String> rules = decision.reasonCode() == ReasonCode.RULE ? new TreeSet<>(decision.rules()) : Set.of();
        String route = decision.effect() == Effect.ESCALATE ? decision.route() : null;
        String runtime = describe(decision.effect(), route, rules);
        String solver = describe(predicted.effect(), predicted.route(), predicted.rules());
        return runtime.equals(solver)
                ? Optional.empty()
                : Optional.of(new Disagreement(request, facts, history, runtime, solver));
    }

    private Sides sides(FactSnapshot facts) {
        Sides kept = sides.get(facts.digest());
        if (kept != null) {
            return kept;
        }
        if (sides.size() >= KEPT) {
            Map.Entry<String, Sides> eldest = sides.entrySet().iterator().next();
            eldest.getValue().oracle().close();
            sides.remove(eldest.getKey());
        }
        Engine engine = Engine.forProgram(program);
        engine.attach(facts);
        Sides made = new Sides(engine, DecisionOracle.open(program, facts));
        sides.put(facts.digest(), made);
        return made;
    }

    private static String describe(Effect effect, String route, Set<String> rules) {
        return effect.keyword()
                + (route == null ? "" : " to \"" + route + "\"")
                + (rules.isEmpty() ? " (no deciding rule)" : " by " + String.join(", ", new TreeSet<>(rules)));
    }

    @Override
    public void close() {
        sides.values().forEach(s -> s.oracle().close());
        sides.clear();
    }
}
