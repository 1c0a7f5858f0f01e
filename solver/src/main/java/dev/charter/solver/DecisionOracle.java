package dev.charter.solver;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.FixedHistory;
import dev.charter.runtime.HistoryReader;
import dev.charter.runtime.Request;
import dev.charter.runtime.datalog.Database;
import dev.charter.runtime.datalog.DatalogEvaluator;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.Expr.HistoryAggregate;
import dev.charter.runtime.ir.Expr.Scope;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.RecordType;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.TimeAttribute;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Asks the solver's decision encoding what it predicts for one concrete, well-typed request
 * under one fact snapshot — the other side of the runtime-vs-solver agreement check. Every
 * relation is encoded exactly from the snapshot (through the runtime's Datalog evaluator, as the
 * analyses do when a snapshot is given); the request's values are substituted into each rule's
 * condition, and those truth values with the request into the encoding's resolution over the
 * rules' match constants, which Z3 evaluates. Owns a Z3 context: close it. Not thread-safe.
 */
public final class DecisionOracle implements AutoCloseable {

    /** The encoding's verdict on a request: the effect, the route (null unless escalated) and the deciding rules. */
    public record Predicted(Effect effect, String route, Set<String> rules) {
        public Predicted {
            rules = Set.copyOf(rules);
        }
    }

    private final Z3Session session;
    private final ValueCodec codec;
    private final ZoneId zone;
    private final dev.charter.runtime.ir.Schema schema;
    private final Set<String> routes = new TreeSet<>();
    private final Map<String, ActionEncoding> actions = new HashMap<>();

    private record ActionEncoding(RequestSpace space, DecisionEncoding decision) {}

    private final Program program;

    private DecisionOracle(Program program, FactSnapshot facts) {
        this.program = program;
        this.zone = ZoneId.of(program.metadata().timezone());
        this.schema = program.schema();
        this.session = new Z3Session(java.time.Duration.ofSeconds(10), null);
        this.codec = new ValueCodec(session.context(), List.of(program.schema()));
        Database database = DatalogEvaluator.materialize(program, facts);
        Map<String, Set<List<Value>>> exact = new HashMap<>();
        for (Relation relation : program.relations()) {
            exact.put(relation.name(), database.tuples(relation.name()));
        }
        Knowledge knowledge = new ExactKnowledge(codec, new ExactRelations(codec, exact));
        program.rules().stream().map(DecisionRule::route).filter(r -> r != null).forEach(routes::add);
        for (Outcome outcome : List.of(program.defaultOutcome(), program.conflictOutcome())) {
            if (outcome.route() != null) {
                routes.add(outcome.route());
            }
        }
        for (ActionDecl action : program.schema().actions()) {
            // No string is abstracted to regular-language memberships: every string attribute is a plain
            // term, so substituting the request's strings settles every string test.
            RequestSpace space = new RequestSpace(
                    codec, program.schema(), action, Set.of(), ReadAttributes.readsCalendar(List.of(program)));
            DecisionEncoding decision = new DecisionEncoding(codec, program, space, knowledge, "");
            actions.put(action.name(), new ActionEncoding(space, decision));
        }
    }

    /** An oracle for one program and the snapshot its input relations are read from. */
    public static DecisionOracle open(Program program, FactSnapshot facts) {
        return new DecisionOracle(program, facts);
    }

    /**
     * The decision the encoding predicts for a request of a declared action that carries every
     * declared attribute with a value of its type.
     *
     * @throws IllegalArgumentException for an undeclared action or a missing or ill-typed attribute
     */
    public Predicted predict(Request request) {
        return predict(request, FixedHistory.builder(program).build());
    }

    /**
     * {@link #predict(Request)} over the history {@code history} gives: each count and sum the
     * encoding reads takes the value the reader answers for its query and the request.
     */
    public Predicted predict(Request request, HistoryReader history) {
        Map<String, Value> read = new HashMap<>();
        List<HistoryQuery> queries = program.historyQueries();
        for (int i = 0; i < queries.size(); i++) {
            HistoryQuery query = queries.get(i);
            read.put(query.counted().text(HistoryAggregate.COUNT), new Value.IntValue(history.count(i, request)));
            if (query.summed().isPresent()) {
                read.put(
                        query.text(HistoryAggregate.SUM),
                        query.summed().get().type() == PrimitiveType.INT
                                ? intSum(history, i, request)
                                : new Value.DecimalValue(history.decimalSum(i, request)));
            }
        }
        return predictOver(request, read);
    }

