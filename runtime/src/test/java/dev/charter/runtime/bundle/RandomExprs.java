package dev.charter.runtime.bundle;

import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.ObjectParameter;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.RecordType;
import dev.charter.runtime.ir.Regex;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.TimeAttribute;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/** Random well-typed conditions and constants over a schema, for {@link RandomPrograms}. */
final class RandomExprs {

    private static final String ALPHABET = "ab_-@.\"\\\n\té€😀";

    private final Random random;
    private final Schema schema;
    private final List<Relation> relations;
    private final Supplier<SourceSpan> spans;
    private int variables;
    private List<Field> parameters = List.of();
    private List<Field> optionals = List.of();
    private List<Field> lists = List.of();
    /** The element variables of the quantifiers being generated around the current expression. */
    private final List<Expr.Element> elements = new ArrayList<>();

    private boolean inAssertion;

    RandomExprs(Random random, Schema schema, List<Relation> relations, Supplier<SourceSpan> spans) {
        this.random = random;
        this.schema = schema;
        this.relations = relations;
        this.spans = spans;
    }

    /** A boolean condition for a rule over {@code ruleActions}, or for an assertion when it is null. */
    Expr condition(List<String> ruleActions, int depth) {
        inAssertion = ruleActions == null;
        parameters = new ArrayList<>();
        List<ActionDecl> matched = schema.actions().stream()
                .filter(a -> ruleActions == null || ruleActions.contains(a.name()))
                .toList();
        optionals = new ArrayList<>();
        for (Field p : matched.isEmpty() ? List.<Field>of() : matched.get(0).parameters()) {
            if (ruleActions == null
                    || matched.stream().allMatch(a -> a.parameter(p.name()).isPresent())) {
                // An optional parameter, or a field of an optional object, is read only under a presence test
                // (guarded()).
                (guard(matched.get(0), p.name()) != null ? optionals : parameters).add(p);
            }
        }
        lists = parameters.stream().filter(p -> p.type() instanceof ListType).toList();
        return bool(depth);
    }

    private Expr bool(int depth) {
        int choice = random.nextInt(depth <= 0 ? 3 : 14);
        switch (choice) {
            case 0:
                return constant(PrimitiveType.BOOL);
            case 1:
                return new Expr.ActionIs(
                        schema.actions()
                                .get(random.nextInt(schema.actions().size()))
                                .name(),
                        span());
            case 2:
                return of(PrimitiveType.BOOL, 0);
            case 3:
                return new Expr.Not(bool(depth - 1), span());
            case 4:
                return new Expr.And(List.of(bool(depth - 1), bool(depth - 1)), span());
            case 5:
                return new Expr.Or(List.of(bool(depth - 1), bool(depth - 1), bool(depth - 1)), span());
            case 6:
                return new Expr.Implies(bool(depth - 1), bool(depth - 1), span());
            case 7:
                return compare(depth - 1);
            case 8: {
                ValueType type = anyType();
                List<Value> values = new ArrayList<>();
                for (int i = 0; i < random.nextInt(4); i++) {
                    values.add(value(type));
                }
                return new Expr.InSet(of(type, depth - 1), values, span());
            }
            case 9:
                return random.nextBoolean()
                        ? new Expr.StringTest(
                                Expr.StringOp.values()[random.nextInt(3)],
                                of(PrimitiveType.STRING, depth - 1),
                                of(PrimitiveType.STRING, depth - 1),
                                span())
                        : new Expr.Matches(
                                of(PrimitiveType.STRING, depth - 1),
                                new Regex.Pattern(regex(2), random.nextBoolean(), random.nextBoolean()),
                                string(),
                                span());
            case 10:
                return optionals.isEmpty() ? atom(depth - 1) : guarded(depth - 1);
            case 11:
                return lists.isEmpty() ? atom(depth - 1) : listCondition(depth - 1);
            default:
                return random.nextInt(3) == 0 ? exists(depth - 1) : atom(depth - 1);
        }
    }

    /**
     * The path whose presence test makes {@code path} readable: the innermost optional one among it
     * and the objects holding it (its presence implies theirs); null when none is optional.
     */
    private static String guard(ActionDecl action, String path) {
        for (String p = path; p != null; p = ObjectParameter.parent(p)) {
            if (action.optional(p)) {
                return p;
            }
        }
        return null;
    }

