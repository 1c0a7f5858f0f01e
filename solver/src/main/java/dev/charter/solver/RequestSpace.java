package dev.charter.solver;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.CharSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntExpr;
import com.microsoft.z3.ReExpr;
import com.microsoft.z3.SeqExpr;
import com.microsoft.z3.SeqSort;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Expr.HistoryAggregate;
import dev.charter.runtime.ir.Expr.Scope;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.ObjectParameter;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.RecordType;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.TimeAttribute;
import dev.charter.runtime.ir.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The requests for one action as Z3 constants: the agent, the action's parameters, the context,
 * and the local date and minute of the day, whose terms are every {@code time.*} attribute
 * ({@link LocalTimeTerms}). A constant is named by its path in the language
 * ({@code request.amount}), so two versions of a constitution analysed in one solver read the
 * same request.
 */
final class RequestSpace {

    /**
     * One attribute a request carries, with its term; for an optional parameter, {@code present}
     * is the Boolean saying whether the request carries it (its term is then read only where a
     * presence test made it true), else null.
     */
    record Slot(Scope scope, String name, ValueType type, Expr<?> term, BoolExpr present) {

        Slot(Scope scope, String name, ValueType type, Expr<?> term) {
            this(scope, name, type, term, null);
        }

        String path() {
            return scope == null ? name : scope.keyword() + "." + name;
        }

        boolean isOrdered() {
            return type == PrimitiveType.INT || type == PrimitiveType.DECIMAL || type == PrimitiveType.DATE;
        }
    }

    /**
     * The time attributes in the order a witness settles them: the date before the time of day,
     * so that a time a DST change skips on that date can be avoided ({@link WitnessReader}).
     */
    private static final List<TimeAttribute> TIME_ORDER = List.of(
            TimeAttribute.DATE,
            TimeAttribute.DAY,
            TimeAttribute.MONTH,
            TimeAttribute.WEEKDAY,
            TimeAttribute.OF_DAY,
            TimeAttribute.HOUR,
            TimeAttribute.MINUTE);

    private final ValueCodec codec;
    private final ActionDecl action;
    private final Expr<?> agent;
    private final LocalTimeTerms.LocalClock clock;
    private final boolean calendar;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final Map<String, ListTerms> lists = new LinkedHashMap<>();
    private final Map<String, BoolExpr> optionalPresence = new LinkedHashMap<>();
    private final Map<String, Membership> memberships = new LinkedHashMap<>();
    private final Map<HistoryQuery, ArithExpr<?>> historyCounts = new LinkedHashMap<>();
    private final Map<HistoryQuery, ArithExpr<?>> historySums = new LinkedHashMap<>();
    private BoolExpr sessionPresence;

    /** {@code term} in {@code language}, standing as the Boolean {@code holds}. */
    private record Membership(SeqExpr<CharSort> term, ReExpr<SeqSort<CharSort>> language, BoolExpr holds) {}

    /** A request without an agent is denied before any rule is read. */
    private static final RegularString.Test AGENT_NAMED =
            RegularString.Test.length(dev.charter.runtime.ir.CompareOp.GT, 0);

    private final Map<String, RegularString> regular = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> achieved = new LinkedHashMap<>();

    /**
     * @param regularKeys the strings ({@code agent}, {@code request.x}) every condition to be
     *     encoded over this space tests only against regular languages (see {@link RegularStrings})
     * @param calendar whether a condition to be encoded reads {@code time.day} or {@code time.month}:
     *     only then does the {@link #domain} tie the date to its year, month and day
     *     ({@link LocalTimeTerms#calendar}), which a query fixing the date must then solve for
     */
    RequestSpace(ValueCodec codec, Schema schema, ActionDecl action, Set<String> regularKeys, boolean calendar) {
        this.codec = codec;
        this.calendar = calendar;
        this.action = action;
        regularKeys.forEach(k -> regular.put(k, new RegularString()));
        if (isRegular("agent")) {
            regular.get("agent").index(AGENT_NAMED);
        }
        Context z3 = codec.z3();
        this.agent = z3.mkConst("agent", z3.getStringSort());
        for (ObjectParameter o : action.objects()) {
            if (o.optional()) {
                optionalPresence.put(o.path(), z3.mkBoolConst(key(Scope.REQUEST, o.path()) + "?present"));
            }
        }
        for (Field p : action.parameters()) {
            if (p.optional()) {
                optionalPresence.put(p.name(), z3.mkBoolConst(key(Scope.REQUEST, p.name()) + "?present"));
            }
        }
        for (Field p : action.parameters()) {
            add(Scope.REQUEST, p.name(), p.type(), presenceOf(p.name()));
        }
        for (Field c : schema.context()) {
            add(Scope.CONTEXT, c.name(), c.type(), null);
        }
        this.clock = new LocalTimeTerms.LocalClock(
                timeUnknown(TimeAttribute.DATE),
                timeUnknown(TimeAttribute.OF_DAY),
                (IntExpr) z3.mkConst(key(Scope.TIME, "year"), z3.getIntSort()),
                timeUnknown(TimeAttribute.MONTH),
                timeUnknown(TimeAttribute.DAY));
        LocalTimeTerms time = new LocalTimeTerms(z3);
        for (TimeAttribute t : TIME_ORDER) {
            slots.put(
                    key(Scope.TIME, t.attributeName()),
                    new Slot(Scope.TIME, t.attributeName(), t.type(), time.term(t, clock)));
        }
    }

