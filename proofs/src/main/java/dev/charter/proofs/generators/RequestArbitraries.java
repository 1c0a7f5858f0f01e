package dev.charter.proofs.generators;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.ObjectParameter;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.RecordType;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of valid requests for a compiled constitution: every declared attribute of
 * the action present and well typed, {@code time} an instant whose local date and time of day in the
 * constitution's timezone are chosen, and {@code chain} the agent alone. Each attribute is drawn
 * three times in four from what the conditions single out ({@link ConstitutionBias}: thresholds
 * and their neighbours, enum and string constants, strings around prefixes and suffixes, relation
 * columns) and otherwise from the whole type. Built only from jqwik's own combinators, so a
 * failing request shrinks attribute by attribute towards the first candidates and small values.
 */
public final class RequestArbitraries {

    /** The week of 5 January 2026, far from DST changes in most zones; its days stand for weekdays. */
    private static final LocalDate REFERENCE_MONDAY = LocalDate.of(2026, 1, 5);

    private static final int LAST_MINUTE = 24 * 60 - 1;

    private final Program program;
    private final ConstitutionBias bias;
    private final ZoneId zone;

    private RequestArbitraries(Program program, ConstitutionBias bias) {
        this.program = program;
        this.bias = bias;
        this.zone = ZoneId.of(program.metadata().timezone());
    }

    /** Arbitraries biased by {@code program}'s conditions, with agents and columns read from {@code base}. */
    public static RequestArbitraries of(Program program, FactSnapshot base) {
        return new RequestArbitraries(program, ConstitutionBias.of(program, base));
    }

    public ConstitutionBias bias() {
        return bias;
    }

    /** Stands for an optional parameter a generated request leaves out. */
    private static final Object ABSENT = new Object();
    /** The session of a generated request that carries one. */
    private static final String SESSION = "session-1";

    /** Requests of every declared action, the actions equally likely. */
    public Arbitrary<Request> requests() {
        List<Arbitrary<Request>> perAction =
                program.schema().actions().stream().map(a -> requests(a.name())).toList();
        return Arbitraries.oneOf(perAction);
    }