    /** An int sum of the history; one the reader finds beyond 64 bits is 2^63, which the encoding reads as an overflow. */
    private static Value intSum(HistoryReader history, int query, Request request) {
        try {
            return new Value.IntValue(history.intSum(query, request));
        } catch (ArithmeticException e) {
            return new Value.DecimalValue(new BigDecimal(BigInteger.ONE.shiftLeft(63)));
        }
    }

    private Predicted predictOver(Request request, Map<String, Value> history) {
        ActionEncoding encoding = actions.get(request.action());
        if (encoding == null) {
            throw new IllegalArgumentException("undeclared action " + request.action());
        }
        List<Expr<?>> from = new ArrayList<>();
        List<Expr<?>> to = new ArrayList<>();
        from.add(encoding.space().agent());
        to.add(codec.string(request.agent()));
        long localSecond = TimeAttribute.localSecond(request.time(), zone.getRules());
        encoding.space().sessionPresenceIfRead().ifPresent(present -> {
            from.add(present);
            to.add(codec.z3().mkBool(request.session() != null));
        });
        Set<Expr<?>> presences = new HashSet<>();
        encoding.space().objectPresence().forEach((path, present) -> {
            if (presences.add(present)) {
                from.add(present);
                to.add(codec.z3().mkBool(request.carries(path)));
            }
        });
        for (RequestSpace.Slot slot : encoding.space().slots()) {
            if (RequestSpace.isHistory(slot.path())) {
                from.add(slot.term());
                to.add(codec.encodeHistory(history.get(slot.path()), slot.type()));
                continue;
            }
            if (slot.present() != null) {
                boolean carried = request.carries(slot.name());
                if (presences.add(slot.present())) {
                    from.add(slot.present());
                    to.add(codec.z3().mkBool(carried));
                }
                if (!carried && !(slot.type() instanceof ListType)) {
                    // Guarded conditions never read it: any value of its type stands in.
                    from.add(slot.term());
                    to.add(codec.encode(placeholder(slot.type())));
                    continue;
                }
            }
            if (slot.type() instanceof ListType l) {
                // A list: its length and each element inside it; the slots beyond it are never read.
                RequestSpace.ListTerms terms = encoding.space().list(slot.path());
                List<?> elements =
                        slot.present() != null && !request.carries(slot.name()) ? List.of() : list(request, slot);
                from.add(terms.length());
                to.add(codec.z3().mkInt(elements.size()));
                for (int i = 0; i < l.bound(); i++) {
                    String at = slot.path() + "[" + i + "]";
                    if (l.element() instanceof RecordType r) {
                        for (Map.Entry<String, Expr<?>> m :
                                terms.members().get(i).entrySet()) {
                            ValueType type = r.member(m.getKey()).orElseThrow().type();
                            from.add(m.getValue());
                            to.add(codec.encode(
                                    i < elements.size()
                                            ? typed(
                                                    member(elements.get(i), m.getKey(), at),
                                                    type,
                                                    at + "." + m.getKey())
                                            : placeholder(type)));
                        }
                        continue;
                    }
                    from.add(terms.elements().get(i));
                    to.add(codec.encode(
                            i < elements.size() ? typed(elements.get(i), l.element(), at) : placeholder(l.element())));
                }
                continue;
            }
            from.add(slot.term());
            to.add(codec.encode(value(request, slot, localSecond)));
        }
        for (Map.Entry<BoolExpr, BoolExpr> membership :
                encoding.space().membershipMeanings().entrySet()) {
            Expr<?> holds = evaluate(membership.getValue(), from, to);
            from.add(membership.getKey());
            to.add(holds);
        }
        List<DecisionRule> matched = new ArrayList<>();
        for (DecisionRule rule : encoding.decision().rules()) {
            Expr<?> holds = evaluate(encoding.decision().rawCondition(rule), from, to);
            if (holds.isTrue()) {
                matched.add(rule);
            }
            from.add(encoding.decision().matches(rule));
            to.add(holds);
        }
        Expr<?>[] fromArray = from.toArray(new Expr<?>[0]);
        Expr<?>[] toArray = to.toArray(new Expr<?>[0]);
        DecisionEncoding.Resolution named = encoding.decision().resolution();
        Effect effect = Effect.values()[((IntNum) evaluate(named.effect(), fromArray, toArray)).getInt()];
        String route = route(evaluate(named.route(), fromArray, toArray));
        boolean byRules = evaluate(named.byRules(), fromArray, toArray).isTrue()
                && !evaluate(named.byConflict(), fromArray, toArray).isTrue();
        Set<String> rules = new TreeSet<>();
        if (byRules) {
            long top = matched.stream().mapToLong(DecisionRule::priority).max().orElseThrow();
            matched.stream()
                    .filter(r -> r.priority() == top && r.effect() == effect)
                    .forEach(r -> rules.add(r.name()));
        }
        return new Predicted(effect, effect == Effect.ESCALATE ? route : null, rules);
    }