    /** {@code request.p != null and request.p == ...}, or the presence test alone, negated or not. */
    private Expr guarded(int depth) {
        Field p = optionals.get(random.nextInt(optionals.size()));
        Expr present = new Expr.Present(
                guard(
                        schema.actions().stream()
                                .filter(a -> a.parameter(p.name()).isPresent())
                                .findFirst()
                                .orElseThrow(),
                        p.name()),
                span());
        if (random.nextBoolean()) {
            return random.nextBoolean() ? present : new Expr.Not(present, span());
        }
        Expr read = new Expr.Compare(
                CompareOp.EQ,
                new Expr.Attribute(Expr.Scope.REQUEST, p.name(), p.type(), span()),
                of(p.type(), depth),
                span());
        return random.nextBoolean()
                ? new Expr.And(List.of(present, read), span())
                : new Expr.Or(List.of(new Expr.Not(present, span()), read), span());
    }

    /** {@code any(x in request.l: ...)}, {@code all(...)}, or {@code request.l contains e}. */
    private Expr listCondition(int depth) {
        Expr.Attribute list = list();
        ValueType element = ((ListType) list.type()).element();
        if (random.nextInt(3) == 0) {
            // len(l) or count(x in l: ...) against an int.
            Expr size = random.nextBoolean()
                    ? new Expr.ListLength(list, span())
                    : quantifier(Expr.QuantifierKind.COUNT, list, depth);
            return new Expr.Compare(CompareOp.values()[random.nextInt(6)], size, of(PrimitiveType.INT, depth), span());
        }
        if (element instanceof RecordType) {
            return quantifier(random.nextBoolean() ? Expr.QuantifierKind.ANY : Expr.QuantifierKind.ALL, list, depth);
        }
        if (random.nextInt(3) == 0) {
            ValueType value = element == PrimitiveType.INT && random.nextBoolean() ? PrimitiveType.DECIMAL : element;
            return new Expr.ListContains(list, of(value, depth), span());
        }
        return quantifier(random.nextBoolean() ? Expr.QuantifierKind.ANY : Expr.QuantifierKind.ALL, list, depth);
    }

    private Expr.Attribute list() {
        Field l = lists.get(random.nextInt(lists.size()));
        return new Expr.Attribute(Expr.Scope.REQUEST, l.name(), l.type(), span());
    }

    /** A quantifier whose body may read its element (and those of the quantifiers around it). */
    private Expr quantifier(Expr.QuantifierKind kind, Expr.Attribute list, int depth) {
        String variable = "x" + variables++;
        ValueType type = ((ListType) list.type()).element();
        elements.add(new Expr.Element(variable, type, span()));
        Expr element = type instanceof RecordType r
                ? new Expr.ElementField(
                        variable, r.members().get(0).name(), r.members().get(0).type(), span())
                : new Expr.Element(variable, type, span());
        // Half the time the body tests the element itself, so every element kind is reached.
        Expr body = random.nextBoolean()
                ? new Expr.Compare(
                        element.type().isOrdered() ? CompareOp.values()[random.nextInt(6)] : CompareOp.EQ,
                        element,
                        of(element.type(), depth),
                        span())
                : bool(depth);
        elements.remove(elements.size() - 1);
        return new Expr.Quantifier(kind, variable, list, body, span());
    }

    /** {@code r(V, ...) and V <op> e}: a fresh variable bound by the first column of a relation. */
    private Expr exists(int depth) {
        Relation relation = relations.get(random.nextInt(relations.size()));
        ValueType type = relation.columns().get(0).type();
        Expr.Var variable = new Expr.Var("V" + variables++, type, span());
        List<Expr> arguments = new ArrayList<>(List.of(variable));
        for (Field column : relation.columns().subList(1, relation.arity())) {
            arguments.add(random.nextInt(2) == 0 ? new Expr.Wildcard(column.type(), span()) : of(column.type(), depth));
        }
        Expr body = random.nextInt(4) == 0
                ? new Expr.Const(new Value.BoolValue(true), span())
                : new Expr.Compare(type.isOrdered() ? CompareOp.LE : CompareOp.EQ, variable, of(type, depth), span());
        return new Expr.Exists(
                List.of(variable), List.of(new Expr.Atom(relation.name(), arguments, span())), body, span());
    }

    private Expr compare(int depth) {
        ValueType type = anyType();
        CompareOp op = type.isOrdered()
                ? CompareOp.values()[random.nextInt(6)]
                : random.nextBoolean() ? CompareOp.EQ : CompareOp.NE;
        ValueType right = type == PrimitiveType.INT && random.nextBoolean() ? PrimitiveType.DECIMAL : type;
        return new Expr.Compare(op, of(type, depth), of(right, depth), span());
    }

    private Expr atom(int depth) {
        Relation relation = relations.get(random.nextInt(relations.size()));
        List<Expr> arguments = new ArrayList<>();
        for (Field column : relation.columns()) {
            arguments.add(random.nextInt(3) == 0 ? new Expr.Wildcard(column.type(), span()) : of(column.type(), depth));
        }
        return new Expr.Atom(relation.name(), arguments, span());
    }

