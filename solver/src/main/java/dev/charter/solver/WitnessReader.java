package dev.charter.solver;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.RatNum;
import com.microsoft.z3.RealSort;
import dev.charter.runtime.ir.Expr.Scope;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.ObjectParameter;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.RecordType;
import dev.charter.runtime.ir.TimeAttribute;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a satisfiable query's model as a concrete request, steering it first towards values a
 * person reads at a glance: for each attribute in turn it tries zero, round numbers near the
 * model's value, the empty string and short names, and keeps the first that leaves the query
 * satisfiable; what cannot move (a threshold) keeps the value the solver found. A decimal the
 * solver left at a value no request can carry (10/3, which has no finite decimal expansion) is
 * moved to a finite decimal in the same feasible region when there is one.
 *
 * <p>Every value read is fixed in the query before the request is returned — a regular string
 * (read from its automata, not from Z3) with its test outcomes — so that whatever is read from
 * the query afterwards (its fact snapshot, once narrowed; the decision it predicts) is read for
 * exactly the request shown.
 */
final class WitnessReader {

    private static final String AGENT = "agent-1";
    /** The session of a witness that carries one. */
    private static final String SESSION = "session-1";
    /** The runtime reads decimals of at most 40 digits after the point. */
    private static final int FRACTION_DIGITS = 40;
    /** The grids of multiples of 10^-k tried, coarsest first, for a decimal with no finite value. */
    private static final int[] GRID_DIGITS = {0, 2, 6, 12, 24, FRACTION_DIGITS};

    private static final String DATE = "time." + TimeAttribute.DATE.attributeName();
    private static final String OF_DAY = "time." + TimeAttribute.OF_DAY.attributeName();
    /** A witness's time of day when any will do: 09:00, in office hours. */
    private static final long NINE_O_CLOCK = 9 * 60;
    /** The week a witness's date is taken from when any will do: 5 to 11 January 2026, far from DST changes in most zones. */
    private static final LocalDate REFERENCE_MONDAY = LocalDate.of(2026, 1, 5);

    private final ActionModel model;

    WitnessReader(ActionModel model) {
        this.model = model;
    }