    /** Requests of one declared action. */
    public Arbitrary<Request> requests(String action) {
        ActionDecl declared = program.schema()
                .action(action)
                .orElseThrow(() -> new IllegalArgumentException("undeclared action " + action));
        List<Arbitrary<Object>> parts = new ArrayList<>();
        parts.add(agents().map(a -> a));
        for (ObjectParameter o : declared.objects()) {
            // An optional object is left out a quarter of the time; a required one is always there.
            parts.add(
                    o.optional()
                            ? Arbitraries.frequencyOf(
                                    Tuple.of(3, Arbitraries.just(true)), Tuple.of(1, Arbitraries.just(false)))
                            : Arbitraries.just(true));
        }
        for (Field p : declared.parameters()) {
            Arbitrary<Object> value = p.type() instanceof ListType l
                    ? elements(l).list().ofMaxSize(Math.min(l.bound(), 4)).map(vs -> vs)
                    : attribute(action, "request." + p.name(), p.type()).map(RequestArbitraries::raw);
            // An optional parameter is left out a quarter of the time, so both sides of its presence test are reached.
            parts.add(
                    p.optional()
                            ? Arbitraries.frequencyOf(Tuple.of(3, value), Tuple.of(1, Arbitraries.just(ABSENT)))
                            : value);
        }
        for (Field c : program.schema().context()) {
            parts.add(attribute(action, "context." + c.name(), c.type()).map(RequestArbitraries::raw));
        }
        parts.add(dates(action).map(d -> d));
        parts.add(minutesOfDay(action).map(m -> m));
        // A session, left out a quarter of the time: a history term comparing sessions then fails closed.
        parts.add(
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(SESSION)), Tuple.of(1, Arbitraries.just(ABSENT))));
        return Combinators.combine(parts).as(values -> build(declared, values));
    }

    /**
     * Local dates: the date constants of {@code time.date} and their neighbours, or a day of the
     * reference week with a weekday the conditions name.
     */
    private Arbitrary<LocalDate> dates(String action) {
        Arbitrary<LocalDate> byWeekday = attribute(action, "time.weekday", EnumType.WEEKDAY)
                .map(w -> REFERENCE_MONDAY.with(
                        TemporalAdjusters.nextOrSame(DayOfWeek.of(Schema.WEEKDAYS.indexOf(w.toString()) + 1))));
        if (bias.targetsOf(action, "time.date").isEmpty()) {
            return byWeekday;
        }
        return Arbitraries.oneOf(
                byWeekday, attribute(action, "time.date", PrimitiveType.DATE).map(d -> ((Value.DateValue) d).value()));
    }

    /**
     * Local minutes of the day: the constants of {@code time.of_day}, or an hour and a minute each
     * from the constants of {@code time.hour} and {@code time.minute}, with their neighbours.
     */
    private Arbitrary<Integer> minutesOfDay(String action) {
        Arbitrary<Integer> ofDay = clock(action, "time.of_day", LAST_MINUTE);
        Arbitrary<Integer> hourAndMinute = Combinators.combine(
                        clock(action, "time.hour", 23), clock(action, "time.minute", 59))
                .as((h, m) -> h * 60 + m);
        return Arbitraries.oneOf(ofDay, hourAndMinute);
    }

    /** The biased values of a clock field, kept within 0 to {@code last}. */
    private Arbitrary<Integer> clock(String action, String path, int last) {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, last);
        List<Integer> singled = bias.targetsOf(action, path).stream()
                .filter(t -> t.kind() == BiasTarget.Kind.EXACT && t.value() instanceof Value.IntValue)
                .map(t -> ((Value.IntValue) t.value()).value())
                .filter(v -> v >= 0 && v <= last)
                .map(Long::intValue)
                .distinct()
                .toList();
        return singled.isEmpty()
                ? any
                : Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(singled)), Tuple.of(1, any));
    }

    private static String holderOf(String path) {
        String parent = ObjectParameter.parent(path);
        return parent == null ? "" : parent;
    }

    private static String leafOf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private Request build(ActionDecl action, List<Object> values) {
        String agent = (String) values.get(0);
        Request.Builder request =
                Request.builder().agent(agent).action(action.name()).chain(List.of(agent));
        int next = 1;
        // The arguments as nested maps: an object argument's fields go into its map, none into an absent one.
        Map<String, Object> arguments = new LinkedHashMap<>();
        Map<String, Map<String, Object>> holders = new HashMap<>();
        holders.put("", arguments);
        for (ObjectParameter o : action.objects()) {
            boolean present = (Boolean) values.get(next++);
            Map<String, Object> holder = holders.get(holderOf(o.path()));
            if (present && holder != null) {
                Map<String, Object> fields = new LinkedHashMap<>();
                holder.put(leafOf(o.path()), fields);
                holders.put(o.path(), fields);
            }
        }
        for (Field p : action.parameters()) {
            Object value = values.get(next++);
            Map<String, Object> holder = holders.get(holderOf(p.name()));
            if (value != ABSENT && holder != null) {
                holder.put(leafOf(p.name()), value);
            }
        }
        arguments.forEach(request::param);
        for (Field c : program.schema().context()) {
            request.context(c.name(), values.get(next++));
        }
        LocalDate date = (LocalDate) values.get(next++);
        int minuteOfDay = (Integer) values.get(next++);
        LocalDateTime local = LocalDateTime.of(date, LocalTime.of(minuteOfDay / 60, minuteOfDay % 60));
        Object session = values.get(next);
        if (session != ABSENT) {
            request.session((String) session);
        }
        return request.time(ZonedDateTime.ofLocal(local, zone, null).toInstant())
                .build();
    }

    private Arbitrary<String> agents() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(bias.agents())),
                Tuple.of(
                        1,
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .numeric()
                                .withChars('-')
                                .ofMinLength(1)
                                .ofMaxLength(12)));
    }

    /** The biased values of one attribute: its targets and columns, the constants of its type, then anything of the type. */
    Arbitrary<Value> attribute(String action, String path, ValueType type) {
        Set<Value> singled = new LinkedHashSet<>();
        List<Arbitrary<Value>> fragments = new ArrayList<>();
        for (BiasTarget target : bias.targetsOf(action, path)) {
            if (target.kind() == BiasTarget.Kind.EXACT) {
                if (target.value().type().equals(type)) {
                    singled.add(target.value());
                }
            } else {
                fragments.add(around(target));
            }
        }
        singled.addAll(bias.columns().getOrDefault(action + "|" + path, Set.of()));
        Arbitrary<Value> any = anyOf(type);
        Set<Value> sameType = bias.constants().getOrDefault(type, Set.of());
        List<Tuple.Tuple2<Integer, Arbitrary<Value>>> choices = new ArrayList<>();
        if (!singled.isEmpty()) {
            choices.add(Tuple.of(6, Arbitraries.of(new ArrayList<>(singled))));
        }
        fragments.forEach(f -> choices.add(Tuple.of(6 / fragments.size() + 1, f)));
        if (!sameType.isEmpty() && choices.isEmpty()) {
            choices.add(Tuple.of(2, Arbitraries.of(new ArrayList<>(sameType))));
        }
        choices.add(Tuple.of(choices.isEmpty() ? 1 : 2, any));
        return choices.size() == 1 ? any : Arbitraries.frequencyOf(choices);
    }

    /**
     * The elements of a list: mostly the constants the conditions name for the element type (the
     * values quantifier bodies and {@code contains} compare with), else any value of it.
     */
    private Arbitrary<Object> elements(ListType list) {
        if (list.element() instanceof RecordType r) {
            // An element object: each member a value of its type, an optional one left out half the time.
            List<Arbitrary<Object>> members = new ArrayList<>();
            for (RecordType.Member m : r.members()) {
                Arbitrary<Object> value = scalars(m.type()).map(RequestArbitraries::raw);
                members.add(m.optional() ? value.injectNull(0.5) : value);
            }
            return Combinators.combine(members).as(values -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) != null) {
                        object.put(r.members().get(i).name(), values.get(i));
                    }
                }
                return object;
            });
        }
        return scalars(list.element()).map(RequestArbitraries::raw);
    }

    private Arbitrary<Value> scalars(ValueType type) {
        Arbitrary<Value> any = anyOf(type);
        Set<Value> named = bias.constants().getOrDefault(type, Set.of());
        return named.isEmpty()
                ? any
                : Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(new ArrayList<>(named))), Tuple.of(1, any));
    }

    /** Strings that start with, end with or contain the target's fragment. */
    private static Arbitrary<Value> around(BiasTarget target) {
        String fragment = target.value().toString();
        Arbitrary<String> filler = Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(6);
        Arbitrary<String> text = switch (target.kind()) {
            case PREFIX -> filler.map(f -> fragment + f);
            case SUFFIX -> filler.map(f -> f + fragment);
            default -> Combinators.combine(filler, filler).as((a, b) -> a + fragment + b);
        };
        return text.map(Value.StringValue::new);
    }

    private Arbitrary<Value> anyOf(ValueType type) {
        if (type instanceof EnumType e) {
            List<String> values = e.equals(EnumType.WEEKDAY)
                    ? Schema.WEEKDAYS
                    : program.schema().enumValues(e).orElseThrow();
            return Arbitraries.of(values).map(v -> new Value.EnumValue(e, v));
        }
        return switch ((PrimitiveType) type) {
            case BOOL -> Arbitraries.of(false, true).map(Value.BoolValue::new);
            case INT -> Arbitraries.longs().map(Value.IntValue::new);
            case DECIMAL ->
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("-1000000"), new BigDecimal("1000000"))
                        .ofScale(2)
                        .map(Value.DecimalValue::new);
            case STRING ->
                Arbitraries.strings()
                        .withCharRange('a', 'z')
                        .numeric()
                        .withChars('-', '_', ' ')
                        .ofMaxLength(10)
                        .map(Value.StringValue::new);
            case DATE ->
                Arbitraries.longs()
                        .between(
                                LocalDate.of(2000, 1, 1).toEpochDay(),
                                LocalDate.of(2040, 12, 31).toEpochDay())
                        .map(d -> new Value.DateValue(LocalDate.ofEpochDay(d)));
            case ACTION ->
                Arbitraries.of(program.schema().actions().stream()
                                .map(ActionDecl::name)
                                .toList())
                        .map(Value.ActionValue::new);
            case EFFECT -> throw new IllegalArgumentException("no request attribute has type effect");
        };
    }

    /** The host form of a value, as {@link Request.Builder#param} takes it. */
    static Object raw(Value value) {
        if (value instanceof Value.BoolValue b) {
            return b.value();
        } else if (value instanceof Value.IntValue i) {
            return i.value();
        } else if (value instanceof Value.DecimalValue d) {
            return d.value();
        } else if (value instanceof Value.DateValue d) {
            return d.value();
        }
        return value.toString();
    }
}