    /** An expression of exactly {@code type}. */
    Expr of(ValueType type, int depth) {
        List<Expr> leaves = new ArrayList<>(List.of(constant(type)));
        for (Field f : schema.context()) {
            if (f.type().equals(type)) {
                leaves.add(new Expr.Attribute(Expr.Scope.CONTEXT, f.name(), type, span()));
            }
        }
        for (Field p : parameters) {
            if (p.type().equals(type)) {
                leaves.add(new Expr.Attribute(Expr.Scope.REQUEST, p.name(), type, span()));
            }
        }
        for (TimeAttribute t : TimeAttribute.values()) {
            if (t.type().equals(type)) {
                leaves.add(new Expr.Attribute(Expr.Scope.TIME, t.attributeName(), type, span()));
            }
        }
        for (Expr.Element e : elements) {
            if (e.type().equals(type)) {
                leaves.add(new Expr.Element(e.variable(), type, span()));
                leaves.add(new Expr.Element(e.variable(), type, span()));
            }
            if (e.type() instanceof RecordType r) {
                // The required member of an element object.
                RecordType.Member k = r.members().get(0);
                if (k.type().equals(type)) {
                    leaves.add(new Expr.ElementField(e.variable(), k.name(), type, span()));
                    leaves.add(new Expr.ElementField(e.variable(), k.name(), type, span()));
                }
            }
        }
        if (type == PrimitiveType.BOOL || type.isNumeric()) {
            history(type).ifPresent(leaves::add);
        }
        if (type == PrimitiveType.STRING) {
            leaves.add(new Expr.Agent(span()));
            if (inAssertion) {
                leaves.add(new Expr.RouteRef(span()));
            }
        } else if (type == PrimitiveType.ACTION) {
            leaves.add(new Expr.CurrentAction(span()));
        } else if (type == PrimitiveType.EFFECT && inAssertion) {
            leaves.add(new Expr.DecisionRef(span()));
        }
        if (depth > 0 && random.nextBoolean()) {
            if (type == PrimitiveType.BOOL) {
                return bool(depth);
            }
            if (type.isNumeric()) {
                return arithmetic(type, depth - 1);
            }
        }
        return leaves.get(random.nextInt(leaves.size()));
    }

    private Expr arithmetic(ValueType type, int depth) {
        switch (random.nextInt(4)) {
            case 0:
                return new Expr.Negate(of(type, depth), span());
            case 1:
                if (type == PrimitiveType.INT && !lists.isEmpty() && random.nextBoolean()) {
                    return random.nextBoolean()
                            ? new Expr.ListLength(list(), span())
                            : quantifier(Expr.QuantifierKind.COUNT, list(), depth);
                }
                if (type == PrimitiveType.INT) {
                    return random.nextBoolean()
                            ? new Expr.Length(of(PrimitiveType.STRING, depth), span())
                            : new Expr.Arithmetic(
                                    Expr.ArithmeticOp.SUB,
                                    of(PrimitiveType.DATE, depth),
                                    of(PrimitiveType.DATE, depth),
                                    PrimitiveType.INT,
                                    span());
                }
                return new Expr.Negate(of(type, depth), span());
            default: {
                Expr.ArithmeticOp op = Expr.ArithmeticOp.values()[random.nextInt(3)];
                Expr left = of(type, depth);
                ValueType rightType = type == PrimitiveType.DECIMAL && random.nextBoolean() ? PrimitiveType.INT : type;
                Expr right = op == Expr.ArithmeticOp.MUL ? constant(rightType) : of(rightType, depth);
                return new Expr.Arithmetic(op, left, right, type, span());
            }
        }
    }

