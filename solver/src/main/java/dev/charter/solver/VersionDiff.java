package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Program;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        try (Z3Session session = new Z3Session(options.queryTimeout(), options.archive().orElse(null))) {
            ValueCodec codec = new ValueCodec(session.context(), List.of(before.schema(), after.schema()));
            Knowledge oldKnowledge = KnowledgeFactory.of(codec, before, options);
            Knowledge newKnowledge = KnowledgeFactory.of(codec, after, options);
            for (ActionDecl action : after.schema().actions()) {
                Optional<ActionDecl> old = before.schema().action(action.name());
                if (old.isEmpty()) {
                    changes.add(reshaped(action.name(), "added: the old version denies it as an unknown action"));
                } else if (!sameShape(before, old.get(), after, action)) {
                    changes.add(reshaped(action.name(), "its parameters or the context changed; requests of the old shape are denied by the new version"));
                } else {
                    changes.add(compare(session, codec, before, oldKnowledge, after, newKnowledge, action));
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
        return old.parameters().stream().map(p -> p.name() + ":" + p.type()).toList()
                .equals(now.parameters().stream().map(p -> p.name() + ":" + p.type()).toList())
                && before.schema().context().stream().map(p -> p.name() + ":" + p.type()).toList()
                .equals(after.schema().context().stream().map(p -> p.name() + ":" + p.type()).toList())
                && before.schema().enums().stream().map(e -> e.name() + e.values()).toList()
                .equals(after.schema().enums().stream().map(e -> e.name() + e.values()).toList())
                && before.metadata().timezone().equals(after.metadata().timezone());
    }

    private ActionChange compare(Z3Session session, ValueCodec codec, Program before, Knowledge oldKnowledge,
                                 Program after, Knowledge newKnowledge, ActionDecl action) {
        Context z3 = codec.z3();
        RequestSpace space = new RequestSpace(codec, after.schema(), action,
                RegularStrings.forAction(List.of(before, after), action.name(), false));
        DecisionEncoding old = new DecisionEncoding(codec, before, space, oldKnowledge, "old.");
        DecisionEncoding now = new DecisionEncoding(codec, after, space, newKnowledge, "new.");
        Z3Session.IncrementalSolver solver = session.openSolver("diff." + action.name());
        solver.assertBase(space.domain(after.schema()));
        solver.assertBase(old.definitions());
        solver.assertBase(now.definitions());
        solver.assertBase(space.stringConsistency());
        ActionModel model = new ActionModel(after, codec, newKnowledge, space, now, solver);
        DecisionEncoding.Resolution a = old.resolution();
        DecisionEncoding.Resolution b = now.resolution();
        List<BoolExpr> seen = new ArrayList<>();
        List<ActionChange.Example> examples = new ArrayList<>();
        ZoneId zone = ZoneId.of(after.metadata().timezone());
        List<AbstractAtom> atoms = new ArrayList<>(old.abstractAtoms());
        atoms.addAll(now.abstractAtoms());
        while (examples.size() < EXAMPLES) {
            BoolExpr differ = z3.mkOr(z3.mkNot(z3.mkEq(a.effect(), b.effect())), z3.mkNot(z3.mkEq(a.route(), b.route())));
            BoolExpr fresh = z3.mkAnd(differ, z3.mkNot(z3.mkOr(seen.toArray(new BoolExpr[0]))));
            try (var query = solver.query("differs." + action.name() + "." + examples.size(), fresh)) {
                Verdict verdict = query.verdict();
                if (verdict.isUnknown()) {
                    return new ActionChange(action.name(), ActionChange.Status.INCONCLUSIVE,
                            "could not decide whether " + action.name() + " changed: Z3 answered unknown ("
                                    + verdict.reason() + ")", examples);
                }
                if (verdict.isUnsat()) {
                    break;
                }
                WitnessReader reader = new WitnessReader(model);
                Optional<ConcreteRequest> request = reader.read(query);
                if (request.isEmpty()) {
                    return new ActionChange(action.name(), ActionChange.Status.INCONCLUSIVE,
                            "a request on which " + action.name() + " changed has no exact form", examples);
                }
                Prediction was = Prediction.of(query.model(), codec, old.rules(), a, old::matches);
                Prediction is = Prediction.of(query.model(), codec, now.rules(), b, now::matches);
                seen.add(z3.mkAnd(z3.mkEq(a.effect(), query.model().eval(a.effect(), true)),
                        z3.mkEq(b.effect(), query.model().eval(b.effect(), true)),
                        z3.mkEq(a.route(), query.model().eval(a.route(), true)),
                        z3.mkEq(b.route(), query.model().eval(b.route(), true))));
                List<WitnessReader.AtomValuation> valuations = reader.atomValuations(query.model(), atoms);
                try {
                    examples.add(DiffConfirmation.confirm(before, after, options.factSnapshot(), request.get(),
                            valuations, was, is, zone));
                } catch (SolverDisagreementException e) {
                    return new ActionChange(action.name(), ActionChange.Status.INCONCLUSIVE,
                            action.name() + ": the runtime did not confirm a witness (" + e.getMessage()
                                    + "); this is a solver/runtime disagreement — please report it", examples);
                }
            }
        }
        if (examples.isEmpty()) {
            return new ActionChange(action.name(), ActionChange.Status.EQUIVALENT,
                    action.name() + ": proved equivalent — every request is decided the same way", List.of());
        }
        return new ActionChange(action.name(), ActionChange.Status.DIFFERS,
                action.name() + ": decisions differ on " + (examples.size() == EXAMPLES ? "at least " : "")
                        + examples.size() + " kind" + (examples.size() == 1 ? "" : "s") + " of request", examples);
    }
}