    /**
     * Narrows the open query attribute by attribute and reads the request it settles on; empty
     * when the query is not satisfiable (a re-check Z3 could not answer) or has no exact request.
     */
    Optional<ConcreteRequest> read(Z3Session.IncrementalSolver.Query query) {
        if (!query.verdict().isSat()) {
            return Optional.empty();
        }
        RequestSpace space = model.space();
        if (!space.isRegular("agent")
                && !settle(
                        query,
                        space.agent(),
                        List.of(model.codec().string(AGENT), model.codec().string("agent")),
                        PrimitiveType.STRING)) {
            return Optional.empty();
        }
        Map<String, Value> values = new LinkedHashMap<>();
        Set<String> absent = new HashSet<>();
        Map<String, List<Object>> lists = new LinkedHashMap<>();
        Set<String> objects = new LinkedHashSet<>();
        for (ObjectParameter o : space.action().objects()) {
            // An optional object: left out when the query allows it, holders settled first.
            BoolExpr present = space.objectPresence().get(o.path());
            if (present != null) {
                Context z3 = model.codec().z3();
                if (!settle(query, present, List.of(z3.mkFalse(), z3.mkTrue()), PrimitiveType.BOOL)) {
                    return Optional.empty();
                }
            }
            if (present == null || query.model().eval(present, true).isTrue()) {
                objects.add(o.path());
            }
        }
        for (RequestSpace.Slot slot : space.slots()) {
            if (slot.present() != null) {
                // An optional parameter: left out when the query allows it, so witnesses stay small.
                Context z3 = model.codec().z3();
                if (!settle(query, slot.present(), List.of(z3.mkFalse(), z3.mkTrue()), PrimitiveType.BOOL)) {
                    return Optional.empty();
                }
                if (!query.model().eval(slot.present(), true).isTrue()) {
                    absent.add(slot.path());
                    continue;
                }
            }
            if (space.isRegular(slot.path())) {
                continue;
            }
            if (slot.scope() == Scope.TIME
                    && !slot.path().equals(DATE)
                    && !slot.path().equals(OF_DAY)) {
                // A field of the date or the time of day, settled before it (RequestSpace's order), read
                // from them as the runtime reads it (time.day and time.month hold in the model only where
                // the space ties the date to them).
                Value.IntValue minute = (Value.IntValue) values.get(OF_DAY);
                long localSecond = ((Value.DateValue) values.get(DATE)).value().toEpochDay() * 86_400L
                        + (minute == null ? 0 : minute.value() * 60L);
                values.put(
                        slot.path(),
                        TimeAttribute.named(slot.name()).orElseThrow().value(localSecond));
                continue;
            }
            if (slot.path().equals(OF_DAY)) {
                avoidSkippedTimes(query, (Value.DateValue) values.get(DATE));
            }
            if (slot.type() instanceof ListType l) {
                Optional<List<Object>> list = settleList(query, slot.path(), l);
                if (list.isEmpty()) {
                    return Optional.empty();
                }
                lists.put(slot.path(), list.get());
                continue;
            }
            Optional<Value> settled = settleValue(query, slot.path(), slot.term(), slot.type());
            if (settled.isEmpty()) {
                return Optional.empty();
            }
            values.put(slot.path(), settled.get());
        }
        for (RequestSpace.Slot slot : space.slots()) {
            if (space.isRegular(slot.path()) && !absent.contains(slot.path())) {
                values.put(slot.path(), new Value.StringValue(regularValue(query, slot.path(), slot.term())));
            }
        }
        Map<String, Value> ordered = new LinkedHashMap<>();
        space.slots().stream()
                .filter(s -> !absent.contains(s.path()) && !lists.containsKey(s.path()))
                .forEach(s -> ordered.put(s.path(), values.get(s.path())));
        Optional<BoolExpr> session = space.sessionPresenceIfRead();
        if (session.isPresent()) {
            // A history term compares sessions: the request carries one unless the query needs it left out.
            Context z3 = model.codec().z3();
            if (!settle(query, session.get(), List.of(z3.mkTrue(), z3.mkFalse()), PrimitiveType.BOOL)) {
                return Optional.empty();
            }
            if (query.model().eval(session.get(), true).isTrue()) {
                ordered.put(ConcreteRequest.SESSION, new Value.StringValue(SESSION));
            }
        }
        String agent = space.isRegular("agent")
                ? regularValue(query, "agent", space.agent())
                : model.codec().decodeString(query.model(), space.agent());
        if (agent.isEmpty()
                || !JsonValues.carriable(new Value.StringValue(agent))
                || !ordered.values().stream().allMatch(JsonValues::carriable)
                || !lists.values().stream().flatMap(List::stream).allMatch(WitnessReader::carriable)) {
            return Optional.empty();
        }
        if (space.isRegular("agent") && !query.fix(space.fixString("agent", agent))) {
            return Optional.empty();
        }
        for (RequestSpace.Slot slot : space.slots()) {
            if (space.isRegular(slot.path())
                    && !absent.contains(slot.path())
                    && !query.fix(
                            space.fixString(slot.path(), ((Value.StringValue) ordered.get(slot.path())).value()))) {
                return Optional.empty();
            }
        }
        return Optional.of(new ConcreteRequest(model.actionName(), agent, ordered, objects, lists));
    }

    /** Settles one value: the first of the round candidates the query allows, else the model's. */
    private Optional<Value> settleValue(
            Z3Session.IncrementalSolver.Query query, String path, Expr<?> term, ValueType type) {
        if (type == PrimitiveType.INT && RequestSpace.isHistory(path)) {
            return settleHistoryInt(query, term);
        }
        Optional<Value> current = type == PrimitiveType.DECIMAL
                ? approximate(query.model().eval(term, true)).map(Value.DecimalValue::new)
                : model.codec().decode(query.model(), term, type);
        List<Expr<?>> candidates = new ArrayList<>();
        for (Value candidate : candidates(path, type, current)) {
            candidates.add(model.codec().encode(candidate));
        }
        if (!settle(query, term, candidates, type)) {
            return Optional.empty();
        }
        return model.codec().decode(query.model(), term, type);
    }