    /**
     * A history term of {@code type} over a random action's name or a prefix of it: an existence
     * test for a bool, a count for an int, or a sum of a parameter of the type that every action
     * the pattern matches declares; equalities on the agent, the session, and such parameters.
     */
    Optional<Expr> history(ValueType type) {
        ActionDecl action = schema.actions().get(random.nextInt(schema.actions().size()));
        String pattern = random.nextBoolean()
                ? action.name()
                : action.name().substring(0, random.nextInt(action.name().length() + 1)) + "*";
        HistoryQuery probe = new HistoryQuery(
                pattern, HistoryQuery.EffectFilter.ANY, List.of(), new HistoryQuery.Window.Always(), Optional.empty());
        List<ActionDecl> matched = schema.actions().stream()
                .filter(a -> probe.matchesAction(a.name()))
                .toList();
        List<Field> shared = action.parameters().stream()
                .filter(p -> !(p.type() instanceof ListType))
                .filter(p -> matched.stream()
                        .allMatch(a -> a.parameter(p.name())
                                .map(q -> q.type().equals(p.type()))
                                .orElse(false)))
                .toList();
        Optional<HistoryQuery.Summand> summed = Optional.empty();
        Expr.HistoryAggregate aggregate =
                type == PrimitiveType.BOOL ? Expr.HistoryAggregate.EXISTS : Expr.HistoryAggregate.COUNT;
        if (type == PrimitiveType.DECIMAL || (type == PrimitiveType.INT && random.nextBoolean())) {
            List<Field> numbers = shared.stream().filter(p -> p.type() == type).toList();
            if (numbers.isEmpty()) {
                return Optional.empty();
            }
            summed = Optional.of(new HistoryQuery.Summand(
                    numbers.get(random.nextInt(numbers.size())).name(), (PrimitiveType) type));
            aggregate = Expr.HistoryAggregate.SUM;
        }
        List<HistoryQuery.Match> matches = new ArrayList<>();
        if (random.nextBoolean()) {
            matches.add(new HistoryQuery.Match.SameAgent());
        }
        if (random.nextBoolean()) {
            matches.add(new HistoryQuery.Match.SameSession());
        }
        if (!shared.isEmpty() && random.nextBoolean()) {
            Field p = shared.get(random.nextInt(shared.size()));
            matches.add(new HistoryQuery.Match.SameParameter(p.name(), p.type()));
        }
        HistoryQuery.Window window = random.nextBoolean()
                ? new HistoryQuery.Window.Always()
                : new HistoryQuery.Window.Within(1 + random.nextInt((int) HistoryQuery.MAX_WINDOW_MINUTES));
        HistoryQuery.EffectFilter effect = HistoryQuery.EffectFilter.values()[random.nextInt(2)];
        return Optional.of(
                new Expr.History(aggregate, new HistoryQuery(pattern, effect, matches, window, summed), span()));
    }

    private ValueType anyType() {
        List<ValueType> types = new ArrayList<>(List.of(
                PrimitiveType.BOOL,
                PrimitiveType.INT,
                PrimitiveType.DECIMAL,
                PrimitiveType.STRING,
                PrimitiveType.DATE,
                PrimitiveType.ACTION,
                PrimitiveType.EFFECT,
                EnumType.WEEKDAY));
        schema.enums().forEach(e -> types.add(e.type()));
        return types.get(random.nextInt(types.size()));
    }

    private Expr constant(ValueType type) {
        return new Expr.Const(value(type), span());
    }

    /** A random constant of {@code type}. */
    Value value(ValueType type) {
        if (type instanceof EnumType e) {
            List<String> values = schema.enumValues(e).orElseThrow();
            return new Value.EnumValue(e, values.get(random.nextInt(values.size())));
        }
        switch ((PrimitiveType) type) {
            case BOOL:
                return new Value.BoolValue(random.nextBoolean());
            case INT:
                return new Value.IntValue(random.nextBoolean() ? random.nextInt(200) - 100 : random.nextLong());
            case DECIMAL:
                return new Value.DecimalValue(BigDecimal.valueOf(random.nextLong(), random.nextInt(12) - 2));
            case STRING:
                return new Value.StringValue(string());
            case DATE:
                return new Value.DateValue(LocalDate.ofEpochDay(random.nextInt(100_000) - 20_000));
            case ACTION:
                return new Value.ActionValue(schema.actions()
                        .get(random.nextInt(schema.actions().size()))
                        .name());
            default:
                return new Value.EffectValue(Effect.values()[random.nextInt(3)]);
        }
    }

    String string() {
        StringBuilder s = new StringBuilder();
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int i = 0; i < random.nextInt(8); i++) {
            s.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return s.toString();
    }

    private Regex regex(int depth) {
        switch (depth <= 0 ? random.nextInt(3) : random.nextInt(6)) {
            case 0:
                return new Regex.Literal(string());
            case 1:
                return new Regex.AnyChar();
            case 2: {
                int from = random.nextInt(0x2000);
                return new Regex.CharClass(
                        List.of(new Regex.Range(from, from + random.nextInt(50))), random.nextBoolean());
            }
            case 3:
                return new Regex.Concat(List.of(regex(depth - 1), regex(depth - 1)));
            case 4:
                return new Regex.Union(List.of(regex(depth - 1), regex(depth - 1)));
            default: {
                int min = random.nextInt(3);
                return new Regex.Repeat(regex(depth - 1), min, random.nextBoolean() ? Regex.Repeat.UNBOUNDED : min + 2);
            }
        }
    }

    private SourceSpan span() {
        return spans.get();
    }
}