    private IntExpr timeUnknown(TimeAttribute attribute) {
        Context z3 = codec.z3();
        return (IntExpr) z3.mkConst(key(Scope.TIME, attribute.attributeName()), z3.getIntSort());
    }

    /** The unknowns of the local time, of which every {@code time.*} attribute is a term. */
    LocalTimeTerms.LocalClock clock() {
        return clock;
    }

    /** The local date's epoch day, of which {@code time.date} and {@code time.weekday} are terms. */
    IntExpr date() {
        return clock.date();
    }

    /** The local minute of the day, of which {@code time.of_day}, {@code hour} and {@code minute} are terms. */
    IntExpr minuteOfDay() {
        return clock.minuteOfDay();
    }

    /** Whether the date is tied to its year, month and day, so that {@code time.day} and {@code time.month} hold. */
    boolean calendar() {
        return calendar;
    }

    /**
     * A list parameter's terms: its length, from 0 to its bound, and one term per element up to the
     * bound; an element at or beyond the length is not in the list, and no condition reads it.
     */
    record ListTerms(IntExpr length, List<Expr<?>> elements, List<Map<String, Expr<?>>> members) {
        ListTerms {
            elements = List.copyOf(elements);
            members = List.copyOf(members);
        }
    }

    /**
     * A list's terms: an element term per slot for a list of values; for a list of objects, a term
     * per slot and required member instead (an optional member is never read by a condition, and a
     * witness leaves it out).
     */
    private ListTerms listTerms(String key, ListType type) {
        Context z3 = codec.z3();
        List<Expr<?>> elements = new ArrayList<>();
        List<Map<String, Expr<?>>> members = new ArrayList<>();
        for (int i = 0; i < type.bound(); i++) {
            if (type.element() instanceof RecordType r) {
                Map<String, Expr<?>> terms = new LinkedHashMap<>();
                for (RecordType.Member m : r.members()) {
                    if (!m.optional()) {
                        terms.put(m.name(), z3.mkConst(key + "[" + i + "]." + m.name(), codec.sort(m.type())));
                    }
                }
                members.add(terms);
            } else {
                elements.add(z3.mkConst(key + "[" + i + "]", codec.sort(type.element())));
            }
        }
        return new ListTerms(z3.mkIntConst(key + "#length"), elements, members);
    }

    /**
     * The terms of a list parameter. An assertion may name a list this action does not declare; it
     * then reads unconstrained terms of its own, so that a proof covers every value.
     */
    ListTerms list(Scope scope, String name, ListType type) {
        Slot slot = slots.get(key(scope, name));
        if (slot != null && slot.type().equals(type)) {
            return lists.get(key(scope, name));
        }
        return listTerms(key(scope, name) + ":" + type.displayName() + ":undeclared", type);
    }

