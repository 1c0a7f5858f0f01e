package dev.charter.solver;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code coverage-hole}: a request that falls to the default while the same request with one
 * ordered attribute just below and just above is decided by rules — the {@code amount == 10000}
 * left between {@code amount < 10000} and {@code amount > 10000}. "Just" is one unit for ints,
 * dates and {@code time.hour}, and for decimals a tenth of the finest step any decimal constant
 * of the program is written with, so that only single points between rules are reported, not
 * genuine bands left to the default.
 *
 * <p>Every hole of an action and attribute is reported, each as its own finding whose witness is
 * the threshold: once a threshold is found it is excluded and the query asked again, until it is
 * unsat. An attribute compared with another one can have a hole at every value, so at most
 * {@value #MAX_HOLES} are reported per action and attribute, the last saying that more may remain.
 */
final class CoverageHoles {

    static final int MAX_HOLES = 20;

    List<Candidate> analyse(ActionModel model) {
        List<Candidate> out = new ArrayList<>();
        Set<String> read = ReadAttributes.of(model.decision().rules());
        for (RequestSpace.Slot slot : model.space().slots()) {
            if (slot.isOrdered() && read.contains(slot.path())) {
                out.addAll(holes(model, slot));
            }
        }
        return out;
    }

    private List<Candidate> holes(ActionModel model, RequestSpace.Slot slot) {
        Context z3 = model.codec().z3();
        Expr<?> x = slot.term();
        Expr<?> step = step(model.codec(), model.program(), slot);
        ArithExpr<?> below = z3.mkSub((ArithExpr<?>) x, (ArithExpr<?>) step);
        ArithExpr<?> above = z3.mkAdd((ArithExpr<?>) x, (ArithExpr<?>) step);
        DecisionEncoding.Resolution raw = model.decision().raw();
        DecisionEncoding.Resolution low = raw.substitute(x, below);
        DecisionEncoding.Resolution high = raw.substitute(x, above);
        BoolExpr property = z3.mkAnd(model.decision().resolution().byDefault(), low.byRules(), high.byRules(),
                model.codec().domain(below, slot.type(), model.program().schema()),
                model.codec().domain(above, slot.type(), model.program().schema()),
                slot.path().equals("time.hour") ? z3.mkAnd(z3.mkGe(below, z3.mkInt(0)), z3.mkLe(above, z3.mkInt(23))) : z3.mkTrue());
        String name = "coverage-hole." + model.actionName() + "." + slot.path();
        String subject = "coverage of " + slot.path() + " for " + model.actionName();
        List<Candidate> out = new ArrayList<>();
        List<BoolExpr> reported = new ArrayList<>();
        while (true) {
            BoolExpr fresh = z3.mkAnd(property, z3.mkNot(z3.mkOr(reported.toArray(new BoolExpr[0]))));
            try (var query = model.solver().query(reported.isEmpty() ? name : name + "." + reported.size(), fresh)) {
                Verdict verdict = query.verdict();
                if (verdict.isUnsat()) {
                    return out;
                }
                String beyond = reported.isEmpty() ? "" : " beyond the " + reported.size() + " hole"
                        + (reported.size() == 1 ? "" : "s") + " reported";
                if (reported.size() == MAX_HOLES) {
                    Candidate last = out.remove(out.size() - 1);
                    out.add(withNote(last, "; only the first " + MAX_HOLES + " holes of " + slot.path() + " on "
                            + model.actionName() + " are reported, and there " + (verdict.isSat() ? "are" : "may be") + " more"));
                    return out;
                }
                Optional<Evidence> evidence = verdict.isSat() ? Witnesses.read(model, query, List.of()) : Optional.empty();
                if (evidence.isEmpty()) {
                    out.add(Witnesses.inconclusive(subject + beyond, query.verdict(), List.of(), null,
                            model.actionName(), model.action().span()));
                    return out;
                }
                Candidate hole = hole(model, query, slot, step, below, above, low, high, evidence.get());
                out.add(hole);
                reported.add(z3.mkEq(x, model.codec().encode(hole.evidence().request().value(slot.path()))));
            }
        }
    }

    /** The finding for the hole the open query's witness shows, with both neighbours' predicted decisions. */
    private static Candidate hole(ActionModel model, Z3Session.IncrementalSolver.Query query, RequestSpace.Slot slot,
                                  Expr<?> step, Expr<?> below, Expr<?> above, DecisionEncoding.Resolution low,
                                  DecisionEncoding.Resolution high, Evidence e) {
        Value threshold = e.request().value(slot.path());
        Value stepValue = model.codec().decode(query.model(), step,
                slot.type() == PrimitiveType.DECIMAL ? PrimitiveType.DECIMAL : PrimitiveType.INT).orElseThrow();
        Evidence.Neighbour lower = neighbour(model, query, "below", e.request(), slot, threshold, stepValue, -1, below, low);
        Evidence.Neighbour upper = neighbour(model, query, "above", e.request(), slot, threshold, stepValue, 1, above, high);
        Set<String> deciding = new java.util.TreeSet<>(lower.prediction().winners());
        deciding.addAll(upper.prediction().winners());
        List<String> rules = new ArrayList<>(deciding);
        String message = "on " + model.actionName() + ", " + slot.path() + " = " + threshold
                + " falls to the default (" + model.program().defaultOutcome().effect().keyword() + ") while "
                + lower.request().value(slot.path()) + " is decided (" + lower.prediction().describe() + ") and "
                + upper.request().value(slot.path()) + " is decided (" + upper.prediction().describe()
                + "); cover the threshold with `<=` or `>=`";
        Evidence withNeighbours = new Evidence(e.request(), e.prediction(), e.atoms(), List.of(), List.of(lower, upper));
        DecisionRule anchor = model.decision().rules().stream().filter(r -> deciding.contains(r.name())).findFirst()
                .orElse(model.decision().rules().get(0));
        return new Candidate(new Finding(FindingKind.COVERAGE_HOLE, rules, null, model.actionName(),
                message, anchor.span(), null), withNeighbours);
    }

    private static Candidate withNote(Candidate candidate, String note) {
        Finding f = candidate.finding();
        return new Candidate(new Finding(f.kind(), f.rules(), f.assertion(), f.action(), f.message() + note, f.span(),
                f.witness()), candidate.evidence());
    }

    private static Evidence.Neighbour neighbour(ActionModel model, Z3Session.IncrementalSolver.Query query, String label,
                                                ConcreteRequest request, RequestSpace.Slot slot, Value threshold,
                                                Value step, int sign, Expr<?> shiftedTerm,
                                                DecisionEncoding.Resolution shifted) {
        ConcreteRequest next = request.with(slot.path(), shift(threshold, step, sign));
        Prediction prediction = Prediction.of(query.model(), model.codec(), model.decision().rules(), shifted,
                r -> (BoolExpr) model.decision().rawCondition(r).substitute(slot.term(), shiftedTerm));
        return new Evidence.Neighbour(label, next, prediction);
    }

    private static Value shift(Value value, Value step, int sign) {
        if (value instanceof Value.IntValue i) {
            return new Value.IntValue(i.value() + sign * ((Value.IntValue) step).value());
        }
        if (value instanceof Value.DateValue d) {
            return new Value.DateValue(d.value().plusDays(sign * ((Value.IntValue) step).value()));
        }
        BigDecimal delta = ((Value.DecimalValue) step).value();
        return new Value.DecimalValue(((Value.DecimalValue) value).value().add(sign > 0 ? delta : delta.negate()));
    }

    private static Expr<?> step(ValueCodec codec, Program program, RequestSpace.Slot slot) {
        if (slot.type() != PrimitiveType.DECIMAL) {
            return codec.z3().mkInt(1);
        }
        int scale = ReadAttributes.decimalScale(program);
        return codec.real(BigDecimal.ONE.movePointLeft(scale + 1));
    }

}