    /**
     * Settles a count or an int sum of the history, which unlike a request's int may pass 64 bits
     * (several 64-bit amounts add up beyond them): 0 or a round value the query allows first, else
     * the model's; a sum beyond 64 bits is an integral decimal, which the runtime's history reads
     * as an overflow.
     */
    private Optional<Value> settleHistoryInt(Z3Session.IncrementalSolver.Query query, Expr<?> term) {
        Context z3 = model.codec().z3();
        BigInteger current = ((IntNum) query.model().eval(term, true)).getBigInteger();
        List<Expr<?>> candidates = new ArrayList<>();
        candidates.add(z3.mkInt(0));
        for (BigDecimal rounded : roundings(new BigDecimal(current))) {
            candidates.add(z3.mkInt(rounded.toBigInteger().toString()));
        }
        if (!settle(query, term, candidates, PrimitiveType.INT)) {
            return Optional.empty();
        }
        BigInteger settled = ((IntNum) query.model().eval(term, true)).getBigInteger();
        return Optional.of(
                settled.bitLength() <= 63
                        ? new Value.IntValue(settled.longValue())
                        : new Value.DecimalValue(new BigDecimal(settled)));
    }

    /** Whether a list's element (a value, or an object's members by name) has a JSON form. */
    private static boolean carriable(Object element) {
        return element instanceof Value v
                ? JsonValues.carriable(v)
                : ((Map<?, ?>) element).values().stream().allMatch(m -> JsonValues.carriable((Value) m));
    }

