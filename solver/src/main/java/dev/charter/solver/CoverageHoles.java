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
 * genuine bands left to the default. One finding per action and attribute; the witness is the
 * threshold itself.
 */
final class CoverageHoles {

    List<Candidate> analyse(ActionModel model) {
        List<Candidate> out = new ArrayList<>();
        Set<String> read = ReadAttributes.of(model.decision().rules());
        for (RequestSpace.Slot slot : model.space().slots()) {
            if (slot.isOrdered() && read.contains(slot.path())) {
                hole(model, slot).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Candidate> hole(ActionModel model, RequestSpace.Slot slot) {
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
        List<String> ruleNames = model.decision().rules().stream().map(DecisionRule::name).toList();
        try (var query = model.solver().query(name, property)) {
            Verdict verdict = query.verdict();
            if (verdict.isUnsat()) {
                return Optional.empty();
            }
            if (verdict.isUnknown()) {
                return Optional.of(Witnesses.inconclusive("coverage of " + slot.path() + " for " + model.actionName(),
                        verdict, List.of(), null, model.actionName(), model.action().span()));
            }
            Optional<Evidence> evidence = Witnesses.read(model, query, List.of());
            if (evidence.isEmpty()) {
                return Optional.of(Witnesses.inconclusive("coverage of " + slot.path(), verdict, List.of(), null,
                        model.actionName(), model.action().span()));
            }
            Evidence e = evidence.get();
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
            return Optional.of(new Candidate(new Finding(FindingKind.COVERAGE_HOLE, rules, null, model.actionName(),
                    message, anchor.span(), null), withNeighbours));
        }
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