    /**
     * Substitutes the request into a term and simplifies it to a constant; what the rewriter
     * leaves open (rare: some regular-expression memberships) is settled by a solver check, whose
     * model is unique because every free constant has been replaced.
     */
    private Expr<?> evaluate(Expr<?> term, List<Expr<?>> from, List<Expr<?>> to) {
        return evaluate(term, from.toArray(new Expr<?>[0]), to.toArray(new Expr<?>[0]));
    }

    private Expr<?> evaluate(Expr<?> term, Expr<?>[] from, Expr<?>[] to) {
        Expr<?> simplified = term.substitute(from, to).simplify();
        if (simplified.isNumeral() || simplified.isTrue() || simplified.isFalse() || simplified.isString()) {
            return simplified;
        }
        Context z3 = codec.z3();
        Solver solver = z3.mkSolver();
        Expr<?> result = z3.mkFreshConst("value", simplified.getSort());
        solver.add(new BoolExpr[] {z3.mkEq(result, simplified)}); // not generic varargs, which warn unchecked
        if (solver.check() != Status.SATISFIABLE) {
            throw new IllegalStateException("the encoding has no value on this request: " + solver.check());
        }
        return solver.getModel().eval(result, true);
    }

    /** Which declared route a string literal of the encoding is; the encoding only ever yields those or "". */
    private String route(Expr<?> literal) {
        for (String candidate : routes) {
            if (codec.z3().mkEq(codec.string(candidate), literal).simplify().isTrue()) {
                return candidate;
            }
        }
        return null;
    }

    /** A value of {@code type}, for an optional parameter the request leaves out. */
    private Value placeholder(ValueType type) {
        if (type instanceof EnumType e) {
            return new Value.EnumValue(e, schema.enumValues(e).orElseThrow().get(0));
        }
        return switch ((PrimitiveType) type) {
            case BOOL -> new Value.BoolValue(false);
            case INT -> new Value.IntValue(0);
            case DECIMAL -> new Value.DecimalValue(BigDecimal.ZERO);
            case STRING -> new Value.StringValue("");
            case DATE -> new Value.DateValue(LocalDate.EPOCH);
            case ACTION -> new Value.ActionValue(schema.actions().get(0).name());
            case EFFECT -> throw new IllegalArgumentException("no request attribute has type effect");
        };
    }

    private static Object member(Object element, String name, String path) {
        if (!(element instanceof Map<?, ?> members) || members.get(name) == null) {
            throw new IllegalArgumentException(path + " has no " + name);
        }
        return members.get(name);
    }

    private static List<?> list(Request request, RequestSpace.Slot slot) {
        if (!(request.argument(slot.name()) instanceof List<?> elements)) {
            throw new IllegalArgumentException(slot.path() + " is not a list");
        }
        if (elements.size() > ((ListType) slot.type()).bound()) {
            throw new IllegalArgumentException(slot.path() + " is longer than its bound");
        }
        return elements;
    }

    private Value value(Request request, RequestSpace.Slot slot, long localSecond) {
        String path = slot.path();
        if (slot.scope() == Scope.TIME) {
            return TimeAttribute.named(slot.name()).orElseThrow().value(localSecond);
        }
        Object raw = path.startsWith("request.")
                ? request.argument(slot.name())
                : request.context().get(slot.name());
        if (raw == null) {
            throw new IllegalArgumentException("the request has no " + path);
        }
        return typed(raw, slot.type(), path);
    }

    private static Value typed(Object raw, ValueType type, String path) {
        try {
            if (type instanceof EnumType e) {
                return new Value.EnumValue(e, (String) raw);
            }
            return switch ((PrimitiveType) type) {
                case BOOL -> new Value.BoolValue((Boolean) raw);
                case INT -> new Value.IntValue(new BigDecimal(raw.toString()).longValueExact());
                case DECIMAL -> new Value.DecimalValue(new BigDecimal(raw.toString()));
                case STRING -> new Value.StringValue((String) raw);
                case DATE -> new Value.DateValue(LocalDate.parse((String) raw));
                case ACTION -> new Value.ActionValue((String) raw);
                case EFFECT -> throw new IllegalArgumentException("no request attribute has type effect");
            };
        } catch (ClassCastException
                | ArithmeticException
                | NumberFormatException
                | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(path + " is not " + type.withArticle() + ": " + raw, e);
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