    /** A list: the shortest length the query allows first, then each element inside it in order. */
    private Optional<List<Object>> settleList(Z3Session.IncrementalSolver.Query query, String path, ListType type) {
        RequestSpace.ListTerms terms = model.space().list(path);
        List<Expr<?>> lengths = new ArrayList<>();
        for (int n = 0; n <= Math.min(3, type.bound()); n++) {
            lengths.add(model.codec().z3().mkInt(n));
        }
        if (!settle(query, terms.length(), lengths, PrimitiveType.INT)) {
            return Optional.empty();
        }
        int length = ((com.microsoft.z3.IntNum) query.model().eval(terms.length(), true)).getInt();
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            if (type.element() instanceof RecordType r) {
                Map<String, Value> members = new LinkedHashMap<>();
                for (Map.Entry<String, Expr<?>> m : terms.members().get(i).entrySet()) {
                    Optional<Value> member = settleValue(
                            query,
                            path + "[" + i + "]." + m.getKey(),
                            m.getValue(),
                            r.member(m.getKey()).orElseThrow().type());
                    if (member.isEmpty()) {
                        return Optional.empty();
                    }
                    members.put(m.getKey(), member.get());
                }
                elements.add(members);
                continue;
            }
            Optional<Value> element =
                    settleValue(query, path + "[" + i + "]", terms.elements().get(i), type.element());
            if (element.isEmpty()) {
                return Optional.empty();
            }
            elements.add(element.get());
        }
        return Optional.of(elements);
    }

    /**
     * Steers the time of day off the minutes a DST change skips on the date already settled, so
     * the witness is a time that occurs; where the query leaves no other time, the reading keeps
     * the skipped one and the runtime's confirmation reports it.
     */
    private void avoidSkippedTimes(Z3Session.IncrementalSolver.Query query, Value.DateValue date) {
        ZoneRules zone = ZoneId.of(model.program().metadata().timezone()).getRules();
        query.tryNarrow(new LocalTimeTerms(model.codec().z3())
                .existsOn(date.value(), zone, model.space().minuteOfDay()));
    }

    /** A regular string's value: the automata's shortest string for the model's outcomes, else the term's. */
    private String regularValue(Z3Session.IncrementalSolver.Query query, String key, Expr<?> term) {
        return model.space()
                .regularValue(key, query.model())
                .orElseGet(() -> model.codec().decodeString(query.model(), term));
    }

    /**
     * Fixes {@code term} to the first candidate that keeps the query satisfiable, else to its
     * current model value (a decimal first moved onto a finite grid if that value has no exact
     * language form); false when no finite decimal fits or Z3 fails, which the query's verdict
     * then says.
     */
    private boolean settle(
            Z3Session.IncrementalSolver.Query query, Expr<?> term, List<Expr<?>> candidates, Object type) {
        Context z3 = model.codec().z3();
        for (Expr<?> candidate : candidates) {
            if (query.tryNarrow(z3.mkEq(term, candidate))) {
                return true;
            }
        }
        if (type == PrimitiveType.DECIMAL && !isExact(query.model().eval(term, true)) && !toGrid(query, term)) {
            return false;
        }
        return query.fix(z3.mkEq(term, query.model().eval(term, true)));
    }

    private static boolean isExact(Expr<?> value) {
        return ValueCodec.decimal(value)
                .filter(d -> d.scale() <= FRACTION_DIGITS)
                .isPresent();
    }

    /**
     * Narrows a real to a multiple of 10^-k, for growing k: Z3 then finds a finite decimal in
     * the region the other constraints leave (any open interval holds one), where rounding the
     * model's value could step outside it. Only a region that is a single point without a finite
     * expansion (d * 3 == 10) defeats every grid.
     */
    @SuppressWarnings("unchecked")
    private boolean toGrid(Z3Session.IncrementalSolver.Query query, Expr<?> term) {
        Context z3 = model.codec().z3();
        for (int digits : GRID_DIGITS) {
            ArithExpr<RealSort> unit = (ArithExpr<RealSort>) model.codec().real(BigDecimal.TEN.pow(digits));
            ArithExpr<RealSort> scaled = z3.mkMul((ArithExpr<RealSort>) term, unit);
            if (query.tryNarrow(z3.mkIsInteger(scaled))) {
                return true;
            }
        }
        return false;
    }

    /** A model's real value as a decimal, rounded to 20 significant digits when it has no finite expansion. */
    private static Optional<BigDecimal> approximate(Expr<?> value) {
        if (value instanceof RatNum r) {
            return Optional.of(new BigDecimal(r.getBigIntNumerator())
                    .divide(new BigDecimal(r.getBigIntDenominator()), new MathContext(20, RoundingMode.HALF_UP)));
        }
        return ValueCodec.decimal(value);
    }

    private static List<Value> candidates(String path, ValueType type, Optional<Value> current) {
        Set<Value> out = new LinkedHashSet<>();
        if (path.equals(OF_DAY)) {
            out.add(new Value.IntValue(NINE_O_CLOCK));
            current.ifPresent(v -> out.add(new Value.IntValue(((Value.IntValue) v).value() / 60 * 60)));
        } else if (path.equals(DATE)) {
            for (int day = 0; day < 7; day++) {
                out.add(new Value.DateValue(REFERENCE_MONDAY.plusDays(day)));
            }
        } else if (type == PrimitiveType.INT) {
            out.add(new Value.IntValue(0));
            current.ifPresent(v -> roundings(BigDecimal.valueOf(((Value.IntValue) v).value()))
                    .forEach(r -> out.add(new Value.IntValue(r.longValue()))));
        } else if (type == PrimitiveType.DECIMAL) {
            out.add(new Value.DecimalValue(BigDecimal.ZERO));
            current.ifPresent(
                    v -> roundings(((Value.DecimalValue) v).value()).forEach(r -> out.add(new Value.DecimalValue(r))));
        } else if (type == PrimitiveType.STRING) {
            out.add(new Value.StringValue(""));
            current.filter(v -> isPlain(v.toString())).ifPresent(out::add);
            out.add(new Value.StringValue("x"));
        }
        return new ArrayList<>(out);
    }

    /** The value rounded to one and two significant digits, and to an integer. */
    private static List<BigDecimal> roundings(BigDecimal value) {
        List<BigDecimal> out = new ArrayList<>();
        if (value.signum() == 0) {
            return out;
        }
        out.add(value.round(new MathContext(1, RoundingMode.HALF_UP)));
        out.add(value.round(new MathContext(2, RoundingMode.HALF_UP)));
        out.add(value.setScale(0, RoundingMode.HALF_UP));
        return out;
    }

    private static boolean isPlain(String text) {
        return text.length() <= 24 && text.codePoints().allMatch(cp -> cp >= 0x20 && cp < 0x7f);
    }
}
