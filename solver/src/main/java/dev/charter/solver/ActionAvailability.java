package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.FixedHistory;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.datalog.Database;
import dev.charter.runtime.datalog.DatalogEvaluator;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Value;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which actions an agent can ever get through: for each agent and action, whether some request
 * of that agent for that action is permitted or escalated under one fact snapshot. The MCP
 * gateway lists a tool to an agent only when its action is not {@link Status#UNAVAILABLE}.
 *
 * <p>Every relation is known exactly (the snapshot is given), so one encoding both proves and
 * shows. {@link Status#UNAVAILABLE} is a proof: the query "this agent, this action, decided
 * permit or escalate" is unsatisfiable, or the action is not declared (the runtime denies it
 * {@code unknown_action}), or — for requests that never carry a {@code context} — the runtime
 * refuses the context-less witness for a missing context attribute, which it does for every
 * such request of the action. {@link Status#AVAILABLE} comes with a witness the runtime decided
 * as predicted (principle 2 of docs/architecture.md), as the requests will be sent. Anything
 * else — Z3 unknown, a witness the runtime decides otherwise — is {@link Status#INCONCLUSIVE}:
 * never a proof either way.
 */
public final class ActionAvailability {

    /** How an agent stands with an action. */
    public enum Status {
        /** A confirmed witness is permitted or escalated. */
        AVAILABLE,
        /** No request of the agent for the action is permitted or escalated. */
        UNAVAILABLE,
        /** Not decided; treat as possibly available. */
        INCONCLUSIVE
    }

    /**
     * One agent and action.
     *
     * @param witness the confirmed request (as it would be sent) when available, else null
     * @param detail  why, for people: the decision on the witness, the proof, or what was undecided
     */
    public record Entry(String agent, String action, Status status, String detail, ObjectNode witness) {
        public Entry {
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Every entry of one analysis, by agent then action. */
    public record Table(Map<String, Map<String, Entry>> entries) {
        public Table {
            Map<String, Map<String, Entry>> copy = new LinkedHashMap<>();
            entries.forEach((agent, actions) -> copy.put(agent, Map.copyOf(actions)));
            entries = java.util.Collections.unmodifiableMap(copy);
        }

        /** The entry of an agent and action analysed; empty for a pair that was not asked about. */
        public Optional<Entry> entry(String agent, String action) {
            return Optional.ofNullable(entries.getOrDefault(agent, Map.of()).get(action));
        }

        /** Whether the action might be used by the agent: not proved unavailable (a pair never analysed is). */
        public boolean possible(String agent, String action) {
            return entry(agent, action)
                    .map(e -> e.status() != Status.UNAVAILABLE)
                    .orElse(true);
        }
    }

    /**
     * How the requests the answer is about are sent.
     *
     * @param queryTimeout the longest one Z3 query may take; past it the entry is inconclusive
     * @param withContext  whether the requests may carry a {@code context}; false for the MCP
     *                     gateway, whose requests are built from tool calls and never do
     */
    public record Options(Duration queryTimeout, boolean withContext) {
        public Options {
            Objects.requireNonNull(queryTimeout, "queryTimeout");
        }

        public static Options defaults() {
            return new Options(Duration.ofSeconds(10), true);
        }

        public Options withoutContext() {
            return new Options(queryTimeout, false);
        }
    }

    private final Program program;
    private final FactSnapshot facts;
    private final Options options;

    private ActionAvailability(Program program, FactSnapshot facts, Options options) {
        this.program = program;
        this.facts = facts;
        this.options = options;
    }

    /** Analyses every pair of {@code agents} and {@code actions} under {@code facts}. Never throws for a well-formed program. */
    public static Table analyze(
            Program program,
            FactSnapshot facts,
            Collection<String> agents,
            Collection<String> actions,
            Options options) {
        return new ActionAvailability(program, facts, options).run(List.copyOf(agents), List.copyOf(actions));
    }

    private Table run(List<String> agents, List<String> actions) {
        Map<String, Map<String, Entry>> entries = new LinkedHashMap<>();
        agents.forEach(agent -> entries.put(agent, new LinkedHashMap<>()));
        Engine engine = RuntimeConfirmation.engine(program, facts);
        try (Z3Session session = new Z3Session(options.queryTimeout(), null)) {
            ValueCodec codec = new ValueCodec(session.context(), List.of(program.schema()));
            Database database = DatalogEvaluator.materialize(program, facts);
            Map<String, Set<List<Value>>> exact = new HashMap<>();
            for (Relation relation : program.relations()) {
                exact.put(relation.name(), database.tuples(relation.name()));
            }
            Knowledge knowledge = new ExactKnowledge(codec, new ExactRelations(codec, exact));
            for (String action : actions) {
                Optional<ActionDecl> declared = program.schema().actions().stream()
                        .filter(a -> a.name().equals(action))
                        .findFirst();
                ActionModel model = declared.map(decl -> open(session, codec, knowledge, decl))
                        .orElse(null);
                for (String agent : agents) {
                    entries.get(agent).put(action, entry(model, engine, agent, action));
                }
            }
        }
        return new Table(entries);
    }

    private ActionModel open(Z3Session session, ValueCodec codec, Knowledge knowledge, ActionDecl action) {
        // Every string is a plain term (no regular-language abstraction), so that the agent can be fixed to a name.
        RequestSpace space = new RequestSpace(
                codec, program.schema(), action, Set.of(), ReadAttributes.readsCalendar(List.of(program)));
        return ActionModel.open(
                session, codec, program, knowledge, space, "", codec.z3().mkTrue());
    }

    private Entry entry(ActionModel model, Engine engine, String agent, String action) {
        if (model == null) {
            return new Entry(
                    agent,
                    action,
                    Status.UNAVAILABLE,
                    "the constitution declares no action " + action + ", so every request for it is denied ("
                            + ReasonCode.UNKNOWN_ACTION.keyword() + ")",
                    null);
        }
        if (agent.isEmpty()) {
            return new Entry(agent, action, Status.UNAVAILABLE, "a request without an agent is denied", null);
        }
        Context z3 = model.codec().z3();
        DecisionEncoding.Resolution resolution = model.decision().resolution();
        BoolExpr property = z3.mkAnd(
                z3.mkEq(model.space().agent(), model.codec().string(agent)),
                z3.mkOr(
                        z3.mkEq(resolution.effect(), z3.mkInt(ValueCodec.effectCode(Effect.PERMIT))),
                        z3.mkEq(resolution.effect(), z3.mkInt(ValueCodec.effectCode(Effect.ESCALATE)))));
        try (var query = model.solver().query("availability." + action, property)) {
            Verdict verdict = query.verdict();
            if (verdict.isUnsat()) {
                return new Entry(
                        agent,
                        action,
                        Status.UNAVAILABLE,
                        "no request of " + agent + " for " + action + " is permitted or escalated under these facts",
                        null);
            }
            if (verdict.isUnknown()) {
                return new Entry(agent, action, Status.INCONCLUSIVE, Search.unknown(verdict), null);
            }
            Optional<Evidence> evidence = Witnesses.read(model, query, List.of());
            if (evidence.isEmpty()) {
                return new Entry(
                        agent, action, Status.INCONCLUSIVE, "the solver's model holds no request to confirm", null);
            }
            return confirmed(engine, evidence.get(), agent, action);
        }
    }

    /** The witness decided by the runtime, first as the solver read it, then as the requests are sent. */
    private Entry confirmed(Engine engine, Evidence evidence, String agent, String action) {
        ZoneId zone = ZoneId.of(program.metadata().timezone());
        ObjectNode request = evidence.request().toJson(zone);
        FixedHistory history = WitnessHistory.reader(program, evidence.request().history());
        Decision decided = engine.decide(Request.parse(request.toString()), history);
        Optional<String> disagreement = RuntimeConfirmation.disagreement(evidence.prediction(), decided);
        if (disagreement.isPresent()) {
            return new Entry(
                    agent,
                    action,
                    Status.INCONCLUSIVE,
                    "the runtime did not confirm the solver's witness (" + disagreement.get() + ")",
                    null);
        }
        if (options.withContext()) {
            return available(agent, action, request, decided);
        }
        ObjectNode sent = request.deepCopy();
        sent.remove("context");
        Decision withoutContext = engine.decide(Request.parse(sent.toString()), history);
        if (withoutContext.effect() == Effect.PERMIT || withoutContext.effect() == Effect.ESCALATE) {
            return available(agent, action, sent, withoutContext);
        }
        if (withoutContext.reasonCode() == ReasonCode.MISSING_ATTRIBUTE
                && withoutContext.reason() != null
                && withoutContext.reason().contains("context.")) {
            return new Entry(
                    agent,
                    action,
                    Status.UNAVAILABLE,
                    "the rules of " + action + " read the request's context, which these requests never carry: "
                            + withoutContext.reason(),
                    null);
        }
        return new Entry(
                agent,
                action,
                Status.INCONCLUSIVE,
                "the witness without its context was decided "
                        + withoutContext.effect().keyword() + " ("
                        + withoutContext.reasonCode().keyword() + ")",
                null);
    }

    private static Entry available(String agent, String action, ObjectNode request, Decision decision) {
        return new Entry(
                agent,
                action,
                Status.AVAILABLE,
                "a request is decided " + decision.effect().keyword()
                        + (decision.route() == null ? "" : " to " + decision.route()) + " ("
                        + decision.reasonCode().keyword() + ", rules " + decision.rules() + ")",
                request);
    }
}
