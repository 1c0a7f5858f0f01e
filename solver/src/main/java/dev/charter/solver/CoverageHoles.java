package dev.charter.solver;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Expr.Scope;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.TimeAttribute;
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
 * dates and the time attributes (an hour, a minute, a day, a month: the neighbours of
 * {@code time.hour = 9} are 8 and 10 at the same minute, those of {@code time.month = 6} the same
 * day of May and of July), and for decimals a tenth of the finest step any decimal constant
 * of the program is written with, so that only single points between rules are reported, not
 * genuine bands left to the default.
 *
 * <p>Every hole of an action and attribute is reported, each as its own finding whose witness is
 * the threshold: once a threshold is found it is excluded and the query asked again, until it is
 * unsat. A count or a sum of the history is such an attribute too, stepped by one (a sum of
 * decimals as a decimal): {@code count(...) < 5} and {@code count(...) > 5} leave a history of
 * exactly 5 decisions to the default. An attribute compared with another one can have a hole at every value, so at most
 * {@value #MAX_HOLES} are reported per action and attribute, the last saying that more may remain.
 */
final class CoverageHoles {

    static final int MAX_HOLES = 20;
    private static final String HOUR = Scope.TIME.keyword() + "." + TimeAttribute.HOUR.attributeName();

    List<Candidate> analyse(ActionModels models) {
        List<Candidate> out = new ArrayList<>();
        Set<String> read = ReadAttributes.of(models.proof().decision().rules());
        for (RequestSpace.Slot slot : models.proof().space().slots()) {
            if (slot.isOrdered() && read.contains(slot.path())) {
                out.addAll(holes(models, slot));
            }
        }
        return out;
    }

    /**
     * The threshold and its two neighbours as terms of one model: the raw resolution with the
     * step's unknowns moved below and above.
     */
    private record Shifts(
            Moves moves, Expr<?> step, DecisionEncoding.Resolution low, DecisionEncoding.Resolution high) {

        static Shifts of(ActionModel model, RequestSpace.Slot slot) {
            Expr<?> step = CoverageHoles.step(model.codec(), model.program(), slot);
            Moves moves = Moves.of(model, slot, step);
            DecisionEncoding.Resolution raw = model.decision().raw();
            return new Shifts(
                    moves,
                    step,
                    raw.substitute(moves.from(), moves.below()),
                    raw.substitute(moves.from(), moves.above()));
        }

        BoolExpr property(ActionModel model, RequestSpace.Slot slot) {
            Context z3 = model.codec().z3();
            // An optional attribute has a threshold only where the request carries it.
            BoolExpr carried = slot.present() != null ? slot.present() : z3.mkTrue();
            return z3.mkAnd(
                    model.decision().resolution().byDefault(),
                    low.byRules(),
                    high.byRules(),
                    moves.neighboursExist(),
                    timeNeighbours(z3, slot),
                    carried);
        }

        /**
         * A time attribute's neighbours are one below and one above it: a step of its unknowns
         * moves it by one (not so for {@code time.hour} across midnight, or {@code time.month}
         * across the new year).
         */
        private BoolExpr timeNeighbours(Context z3, RequestSpace.Slot slot) {
            if (slot.scope() != Scope.TIME) {
                return z3.mkTrue();
            }
            ArithExpr<?> term = (ArithExpr<?>) slot.term();
            return z3.mkAnd(
                    z3.mkEq(term.substitute(moves.from(), moves.below()), z3.mkSub(term, z3.mkInt(1))),
                    z3.mkEq(term.substitute(moves.from(), moves.above()), z3.mkAdd(term, z3.mkInt(1))));
        }
    }

    /** How a step moves the local time: by minutes, by a day, or by a month. */
    private enum TimeStep {
        MINUTES,
        DAY,
        MONTH;

        static TimeStep of(RequestSpace.Slot slot) {
            return switch (TimeAttribute.named(slot.name()).orElseThrow()) {
                case OF_DAY, HOUR, MINUTE -> MINUTES;
                case DATE, WEEKDAY, DAY -> DAY;
                case MONTH -> MONTH;
            };
        }
    }

    /**
     * A step of an attribute: the unknowns it moves, their terms one step below and above, and
     * what makes both neighbours requests. A step moves the unknowns the attribute is a term of:
     * the attribute itself; for a time attribute the local minute of the day (an hour is 60 of
     * them) or the local date, by a day ({@code time.date}, {@code weekday}, {@code day}) or by a
     * month to the same day of the month ({@code time.month}), together with its year, month and
     * day when the date is tied to them ({@link RequestSpace#calendar}); so every time attribute of
     * a neighbour is read from one local time, as the runtime reads them.
     */
    private record Moves(Expr<?>[] from, Expr<?>[] below, Expr<?>[] above, BoolExpr neighboursExist) {

        static Moves of(ActionModel model, RequestSpace.Slot slot, Expr<?> step) {
            Context z3 = model.codec().z3();
            if (slot.scope() != Scope.TIME) {
                ArithExpr<?> x = (ArithExpr<?>) slot.term();
                ArithExpr<?> below = z3.mkSub(x, (ArithExpr<?>) step);
                ArithExpr<?> above = z3.mkAdd(x, (ArithExpr<?>) step);
                // A count's neighbours are counts too: not below 0.
                BoolExpr counted = RequestSpace.isHistory(slot.path()) && slot.present() == null
                        ? z3.mkGe(below, z3.mkInt(0))
                        : z3.mkTrue();
                return new Moves(
                        new Expr<?>[] {x},
                        new Expr<?>[] {below},
                        new Expr<?>[] {above},
                        z3.mkAnd(
                                counted,
                                model.codec()
                                        .domain(
                                                below,
                                                slot.type(),
                                                model.program().schema()),
                                model.codec()
                                        .domain(
                                                above,
                                                slot.type(),
                                                model.program().schema())));
            }
            RequestSpace space = model.space();
            LocalTimeTerms time = new LocalTimeTerms(z3);
            LocalTimeTerms.LocalClock clock = space.clock();
            return switch (TimeStep.of(slot)) {
                case MINUTES -> {
                    ArithExpr<?> below = z3.mkSub(clock.minuteOfDay(), (ArithExpr<?>) step);
                    ArithExpr<?> above = z3.mkAdd(clock.minuteOfDay(), (ArithExpr<?>) step);
                    yield new Moves(
                            new Expr<?>[] {clock.minuteOfDay()},
                            new Expr<?>[] {below},
                            new Expr<?>[] {above},
                            z3.mkAnd(time.domain(below), time.domain(above)));
                }
                case DAY -> dates(model, time, time.dayBefore(clock), time.dayAfter(clock));
                case MONTH -> dates(model, time, time.monthBefore(clock), time.monthAfter(clock));
            };
        }

        private static Moves dates(
                ActionModel model,
                LocalTimeTerms time,
                LocalTimeTerms.CalendarDate below,
                LocalTimeTerms.CalendarDate above) {
            Context z3 = model.codec().z3();
            LocalTimeTerms.LocalClock clock = model.space().clock();
            BoolExpr inCalendar = z3.mkAnd(
                    model.codec()
                            .domain(
                                    below.date(),
                                    PrimitiveType.DATE,
                                    model.program().schema()),
                    model.codec()
                            .domain(
                                    above.date(),
                                    PrimitiveType.DATE,
                                    model.program().schema()));
            if (!model.space().calendar()) {
                return new Moves(
                        new Expr<?>[] {clock.date()},
                        new Expr<?>[] {below.date()},
                        new Expr<?>[] {above.date()},
                        inCalendar);
            }
            return new Moves(
                    new Expr<?>[] {clock.date(), clock.year(), clock.month(), clock.day()},
                    new Expr<?>[] {below.date(), below.year(), below.month(), below.day()},
                    new Expr<?>[] {above.date(), above.year(), above.month(), above.day()},
                    z3.mkAnd(inCalendar, time.exists(below), time.exists(above)));
        }

        Expr<?>[] toward(int sign) {
            return sign < 0 ? below : above;
        }
    }

    /**
     * Every hole of the attribute, each its own finding: a found threshold is excluded and the
     * question asked again, up to {@value #MAX_HOLES} holes.
     */
    private List<Candidate> holes(ActionModels models, RequestSpace.Slot slot) {
        String name = FindingKind.COVERAGE_HOLE.code() + "." + models.actionName() + "." + slot.path();
        String subject = "coverage of " + slot.path() + " for " + models.actionName();
        List<Candidate> out = new ArrayList<>();
        List<Value> reported = new ArrayList<>();
        while (true) {
            String what = subject
                    + (reported.isEmpty()
                            ? ""
                            : " beyond the " + reported.size() + " hole" + (reported.size() == 1 ? "" : "s")
                                    + " reported");
            Optional<Candidate> next = Search.ask(
                    models,
                    reported.isEmpty() ? name : name + "." + reported.size(),
                    m -> fresh(m, slot, reported),
                    Optional::empty,
                    why -> Optional.of(Witnesses.inconclusive(
                            what,
                            why,
                            List.of(),
                            null,
                            models.actionName(),
                            models.proof().action().span())),
                    (model, query) -> Optional.of(shown(model, query, slot, what)));
            if (next.isEmpty()) {
                return out;
            }
            boolean hole = next.get().finding().kind() == FindingKind.COVERAGE_HOLE;
            if (reported.size() == MAX_HOLES) {
                Candidate last = out.remove(out.size() - 1);
                out.add(withNote(
                        last,
                        "; only the first " + MAX_HOLES + " holes of " + slot.path() + " on " + models.actionName()
                                + " are reported, and there " + (hole ? "are" : "may be") + " more"));
                return out;
            }
            out.add(next.get());
            if (!hole) {
                return out;
            }
            reported.add(next.get().evidence().request().value(slot.path()));
        }
    }

    /** A hole at a threshold not yet reported. */
    private static BoolExpr fresh(ActionModel model, RequestSpace.Slot slot, List<Value> reported) {
        Context z3 = model.codec().z3();
        BoolExpr[] seen = reported.stream()
                .map(v -> z3.mkEq(slot.term(), model.codec().encode(v)))
                .toArray(BoolExpr[]::new);
        return z3.mkAnd(Shifts.of(model, slot).property(model, slot), z3.mkNot(z3.mkOr(seen)));
    }

    private static Candidate shown(
            ActionModel model, Z3Session.IncrementalSolver.Query query, RequestSpace.Slot slot, String what) {
        Optional<Evidence> evidence = Witnesses.read(model, query, List.of());
        if (evidence.isEmpty()) {
            return Witnesses.inconclusive(
                    what,
                    query.verdict(),
                    List.of(),
                    null,
                    model.actionName(),
                    model.action().span());
        }
        Shifts shifts = Shifts.of(model, slot);
        Evidence e = evidence.get();
        Value threshold = e.request().value(slot.path());
        Value stepValue = model.codec()
                .decode(
                        query.model(),
                        shifts.step(),
                        slot.type() == PrimitiveType.DECIMAL ? PrimitiveType.DECIMAL : PrimitiveType.INT)
                .orElseThrow();
        Evidence.Neighbour lower = neighbour(
                model, query, "below", e.request(), slot, threshold, stepValue, -1, shifts.moves(), shifts.low());
        Evidence.Neighbour upper = neighbour(
                model, query, "above", e.request(), slot, threshold, stepValue, 1, shifts.moves(), shifts.high());
        Set<String> deciding = new java.util.TreeSet<>(lower.prediction().winners());
        deciding.addAll(upper.prediction().winners());
        List<String> rules = new ArrayList<>(deciding);
        String message = "on " + model.actionName() + ", " + slot.path() + " = " + written(slot, threshold)
                + " falls to the default ("
                + model.program().defaultOutcome().effect().keyword() + ") while "
                + written(slot, lower.request().value(slot.path())) + " is decided ("
                + lower.prediction().describe() + ") and "
                + written(slot, upper.request().value(slot.path())) + " is decided ("
                + upper.prediction().describe()
                + "); cover the threshold with `<=` or `>=`";
        Evidence withNeighbours =
                new Evidence(e.request(), e.prediction(), e.facts(), e.exact(), List.of(), List.of(lower, upper), null);
        DecisionRule anchor = model.decision().rules().stream()
                .filter(r -> deciding.contains(r.name()))
                .findFirst()
                .orElse(model.decision().rules().get(0));
        return new Candidate(
                new Finding(FindingKind.COVERAGE_HOLE, rules, null, model.actionName(), message, anchor.span(), null),
                withNeighbours);
    }

    /** A value as the language writes it: a time of day as {@code 09:30}. */
    private static String written(RequestSpace.Slot slot, Value value) {
        if (slot.scope() == Scope.TIME && slot.name().equals(TimeAttribute.OF_DAY.attributeName())) {
            long minutes = ((Value.IntValue) value).value();
            return String.format("%02d:%02d", minutes / 60, minutes % 60);
        }
        return value.toString();
    }

    private static Candidate withNote(Candidate candidate, String note) {
        Finding f = candidate.finding();
        return new Candidate(
                new Finding(f.kind(), f.rules(), f.assertion(), f.action(), f.message() + note, f.span(), f.witness()),
                candidate.evidence());
    }

    private static Evidence.Neighbour neighbour(
            ActionModel model,
            Z3Session.IncrementalSolver.Query query,
            String label,
            ConcreteRequest request,
            RequestSpace.Slot slot,
            Value threshold,
            Value step,
            int sign,
            Moves moves,
            DecisionEncoding.Resolution shifted) {
        ConcreteRequest next;
        if (slot.scope() != Scope.TIME) {
            next = request.with(slot.path(), shift(threshold, step, sign));
        } else {
            next = switch (TimeStep.of(slot)) {
                case MINUTES ->
                    request.withLocalTime(
                            request.date(), request.minuteOfDay() + sign * ((Value.IntValue) step).value());
                case DAY -> request.withLocalTime(request.date().plusDays(sign), request.minuteOfDay());
                case MONTH -> request.withLocalTime(request.date().plusMonths(sign), request.minuteOfDay());
            };
        }
        Prediction prediction =
                Prediction.of(query.model(), model.codec(), model.decision().rules(), shifted, r ->
                        (BoolExpr) model.decision().rawCondition(r).substitute(moves.from(), moves.toward(sign)));
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
        if (slot.path().equals(HOUR)) {
            return codec.z3().mkInt(60);
        }
        if (slot.type() != PrimitiveType.DECIMAL) {
            return codec.z3().mkInt(1);
        }
        int scale = ReadAttributes.decimalScale(program);
        return codec.real(BigDecimal.ONE.movePointLeft(scale + 1));
    }
}
