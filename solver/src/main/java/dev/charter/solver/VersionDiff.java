package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code charter diff OLD NEW}: for each action, whether some request is decided differently
 * (effect or route) by the two versions — shown by witness requests with both decisions, each
 * confirmed by running both versions in the runtime — or a proof that none is.
 *
 * <p>Both versions are encoded over one request space in one solver per action; the property
 * "the decisions differ" is unsat iff the versions are equivalent on that action. Up to
 * {@value #EXAMPLES} examples are given, each a different (before, after) pair of outcomes.
 */
public final class VersionDiff {

    static final int EXAMPLES = 3;

    private final AnalysisOptions options;

    public VersionDiff(AnalysisOptions options) {
        this.options = options;
    }

    public DiffReport compare(Program before, Program after) {
        List<ActionChange> changes = new ArrayList<>();
        try (Z3Session session =
                new Z3Session(options.queryTimeout(), options.archive().orElse(null))) {
            ValueCodec codec = new ValueCodec(session.context(), List.of(before.schema(), after.schema()));
            FactSlots slots = new FactSlots(codec, List.of(before, after));
            KnowledgeFactory.Encodings oldKnowledge = KnowledgeFactory.of(codec, before, options, slots);
            KnowledgeFactory.Encodings newKnowledge = KnowledgeFactory.of(codec, after, options, slots);
            for (ActionDecl action : after.schema().actions()) {
                Optional<ActionDecl> old = before.schema().action(action.name());
                if (old.isEmpty()) {
                    changes.add(reshaped(action.name(), "added: the old version denies it as an unknown action"));
                } else if (!sameShape(before, old.get(), after, action)) {
                    changes.add(
                            reshaped(
                                    action.name(),
                                    "its parameters or the context changed; requests of the old shape are denied by the new version"));
                } else if (!sameActionValues(before, after, action)) {
                    changes.add(reshaped(
                            action.name(),
                            "reads an attribute of type action, and the declared actions changed; "
                                    + "a request naming an action only one version declares is denied by the other"));
                } else {
                    changes.add(compare(
                            session, codec, slots, new Versions(before, oldKnowledge, after, newKnowledge), action));
                }
            }
            for (ActionDecl action : before.schema().actions()) {
                if (after.schema().action(action.name()).isEmpty()) {
                    changes.add(reshaped(action.name(), "removed: the new version denies it as an unknown action"));
                }
            }
        }
        return new DiffReport(changes);
    }

    private static ActionChange reshaped(String action, String message) {
        return new ActionChange(action, ActionChange.Status.RESHAPED, action + " " + message, List.of());
    }

    private static boolean sameShape(Program before, ActionDecl old, Program after, ActionDecl now) {
        return old.parameters().stream()
                        .map(p -> p.name() + ":" + p.type())
                        .toList()
                        .equals(now.parameters().stream()
                                .map(p -> p.name() + ":" + p.type())
                                .toList())
                && before.schema().context().stream()
                        .map(p -> p.name() + ":" + p.type())
                        .toList()
                        .equals(after.schema().context().stream()
                                .map(p -> p.name() + ":" + p.type())
                                .toList())
                && before.schema().enums().stream()
                        .map(e -> e.name() + e.values())
                        .toList()
                        .equals(after.schema().enums().stream()
                                .map(e -> e.name() + e.values())
                                .toList())
                && before.metadata().timezone().equals(after.metadata().timezone());
    }

    /**
     * Whether every request of the action that one version accepts the other accepts too, as far as
     * action-typed attributes go: each version refuses one naming an action it does not declare.
     */
    private static boolean sameActionValues(Program before, Program after, ActionDecl action) {
        boolean readsActions = Stream.concat(action.parameters().stream(), after.schema().context().stream())
                .anyMatch(f -> f.type() == PrimitiveType.ACTION);
        return !readsActions || actionNames(before).equals(actionNames(after));
    }

    private static Set<String> actionNames(Program program) {
        return program.schema().actions().stream().map(ActionDecl::name).collect(Collectors.toSet());
    }

    /** The two versions, each with its encodings. */
    private record Versions(
            Program before, KnowledgeFactory.Encodings old, Program after, KnowledgeFactory.Encodings now) {

        boolean single() {
            return old.single() && now.single();
        }
    }

    /** Both versions' decisions on one action under one encoding of their atoms, in one solver. */
    private record Pair(DecisionEncoding old, DecisionEncoding now, ActionModel model, boolean exact) {

        static Pair open(
                Z3Session session,
                ValueCodec codec,
                Versions versions,
                Knowledge old,
                Knowledge now,
                RequestSpace space,
                String prefix,
                BoolExpr facts) {
            DecisionEncoding a = new DecisionEncoding(codec, versions.before(), space, old, prefix + "old.");
            DecisionEncoding b = new DecisionEncoding(codec, versions.after(), space, now, prefix + "new.");
            Z3Session.IncrementalSolver solver =
                    session.openSolver(prefix + "diff." + space.action().name());
            solver.assertBase(space.domain(versions.before().schema()));
            solver.assertBase(space.domain(versions.after().schema()));
            solver.assertBase(a.definitions());
            solver.assertBase(b.definitions());
            solver.assertBase(facts);
            solver.assertBase(space.stringConsistency());
            return new Pair(
                    a,
                    b,
                    new ActionModel(versions.after(), codec, now, space, b, solver),
                    old.exactWitnesses() && now.exactWitnesses());
        }

        /** The decisions differ, on an outcome pair not among those already shown. */
        BoolExpr differs(List<Outcomes> seen) {
            Context z3 = model.codec().z3();
            DecisionEncoding.Resolution a = old.resolution();
            DecisionEncoding.Resolution b = now.resolution();
            BoolExpr differ =
                    z3.mkOr(z3.mkNot(z3.mkEq(a.effect(), b.effect())), z3.mkNot(z3.mkEq(a.route(), b.route())));
            BoolExpr[] shown =
                    seen.stream().map(o -> o.holds(model.codec(), a, b)).toArray(BoolExpr[]::new);
            return z3.mkAnd(differ, z3.mkNot(z3.mkOr(shown)));
        }
    }

    /** The effects and routes of both versions on a shown example. */
    private record Outcomes(int oldEffect, int newEffect, String oldRoute, String newRoute) {

        static Outcomes of(
                com.microsoft.z3.Model model,
                ValueCodec codec,
                DecisionEncoding.Resolution a,
                DecisionEncoding.Resolution b) {
            return new Outcomes(
                    ((com.microsoft.z3.IntNum) model.eval(a.effect(), true)).getInt(),
                    ((com.microsoft.z3.IntNum) model.eval(b.effect(), true)).getInt(),
                    codec.decodeString(model, a.route()),
                    codec.decodeString(model, b.route()));
        }

        BoolExpr holds(ValueCodec codec, DecisionEncoding.Resolution a, DecisionEncoding.Resolution b) {
            Context z3 = codec.z3();
            return z3.mkAnd(
                    z3.mkEq(a.effect(), z3.mkInt(oldEffect)),
                    z3.mkEq(b.effect(), z3.mkInt(newEffect)),
                    z3.mkEq(a.route(), codec.string(oldRoute)),
                    z3.mkEq(b.route(), codec.string(newRoute)));
        }
    }

    private ActionChange compare(
            Z3Session session, ValueCodec codec, FactSlots slots, Versions versions, ActionDecl action) {
        RequestSpace space = new RequestSpace(
                codec,
                versions.after().schema(),
                action,
                RegularStrings.forAction(List.of(versions.before(), versions.after()), action.name(), false),
                ReadAttributes.readsCalendar(List.of(versions.before(), versions.after())));
        Pair proof = Pair.open(
                session,
                codec,
                versions,
                versions.old().proof(),
                versions.now().proof(),
                space,
                "",
                codec.z3().mkTrue());
        Pair witness = versions.single()
                ? proof
                : Pair.open(
                        session,
                        codec,
                        versions,
                        versions.old().witness(),
                        versions.now().witness(),
                        space,
                        "bounded.",
                        slots.domain());
        List<Outcomes> seen = new ArrayList<>();
        List<ActionChange.Example> examples = new ArrayList<>();
        ZoneId zone = ZoneId.of(versions.after().metadata().timezone());
        String name = action.name();
        while (examples.size() < EXAMPLES) {
            String query = "differs." + name + "." + examples.size();
            try (var asked = proof.model().solver().query(query, proof.differs(seen))) {
                Verdict verdict = asked.verdict();
                if (verdict.isUnsat()) {
                    break;
                }
                if (verdict.isUnknown()) {
                    return inconclusive(name, "Z3 answered unknown (" + verdict.reason() + ")", examples);
                }
                if (witness == proof) {
                    Attempt attempt = example(versions, witness, asked, seen, zone);
                    if (attempt.failure() != null) {
                        return inconclusive(name, attempt.failure(), examples);
                    }
                    examples.add(attempt.example());
                    continue;
                }
            }
            try (var asked = witness.model().solver().query(query + ".bounded", witness.differs(seen))) {
                Verdict verdict = asked.verdict();
                if (!verdict.isSat()) {
                    if (!examples.isEmpty()) {
                        break;
                    }
                    return inconclusive(
                            name,
                            verdict.isUnknown()
                                    ? "Z3 answered unknown (" + verdict.reason() + ")"
                                    : Search.unshown(
                                                    versions.old().proof(),
                                                    versions.now().proof())
                                            + unshared(slots),
                            examples);
                }
                Attempt attempt = example(versions, witness, asked, seen, zone);
                if (attempt.failure() != null) {
                    return inconclusive(name, attempt.failure(), examples);
                }
                examples.add(attempt.example());
            }
        }
        if (examples.isEmpty()) {
            return new ActionChange(
                    name,
                    ActionChange.Status.EQUIVALENT,
                    name + ": proved equivalent — every request is decided the same way" + scope(versions),
                    List.of());
        }
        return new ActionChange(
                name,
                ActionChange.Status.DIFFERS,
                name + ": decisions differ on " + (examples.size() == EXAMPLES ? "at least " : "") + examples.size()
                        + " kind" + (examples.size() == 1 ? "" : "s") + " of request",
                examples);
    }

    /** An example, or why the open query gave none. */
    private record Attempt(ActionChange.Example example, String failure) {}

    /**
     * Reads the open query as an example, confirmed by both versions in the runtime, and records
     * its outcomes so that the next example shows another pair.
     */
    private Attempt example(
            Versions versions, Pair pair, Z3Session.IncrementalSolver.Query query, List<Outcomes> seen, ZoneId zone) {
        ActionModel model = pair.model();
        Optional<ConcreteRequest> request = new WitnessReader(model).read(query);
        Optional<ObjectNode> facts =
                request.isEmpty() ? Optional.empty() : model.knowledge().facts(query);
        if (request.isEmpty() || facts.isEmpty()) {
            return new Attempt(null, "a request on which " + model.actionName() + " changed has no exact form");
        }
        ValueCodec codec = model.codec();
        Prediction was = Prediction.of(
                query.model(), codec, pair.old().rules(), pair.old().resolution(), pair.old()::matches);
        Prediction is = Prediction.of(
                query.model(), codec, pair.now().rules(), pair.now().resolution(), pair.now()::matches);
        seen.add(Outcomes.of(
                query.model(), codec, pair.old().resolution(), pair.now().resolution()));
        try {
            return new Attempt(
                    DiffConfirmation.confirm(
                            versions.before(),
                            versions.after(),
                            options.factSnapshot(),
                            request.get(),
                            facts.get(),
                            was,
                            is,
                            zone),
                    null);
        } catch (SolverDisagreementException e) {
            return new Attempt(
                    null,
                    pair.exact()
                            ? "the runtime did not confirm a witness (" + e.getMessage()
                                    + "); this is a solver/runtime disagreement — please report it"
                            : "a witness found with recursion unfolded only a few steps was decided otherwise by the runtime ("
                                    + e.getMessage() + ")");
        }
    }

    /** Why a witness snapshot holds no facts of some input relations, when it does not. */
    private static String unshared(FactSlots slots) {
        Set<String> names = slots.unshared();
        return names.isEmpty()
                ? ""
                : "; the versions do not read input relation" + (names.size() == 1 ? " " : "s ")
                        + String.join(", ", names)
                        + " alike (added, removed or retyped), so no snapshot both accept holds facts of "
                        + (names.size() == 1 ? "it" : "them");
    }

    /** Which fact snapshots a proof of equivalence covers, when facts matter at all. */
    private String scope(Versions versions) {
        if (options.facts().isPresent()) {
            return " under the given fact snapshot";
        }
        return versions.single() ? "" : " under every fact snapshot";
    }

    private static ActionChange inconclusive(String action, String why, List<ActionChange.Example> examples) {
        return new ActionChange(
                action,
                ActionChange.Status.INCONCLUSIVE,
                "could not decide whether " + action + " changed: " + why,
                examples);
    }
}