    /**
     * Fixes the list at {@code path} to {@code values}: its length, and each element inside it (a
     * {@code Value}, or for an object a map of its members' values by name).
     */
    BoolExpr fixList(String path, List<?> values) {
        Context z3 = codec.z3();
        ListTerms terms = lists.get(path);
        List<BoolExpr> parts = new ArrayList<>();
        parts.add(z3.mkEq(terms.length(), z3.mkInt(values.size())));
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof Map<?, ?> members) {
                for (Map.Entry<String, Expr<?>> m : terms.members().get(i).entrySet()) {
                    parts.add(z3.mkEq(
                            m.getValue(), codec.encode((dev.charter.runtime.ir.Value) members.get(m.getKey()))));
                }
            } else {
                parts.add(z3.mkEq(terms.elements().get(i), codec.encode((dev.charter.runtime.ir.Value) values.get(i))));
            }
        }
        return z3.mkAnd(parts.toArray(new BoolExpr[0]));
    }

    /** The terms of the list at {@code path} ({@code request.paths}), for reading a witness. */
    ListTerms list(String path) {
        return lists.get(path);
    }

    private Slot add(Scope scope, String name, ValueType type, BoolExpr present) {
        String key = key(scope, name);
        if (type instanceof ListType l) {
            ListTerms terms = listTerms(key, l);
            lists.put(key, terms);
            Slot slot = new Slot(scope, name, type, terms.length(), present);
            slots.put(key, slot);
            return slot;
        }
        Slot slot = new Slot(scope, name, type, codec.z3().mkConst(key, codec.sort(type)), present);
        slots.put(key(scope, name), slot);
        return slot;
    }

    /**
     * The Boolean saying whether the request carries the parameter or object at {@code path}:
     * its own when it is optional, else that of the nearest optional object holding it; null
     * when nothing on its path is optional (it is always carried). {@link #domain} ties each
     * optional one to the object holding it, so a field is never present in an absent object.
     */
    private BoolExpr presenceOf(String path) {
        for (String p = path; p != null; p = ObjectParameter.parent(p)) {
            BoolExpr own = optionalPresence.get(p);
            if (own != null) {
                return own;
            }
        }
        return null;
    }

    /** The optional objects' presence Booleans by path, holders before what they hold. */
    Map<String, BoolExpr> objectPresence() {
        Map<String, BoolExpr> objects = new LinkedHashMap<>();
        for (ObjectParameter o : action.objects()) {
            BoolExpr present = presenceOf(o.path());
            if (present != null) {
                objects.put(o.path(), present);
            }
        }
        return objects;
    }

    private static String key(Scope scope, String name) {
        return scope.keyword() + "." + name;
    }

    ActionDecl action() {
        return action;
    }

    Expr<?> agent() {
        return agent;
    }

    /**
     * The term of an attribute. An assertion may name a parameter this action does not declare;
     * it then reads an unconstrained constant of its own, so that a proof covers every value.
     */
    Expr<?> attribute(Scope scope, String name, ValueType type) {
        Slot slot = slots.get(key(scope, name));
        if (slot != null && slot.type().equals(type)) {
            return slot.term();
        }
        return codec.z3().mkConst(key(scope, name) + ":" + type.displayName() + ":undeclared", codec.sort(type));
    }

    /**
     * Whether the request carries the parameter {@code name}: its presence Boolean when this
     * action declares it optional, true when required. An assertion may test a parameter this
     * action does not declare; it then reads an unconstrained Boolean of its own.
     */
    BoolExpr presence(String name) {
        if (!slots.containsKey(key(Scope.REQUEST, name)) && action.object(name).isEmpty()) {
            return codec.z3().mkBoolConst(key(Scope.REQUEST, name) + "?present:undeclared");
        }
        BoolExpr present = presenceOf(name);
        return present != null ? present : codec.z3().mkTrue();
    }

    /**
     * Whether the request carries a session: an unknown, made when a history term first compares
     * sessions ({@code same session}), so that a request without one, which such a term denies
     * with {@code missing_attribute}, is in the space. Conditions read nothing else of the session.
     */
    BoolExpr sessionPresence() {
        if (sessionPresence == null) {
            sessionPresence = codec.z3().mkBoolConst("session?present");
        }
        return sessionPresence;
    }

    /** {@link #sessionPresence} if a history term compared sessions, else empty: the request needs no session. */
    java.util.Optional<BoolExpr> sessionPresenceIfRead() {
        return java.util.Optional.ofNullable(sessionPresence);
    }

    /**
     * The Boolean standing for "{@code term} is in {@code language}". Every regular-language test
     * of a string ({@code matches}, and {@code starts_with}/{@code ends_with}/{@code contains}
     * against a constant) goes through here, so that {@link #stringConsistency()} can state them
     * all as one membership per string in an intersection — which Z3 decides at once, where
     * separate memberships of one string send it searching until the timeout.
     */
    BoolExpr membership(SeqExpr<CharSort> term, ReExpr<SeqSort<CharSort>> language) {
        String key = term + " in " + language;
        return memberships
                .computeIfAbsent(
                        key,
                        k -> new Membership(
                                term, language, codec.z3().mkBoolConst("in." + term + "." + memberships.size())))
                .holds();
    }

    /** Each membership's Boolean with what it stands for ({@code term} in its language), for evaluating a concrete request. */
    Map<BoolExpr, BoolExpr> membershipMeanings() {
        Map<BoolExpr, BoolExpr> meanings = new LinkedHashMap<>();
        memberships.values().forEach(m -> meanings.put(m.holds(), codec.z3().mkInRe(m.term(), m.language())));
        return meanings;
    }

    /** Whether {@code key} is decided by automata rather than by Z3's string theory. */
    boolean isRegular(String key) {
        return regular.containsKey(key);
    }

    /** The Boolean standing for "the string {@code key} passes {@code test}". */
    BoolExpr regularTest(String key, RegularString.Test test) {
        return codec.z3().mkBoolConst("test." + key + "." + regular.get(key).index(test));
    }

    /**
     * What ties the strings to their tests: for a regular string, that its tests' outcomes are a
     * combination some string achieves (computed by {@link RegularString}); when that search is
     * too large, and for every other string, Z3's own memberships, one intersection per string.
     */
    BoolExpr stringConsistency() {
        Context z3 = codec.z3();
        List<BoolExpr> constraints = new ArrayList<>();
        achieved.clear();
        for (Map.Entry<String, RegularString> entry : regular.entrySet()) {
            String key = entry.getKey();
            List<RegularString.Test> tests = entry.getValue().tests();
            Optional<Map<String, String>> outcomes = tests.isEmpty()
                    ? Optional.of(Map.of("", ""))
                    : entry.getValue().achievable();
            if (outcomes.isPresent()) {
                achieved.put(key, outcomes.get());
                List<BoolExpr> options = new ArrayList<>();
                for (String bits : outcomes.get().keySet()) {
                    List<BoolExpr> flags = new ArrayList<>();
                    for (int i = 0; i < tests.size(); i++) {
                        BoolExpr flag = regularTest(key, tests.get(i));
                        flags.add(bits.charAt(i) == '1' ? flag : z3.mkNot(flag));
                    }
                    options.add(z3.mkAnd(flags.toArray(new BoolExpr[0])));
                }
                constraints.add(z3.mkOr(options.toArray(new BoolExpr[0])));
            } else {
                for (RegularString.Test test : tests) {
                    constraints.add(z3.mkEq(regularTest(key, test), nativeTest(key, test)));
                }
            }
        }
        constraints.add(membershipConsistency());
        return z3.mkAnd(constraints.toArray(new BoolExpr[0]));
    }

    @SuppressWarnings("unchecked")
    private BoolExpr nativeTest(String key, RegularString.Test test) {
        Context z3 = codec.z3();
        SeqExpr<CharSort> term = (SeqExpr<CharSort>)
                (key.equals("agent") ? agent : slots.get(key).term());
        if (test.pattern() != null) {
            return membership(term, new RegexEncoder(codec).search(test.pattern()));
        }
        com.microsoft.z3.IntExpr length = z3.mkLength(term);
        com.microsoft.z3.IntNum k = z3.mkInt(test.length());
        return switch (test.op()) {
            case EQ -> z3.mkEq(length, k);
            case NE -> z3.mkNot(z3.mkEq(length, k));
            case LT -> z3.mkLt(length, k);
            case LE -> z3.mkLe(length, k);
            case GT -> z3.mkGt(length, k);
            case GE -> z3.mkGe(length, k);
        };
    }

    /**
     * The value of a regular string in a model: the shortest string whose test outcomes are the
     * model's; empty when the string is left to Z3 (read its term instead).
     */
    Optional<String> regularValue(String key, com.microsoft.z3.Model model) {
        Map<String, String> outcomes = achieved.get(key);
        if (outcomes == null) {
            return Optional.empty();
        }
        StringBuilder bits = new StringBuilder();
        for (RegularString.Test test : regular.get(key).tests()) {
            bits.append(model.eval(regularTest(key, test), true).isTrue() ? '1' : '0');
        }
        return Optional.ofNullable(outcomes.get(bits.toString()));
    }

    /** Fixes a string to a concrete value: its term, and the outcome of each of its regular tests. */
    BoolExpr fixString(String key, String value) {
        Context z3 = codec.z3();
        Expr<?> term = key.equals("agent") ? agent : slots.get(key).term();
        List<BoolExpr> parts = new ArrayList<>();
        parts.add(z3.mkEq(term, codec.string(value)));
        RegularString languages = regular.get(key);
        if (languages != null) {
            List<RegularString.Test> tests = languages.tests();
            boolean[] outcomes = RegularString.outcomes(tests, value);
            for (int i = 0; i < tests.size(); i++) {
                parts.add(z3.mkEq(regularTest(key, tests.get(i)), z3.mkBool(outcomes[i])));
            }
        }
        return z3.mkAnd(parts.toArray(new BoolExpr[0]));
    }

    /** Each string lies in the intersection of the languages its tests hold for and the complements of the rest. */
    @SuppressWarnings("unchecked")
    private BoolExpr membershipConsistency() {
        Context z3 = codec.z3();
        Map<String, List<ReExpr<SeqSort<CharSort>>>> byTerm = new LinkedHashMap<>();
        Map<String, SeqExpr<CharSort>> terms = new LinkedHashMap<>();
        for (Membership m : memberships.values()) {
            ReExpr<SeqSort<CharSort>> either =
                    (ReExpr<SeqSort<CharSort>>) z3.mkITE(m.holds(), m.language(), z3.mkComplement(m.language()));
            byTerm.computeIfAbsent(m.term().toString(), k -> new ArrayList<>()).add(either);
            terms.put(m.term().toString(), m.term());
        }
        List<BoolExpr> constraints = new ArrayList<>();
        byTerm.forEach((key, languages) -> constraints.add(z3.mkInRe(
                terms.get(key),
                languages.size() == 1
                        ? languages.get(0)
                        : z3.mkIntersect((ReExpr<SeqSort<CharSort>>[]) languages.toArray(new ReExpr<?>[0])))));
        return z3.mkAnd(constraints.toArray(new BoolExpr[0]));
    }

    /**
     * The number of earlier decisions {@code query} selects: one unknown per query, whatever it
     * sums (a sum and a count over the same decisions share it), so reading the same query twice
     * reads the same value; {@link #historyDomain} keeps it to 0..2^63-1. Named by the count's
     * source text, so two versions analysed in one solver read the same history, and a slot of
     * its own ({@link #slots}) whose path is that text.
     */
    ArithExpr<?> historyCount(HistoryQuery query) {
        HistoryQuery counted = query.counted();
        ArithExpr<?> known = historyCounts.get(counted);
        if (known != null) {
            return known;
        }
        String text = counted.text(HistoryAggregate.COUNT);
        ArithExpr<?> unknown = codec.z3().mkIntConst("history." + text);
        historyCounts.put(counted, unknown);
        slots.put(text, new Slot(null, text, PrimitiveType.INT, unknown, null));
        return unknown;
    }

    /**
     * The sum {@code query} adds up, an unknown of the summand's type; {@link #historyDomain} makes
     * it 0 when the count is 0 and keeps it to the values the runtime can hold. Its slot is present
     * where the count is positive: a history of no decision has nothing to show for it.
     */
    ArithExpr<?> historySum(HistoryQuery query) {
        ArithExpr<?> known = historySums.get(query);
        if (known != null) {
            return known;
        }
        Context z3 = codec.z3();
        HistoryQuery.Summand summand = query.summed().orElseThrow();
        String text = query.text(HistoryAggregate.SUM);
        ArithExpr<?> unknown = (ArithExpr<?>) z3.mkConst("history." + text, codec.sort(summand.type()));
        historySums.put(query, unknown);
        BoolExpr some = z3.mkGt(historyCount(query), z3.mkInt(0));
        slots.put(text, new Slot(null, text, summand.type(), unknown, some));
        return unknown;
    }

    /** Whether {@code path} is a history slot's: the text of a count or a sum, which no attribute path has. */
    static boolean isHistory(String path) {
        return path.endsWith(")");
    }

    /**
     * What every history can hold, for the history unknowns read so far: a count from 0 to
     * 2^63-1; a sum of as many amounts as the count, each a value of its type the engine reads (an
     * int within 64 bits, a decimal under 10^40 in magnitude), so 0 over no decision and otherwise
     * anything within count times those bounds: an int sum may pass 64 bits (the runtime then
     * denies with {@code arithmetic_overflow}, {@link ConditionEncoder#visitHistory}) and a
     * decimal sum 10^40. Part of {@link #domain}; a query that reads history the rules do not (an
     * assertion's) asserts it again once it is encoded.
     */
    BoolExpr historyDomain() {
        Context z3 = codec.z3();
        List<BoolExpr> constraints = new ArrayList<>();
        historyCounts.values().forEach(u -> {
            constraints.add(z3.mkGe(u, z3.mkInt(0)));
            constraints.add(z3.mkLe(u, z3.mkInt(Long.MAX_VALUE)));
        });
        historySums.forEach((query, sum) -> {
            ArithExpr<?> count = historyCount(query);
            if (query.summed().orElseThrow().type() == PrimitiveType.INT) {
                constraints.add(z3.mkGe(sum, z3.mkMul(count, z3.mkInt(Long.MIN_VALUE))));
                constraints.add(z3.mkLe(sum, z3.mkMul(count, z3.mkInt(Long.MAX_VALUE))));
            } else {
                ArithExpr<?> bound = z3.mkMul(z3.mkInt2Real((IntExpr) count), codec.real(ValueCodec.DECIMAL_BOUND));
                constraints.add(z3.mkImplies(z3.mkEq(count, z3.mkInt(0)), z3.mkEq(sum, z3.mkReal(0))));
                constraints.add(z3.mkImplies(
                        z3.mkGt(count, z3.mkInt(0)),
                        z3.mkAnd(z3.mkLt(sum, bound), z3.mkGt(sum, z3.mkUnaryMinus(bound)))));
            }
        });
        return z3.mkAnd(constraints.toArray(new BoolExpr[0]));
    }

    /** The declared attributes, in request order: parameters, context, time; then the history read so far, by its text. */
    List<Slot> slots() {
        return List.copyOf(slots.values());
    }

    /**
     * What a well-typed request can hold: a named agent, 64-bit ints, declared enum values, a
     * minute of the day, and no optional parameter or object present in an absent object.
     */
    @SuppressWarnings("unchecked")
    BoolExpr domain(Schema schema) {
        Context z3 = codec.z3();
        List<BoolExpr> constraints = new ArrayList<>();
        for (Slot slot : slots.values()) {
            if (slot.type() instanceof ListType l) {
                ListTerms terms = lists.get(slot.path());
                constraints.add(z3.mkGe(terms.length(), z3.mkInt(0)));
                constraints.add(z3.mkLe(terms.length(), z3.mkInt(l.bound())));
                terms.elements().forEach(e -> constraints.add(codec.domain(e, l.element(), schema)));
                // A string slot beyond the length is never read: pinning it to "" leaves the lists
                // represented unchanged and spares Z3 a free string per slot.
                for (int i = 0; i < l.bound(); i++) {
                    BoolExpr outside = z3.mkGe(z3.mkInt(i), terms.length());
                    if (l.element() == PrimitiveType.STRING) {
                        constraints.add(
                                z3.mkImplies(outside, z3.mkEq(terms.elements().get(i), codec.string(""))));
                    }
                    for (Map.Entry<String, Expr<?>> m : terms.members().isEmpty()
                            ? List.<Map.Entry<String, Expr<?>>>of()
                            : terms.members().get(i).entrySet()) {
                        if (m.getValue().getSort().equals(z3.getStringSort())) {
                            constraints.add(z3.mkImplies(outside, z3.mkEq(m.getValue(), codec.string(""))));
                        }
                    }
                }
                if (l.element() instanceof RecordType r) {
                    for (Map<String, Expr<?>> element : terms.members()) {
                        element.forEach((name, term) -> constraints.add(
                                codec.domain(term, r.member(name).orElseThrow().type(), schema)));
                    }
                }
            } else if (!isHistory(slot.path())) {
                constraints.add(codec.domain(slot.term(), slot.type(), schema));
            }
        }
        constraints.add(
                isRegular("agent")
                        ? regularTest("agent", AGENT_NAMED)
                        : z3.mkGt(z3.mkLength((SeqExpr<CharSort>) agent), z3.mkInt(0)));
        LocalTimeTerms time = new LocalTimeTerms(z3);
        constraints.add(time.domain(clock.minuteOfDay()));
        if (calendar) {
            constraints.add(time.calendar(clock));
        }
        optionalPresence.forEach((path, own) -> {
            String parent = ObjectParameter.parent(path);
            BoolExpr holder = parent == null ? null : presenceOf(parent);
            if (holder != null) {
                constraints.add(z3.mkImplies(own, holder));
            }
        });
        constraints.add(historyDomain());
        return z3.mkAnd(constraints.toArray(new BoolExpr[0]));
    }
}
