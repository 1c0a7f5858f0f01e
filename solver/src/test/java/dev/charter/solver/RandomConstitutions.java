package dev.charter.solver;

import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Assertion;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.DatalogAtom;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.EnumDecl;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.ObjectParameter;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.RecordType;
import dev.charter.runtime.ir.Regex;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.ir.Term;
import dev.charter.runtime.ir.TimeAttribute;
import dev.charter.runtime.ir.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random small constitutions over one fixed schema (whose second action has a tool's name), and
 * random requests for them: every kind of condition node the encoding handles (comparisons across
 * int and decimal, int arithmetic that can overflow, strings, regular expressions, enums, time,
 * the requested action), random priorities and effects so that conflicts, gaps, shadowing and
 * holes all occur. {@link #hardPrograms()} adds what pushes Z3 to
 * its limits — constants near ±2^63, string lengths in int arithmetic, decimal multiplications
 * whose solutions are thirds — and random assertions.
 */
final class RandomConstitutions {

    /** The second action, named as a tool is: a colon, a slash, a hyphen, upper case and digits. */
    static final String SHARE = "Files/share:Link-v2";

    /** Leap days, ends of months and years, and the days New York's clocks change in 2026. */
    private static final List<LocalDate> INTERESTING_DATES = List.of(
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2026, 1, 31),
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 8),
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 12, 31),
            LocalDate.of(2100, 3, 1),
            LocalDate.of(2000, 2, 29),
            LocalDate.of(0, 1, 1),
            LocalDate.of(9999, 12, 31));

    static final EnumType TIER = new EnumType("Tier");
    static final ListType FILES = new ListType(PrimitiveType.STRING, 3);
    static final ListType NUMS = new ListType(PrimitiveType.INT, 2);
    static final ListType ITEMS = new ListType(
            new RecordType(
                    List.of(
                            new RecordType.Member("sku", PrimitiveType.STRING, false),
                            new RecordType.Member("qty", PrimitiveType.INT, false),
                            new RecordType.Member("note", PrimitiveType.STRING, true)),
                    false),
            2);
    static final List<String> TIERS = List.of("basic", "gold", "platinum");
    private static final SourceSpan AT = new SourceSpan("random.charter", 1, 1, 1, 1);

    private RandomConstitutions() {}

    /** {@code count(permitted pay, same agent, within 1 hour)}. */
    static final HistoryQuery PAYMENTS_PER_AGENT = new HistoryQuery(
            "pay",
            HistoryQuery.EffectFilter.PERMITTED,
            List.of(new HistoryQuery.Match.SameAgent()),
            new HistoryQuery.Window.Within(60),
            Optional.empty());
    /** {@code sum(request.count of any *, same request.target)}: both actions declare both. */
    static final HistoryQuery COUNTS_PER_TARGET = new HistoryQuery(
            "*",
            HistoryQuery.EffectFilter.ANY,
            List.of(new HistoryQuery.Match.SameParameter("target", PrimitiveType.STRING)),
            new HistoryQuery.Window.Always(),
            Optional.of(new HistoryQuery.Summand("count", PrimitiveType.INT)));
    /** {@code exists(any Files*, same session)}. */
    static final HistoryQuery SHARES_IN_SESSION = new HistoryQuery(
            "Files*",
            HistoryQuery.EffectFilter.ANY,
            List.of(new HistoryQuery.Match.SameSession()),
            new HistoryQuery.Window.Within(7 * 24 * 60),
            Optional.empty());
    /** {@code sum(request.amount of permitted pay, same agent, within 1 day)}. */
    static final HistoryQuery PAID_PER_AGENT = new HistoryQuery(
            "pay",
            HistoryQuery.EffectFilter.PERMITTED,
            List.of(new HistoryQuery.Match.SameAgent()),
            new HistoryQuery.Window.Within(24 * 60),
            Optional.of(new HistoryQuery.Summand("amount", PrimitiveType.DECIMAL)));

    private static Expr history(Expr.HistoryAggregate aggregate, HistoryQuery query) {
        return new Expr.History(aggregate, query, AT);
    }

    /**
     * Conditions on the history: a count, an int sum (alone and plus the request's count) and a
     * decimal sum against constants, an existence test.
     */
    private static List<Arbitrary<Expr>> historyLeaves() {
        return List.of(
                Combinators.combine(
                                Arbitraries.of(CompareOp.values()),
                                Arbitraries.longs().between(0, 6))
                        .as((op, k) ->
                                compare(op, history(Expr.HistoryAggregate.COUNT, PAYMENTS_PER_AGENT), intConst(k))),
                Combinators.combine(
                                Arbitraries.of(CompareOp.values()),
                                Arbitraries.longs().between(-1, 12))
                        .as((op, k) -> compare(
                                op,
                                new Expr.Arithmetic(
                                        Expr.ArithmeticOp.ADD,
                                        history(Expr.HistoryAggregate.SUM, COUNTS_PER_TARGET),
                                        attr(Expr.Scope.REQUEST, "count", PrimitiveType.INT),
                                        PrimitiveType.INT,
                                        AT),
                                intConst(k))),
                Combinators.combine(
                                Arbitraries.of(CompareOp.values()),
                                Arbitraries.longs().between(-1, 12))
                        .as((op, k) -> compare(op, history(Expr.HistoryAggregate.SUM, COUNTS_PER_TARGET), intConst(k))),
                Arbitraries.of(
                        history(Expr.HistoryAggregate.EXISTS, SHARES_IN_SESSION),
                        new Expr.Not(history(Expr.HistoryAggregate.EXISTS, SHARES_IN_SESSION), AT)),
                Combinators.combine(Arbitraries.of(CompareOp.LE, CompareOp.GT), Arbitraries.of("100", "999.99"))
                        .as((op, k) -> compare(
                                op,
                                history(Expr.HistoryAggregate.SUM, PAID_PER_AGENT),
                                new Expr.Const(new Value.DecimalValue(new BigDecimal(k)), AT))));
    }

    /** Relations the constitution fixes, whose values conditions read through variables. */
    private static final List<Relation> RELATIONS = List.of(
            new Relation(
                    "limit",
                    List.of(new Field("who", PrimitiveType.STRING, AT), new Field("max", PrimitiveType.DECIMAL, AT)),
                    false,
                    AT),
            new Relation("cap", List.of(new Field("n", PrimitiveType.INT, AT)), false, AT));

    /** The agent of every generated request has two limits; the caps include one that overflows. */
    private static final List<Clause> FACTS = List.of(
            fact("limit", new Value.StringValue("agent-7"), new Value.DecimalValue(new BigDecimal("100"))),
            fact("limit", new Value.StringValue("agent-7"), new Value.DecimalValue(new BigDecimal("999.99"))),
            fact("limit", new Value.StringValue("ab"), new Value.DecimalValue(new BigDecimal("5"))),
            fact("limit", new Value.StringValue("agent-8"), new Value.DecimalValue(new BigDecimal("1000"))),
            fact("cap", new Value.IntValue(0)),
            fact("cap", new Value.IntValue(5)),
            fact("cap", new Value.IntValue(Long.MAX_VALUE)));

    private static Clause fact(String relation, Value... values) {
        List<Term> terms = new ArrayList<>();
        for (Value v : values) {
            terms.add(new Term.Constant(v, AT));
        }
        return new Clause(new DatalogAtom(relation, terms, AT), List.of(), AT);
    }

    private static Expr.Var var(String name, dev.charter.runtime.ir.ValueType type) {
        return new Expr.Var(name, type, AT);
    }

    private static Expr.Atom atom(String relation, Expr... arguments) {
        return new Expr.Atom(relation, List.of(arguments), AT);
    }

    private static Expr exists(List<Expr.Var> variables, List<Expr.Atom> atoms, Expr body) {
        return new Expr.Exists(variables, atoms, body, AT);
    }

    /**
     * Values from data: an attribute compared with a limit bound from the facts (any of the
     * agent's two limits, or the limit of the target), a variable that joins two columns, an
     * atom-only binding.
     */
    private static List<Arbitrary<Expr>> boundLeaves(boolean payOnly) {
        Expr.Var limit = var("L", PrimitiveType.DECIMAL);
        Expr.Var who = var("W", PrimitiveType.STRING);
        Expr count = attr(Expr.Scope.REQUEST, "count", PrimitiveType.INT);
        Expr target = attr(Expr.Scope.REQUEST, "target", PrimitiveType.STRING);
        List<Arbitrary<Expr>> leaves = new ArrayList<>(List.of(
                Arbitraries.of(CompareOp.values())
                        .map(op -> exists(
                                List.of(limit),
                                List.of(atom("limit", new Expr.Agent(AT), limit)),
                                compare(op, count, limit))),
                Arbitraries.of("5", "50", "100")
                        .map(k -> exists(
                                List.of(limit),
                                List.of(atom("limit", target, limit)),
                                compare(CompareOp.LT, limit, decimalConst(k)))),
                Arbitraries.of(CompareOp.LE, CompareOp.GT)
                        .map(op -> exists(
                                List.of(who, limit),
                                List.of(atom("limit", who, limit)),
                                new Expr.And(
                                        List.of(compare(CompareOp.EQ, who, target), compare(op, count, limit)), AT))),
                Arbitraries.just(exists(
                        List.of(limit),
                        List.of(atom("limit", new Expr.Agent(AT), limit)),
                        new Expr.Const(new Value.BoolValue(true), AT)))));
        if (payOnly) {
            leaves.add(Arbitraries.of(CompareOp.values())
                    .map(op -> exists(
                            List.of(limit),
                            List.of(atom("limit", new Expr.Agent(AT), limit)),
                            compare(op, attr(Expr.Scope.REQUEST, "amount", PrimitiveType.DECIMAL), limit))));
        }
        return leaves;
    }

    /** Int arithmetic with a variable bound to a cap of 2^63 - 1: overflow on one binding fails. */
    private static Arbitrary<Expr> overflowingBinding() {
        Expr.Var n = var("N", PrimitiveType.INT);
        Expr.Var limit = var("L", PrimitiveType.DECIMAL);
        return Arbitraries.of(CompareOp.GT, CompareOp.LE)
                .map(op -> exists(
                        List.of(n, limit),
                        List.of(atom("cap", n), atom("limit", new Expr.Agent(AT), limit)),
                        compare(
                                op,
                                arithmetic(
                                        Expr.ArithmeticOp.ADD,
                                        attr(Expr.Scope.REQUEST, "count", PrimitiveType.INT),
                                        n,
                                        PrimitiveType.INT),
                                limit)));
    }

    static Schema schema() {
        return new Schema(
                List.of(new EnumDecl(TIER, TIERS, AT)),
                List.of(
                        new Field("verified", PrimitiveType.BOOL, AT),
                        new Field("level", PrimitiveType.INT, AT),
                        new Field("tier", TIER, AT)),
                List.of(
                        new ActionDecl(
                                "pay",
                                List.of(
                                        new Field("amount", PrimitiveType.DECIMAL, AT),
                                        new Field("count", PrimitiveType.INT, AT),
                                        new Field("target", PrimitiveType.STRING, AT),
                                        new Field("tag", PrimitiveType.STRING, AT, true),
                                        new Field("note", PrimitiveType.INT, AT, true),
                                        new Field("ship.city", PrimitiveType.STRING, AT),
                                        new Field("ship.zip", PrimitiveType.INT, AT, true),
                                        new Field("files", FILES, AT),
                                        new Field("nums", NUMS, AT),
                                        new Field("items", ITEMS, AT)),
                                AT,
                                false,
                                List.of(new ObjectParameter("ship", true, false, AT))),
                        new ActionDecl(
                                SHARE,
                                List.of(
                                        new Field("count", PrimitiveType.INT, AT),
                                        new Field("target", PrimitiveType.STRING, AT),
                                        new Field("tag", PrimitiveType.STRING, AT, true)),
                                AT,
                                true)));
    }

    static Arbitrary<Program> programs() {
        return programs(false);
    }

    /** Programs whose conditions also hold the hard leaves, with up to two assertions. */
    static Arbitrary<Program> hardPrograms() {
        return programs(true);
    }

    private static Arbitrary<Program> programs(boolean hard) {
        Arbitrary<List<DecisionRule>> rules =
                rule(hard).list().ofMinSize(1).ofMaxSize(5).map(RandomConstitutions::named);
        Arbitrary<Outcome> fallback =
                Arbitraries.of(Outcome.deny(AT), new Outcome(Effect.ESCALATE, "default-desk", AT));
        Arbitrary<Outcome> conflict =
                Arbitraries.of(Outcome.deny(AT), new Outcome(Effect.ESCALATE, "conflict-desk", AT));
        Arbitrary<List<Assertion>> assertions =
                hard ? assertion().list().ofMaxSize(2).map(RandomConstitutions::numbered) : Arbitraries.just(List.of());
        return Combinators.combine(rules, fallback, conflict, assertions)
                .as((r, d, c, a) -> Program.of(
                        new Metadata("random", 1, null, null, "UTC"),
                        schema(),
                        RELATIONS,
                        List.of(new Stratum(List.of("limit", "cap"), FACTS)),
                        r,
                        d,
                        c,
                        a,
                        List.of()));
    }

    /** {@code CONDITION implies decision != EFFECT}, over attributes every action has. */
    private static Arbitrary<Assertion> assertion() {
        return Combinators.combine(condition(false, true, 1), Arbitraries.of(Effect.values()))
                .as((c, e) -> new Assertion(
                        "a",
                        new Expr.Implies(
                                c,
                                new Expr.Compare(
                                        CompareOp.NE,
                                        new Expr.DecisionRef(AT),
                                        new Expr.Const(new Value.EffectValue(e), AT),
                                        AT),
                                AT),
                        AT));
    }

    private static List<Assertion> numbered(List<Assertion> assertions) {
        List<Assertion> out = new ArrayList<>();
        for (int i = 0; i < assertions.size(); i++) {
            out.add(new Assertion(
                    "a" + i, assertions.get(i).condition(), new SourceSpan("random.charter", 20 + i, 1, 20 + i, 10)));
        }
        return out;
    }

    private static List<DecisionRule> named(List<DecisionRule> rules) {
        List<DecisionRule> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            DecisionRule r = rules.get(i);
            SourceSpan span = new SourceSpan("random.charter", i + 2, 1, i + 2, 10);
            out.add(new DecisionRule(
                    "r" + i, r.effect(), r.actions(), r.route(), r.condition(), r.priority(), null, span));
        }
        return out;
    }

    private static Arbitrary<DecisionRule> rule(boolean hard) {
        Arbitrary<Effect> effect = Arbitraries.of(Effect.values());
        Arbitrary<List<String>> actions = Arbitraries.of(List.of("pay"), List.of(SHARE), List.of("pay", SHARE));
        Arbitrary<Long> priority = Arbitraries.of(0L, 0L, 5L, 10L);
        Arbitrary<String> route = Arbitraries.of("desk-a", "desk-b");
        return Combinators.combine(
                        effect, actions, priority, route, Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .flatAs((e, a, p, ro, seed) -> condition(a.contains("pay") && a.size() == 1, hard, 2)
                        .map(c -> new DecisionRule("r", e, a, e == Effect.ESCALATE ? ro : null, c, p, null, AT)));
    }

    private static Arbitrary<Expr> condition(boolean payOnly, boolean hard, int depth) {
        Arbitrary<Expr> leaf = hard ? Arbitraries.oneOf(leaf(payOnly), hardLeaf(payOnly)) : leaf(payOnly);
        if (depth == 0) {
            return leaf;
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, leaf),
                net.jqwik.api.Tuple.of(
                        2,
                        condition(payOnly, hard, depth - 1)
                                .list()
                                .ofMinSize(2)
                                .ofMaxSize(3)
                                .map(l -> (Expr) new Expr.And(l, AT))),
                net.jqwik.api.Tuple.of(
                        1,
                        condition(payOnly, hard, depth - 1)
                                .list()
                                .ofMinSize(2)
                                .ofMaxSize(3)
                                .map(l -> (Expr) new Expr.Or(l, AT))),
                net.jqwik.api.Tuple.of(1, condition(payOnly, hard, depth - 1).map(c -> (Expr) new Expr.Not(c, AT))));
    }

    private static Arbitrary<Expr> leaf(boolean payOnly) {
        List<Arbitrary<Expr>> leaves = new ArrayList<>(List.of(
                Arbitraries.of(CompareOp.values())
                        .flatMap(op -> Arbitraries.longs()
                                .between(-2, 12)
                                .map(k -> compare(
                                        op, attr(Expr.Scope.REQUEST, "count", PrimitiveType.INT), intConst(k)))),
                Arbitraries.of(CompareOp.LT, CompareOp.GE, CompareOp.EQ)
                        .flatMap(op -> Arbitraries.longs()
                                .between(0, 5)
                                .map(k -> compare(
                                        op,
                                        new Expr.Arithmetic(
                                                Expr.ArithmeticOp.ADD,
                                                attr(Expr.Scope.REQUEST, "count", PrimitiveType.INT),
                                                attr(Expr.Scope.CONTEXT, "level", PrimitiveType.INT),
                                                PrimitiveType.INT,
                                                AT),
                                        intConst(k)))),
                Arbitraries.longs()
                        .between(2, 3)
                        .map(k -> compare(
                                CompareOp.GT,
                                new Expr.Arithmetic(
                                        Expr.ArithmeticOp.MUL,
                                        attr(Expr.Scope.CONTEXT, "level", PrimitiveType.INT),
                                        intConst(k),
                                        PrimitiveType.INT,
                                        AT),
                                intConst(6))),
                Arbitraries.just(attr(Expr.Scope.CONTEXT, "verified", PrimitiveType.BOOL)),
                Arbitraries.of("pay", SHARE).map(a -> (Expr) new Expr.ActionIs(a, AT)),
                Arbitraries.of(CompareOp.EQ, CompareOp.NE)
                        .flatMap(op -> Arbitraries.of("pay", SHARE)
                                .map(a -> compare(
                                        op, new Expr.CurrentAction(AT), new Expr.Const(new Value.ActionValue(a), AT)))),
                Arbitraries.of(TIERS)
                        .map(t -> compare(
                                CompareOp.EQ,
                                attr(Expr.Scope.CONTEXT, "tier", TIER),
                                new Expr.Const(new Value.EnumValue(TIER, t), AT))),
                Arbitraries.of("a", "ab", "b")
                        .flatMap(s -> Arbitraries.of(Expr.StringOp.values()).map(op -> (Expr) new Expr.StringTest(
                                op,
                                attr(Expr.Scope.REQUEST, "target", PrimitiveType.STRING),
                                new Expr.Const(new Value.StringValue(s), AT),
                                AT))),
                Arbitraries.of(pattern(true, true), pattern(false, false), pattern(true, false))
                        .map(p -> (Expr)
                                new Expr.Matches(attr(Expr.Scope.REQUEST, "target", PrimitiveType.STRING), p, "p", AT)),
                Arbitraries.longs()
                        .between(0, 3)
                        .map(k -> compare(
                                CompareOp.GT,
                                new Expr.Length(attr(Expr.Scope.REQUEST, "target", PrimitiveType.STRING), AT),
                                intConst(k))),
                Arbitraries.longs()
                        .between(8, 18)
                        .map(k -> compare(CompareOp.LT, attr(Expr.Scope.TIME, "hour", PrimitiveType.INT), intConst(k))),
                Arbitraries.just((Expr) new Expr.InSet(
                        attr(Expr.Scope.TIME, "weekday", EnumType.WEEKDAY),
                        List.of(
                                new Value.EnumValue(EnumType.WEEKDAY, "saturday"),
                                new Value.EnumValue(EnumType.WEEKDAY, "sunday")),
                        AT)),
                Combinators.combine(
                                Arbitraries.of(CompareOp.values()), Arbitraries.of(0L, 569L, 570L, 571L, 960L, 1439L))
                        .as((op, k) -> compare(op, attr(Expr.Scope.TIME, "of_day", PrimitiveType.INT), intConst(k))),
                Combinators.combine(Arbitraries.of(CompareOp.values()), Arbitraries.of(0L, 29L, 30L, 59L))
                        .as((op, k) -> compare(op, attr(Expr.Scope.TIME, "minute", PrimitiveType.INT), intConst(k))),
                Combinators.combine(Arbitraries.of(CompareOp.values()), Arbitraries.of(1L, 15L, 28L, 29L, 30L, 31L))
                        .as((op, k) -> compare(op, attr(Expr.Scope.TIME, "day", PrimitiveType.INT), intConst(k))),
                Combinators.combine(Arbitraries.of(CompareOp.values()), Arbitraries.of(1L, 2L, 6L, 12L))
                        .as((op, k) -> compare(op, attr(Expr.Scope.TIME, "month", PrimitiveType.INT), intConst(k))),
                Combinators.combine(Arbitraries.of(CompareOp.values()), Arbitraries.of(INTERESTING_DATES))
                        .as((op, d) -> compare(
                                op,
                                attr(Expr.Scope.TIME, "date", PrimitiveType.DATE),
                                new Expr.Const(new Value.DateValue(d), AT))),
                Combinators.combine(
                                Arbitraries.of(CompareOp.values()),
                                Arbitraries.of(INTERESTING_DATES),
                                Arbitraries.of(-1L, 0L, 1L, 30L, 365L))
                        .as((op, d, k) -> compare(
                                op,
                                arithmetic(
                                        Expr.ArithmeticOp.SUB,
                                        attr(Expr.Scope.TIME, "date", PrimitiveType.DATE),
                                        new Expr.Const(new Value.DateValue(d), AT),
                                        PrimitiveType.INT),
                                intConst(k)))));
        Expr.Present tagged = new Expr.Present("tag", AT);
        Expr tag = attr(Expr.Scope.REQUEST, "tag", PrimitiveType.STRING);
        leaves.add(Arbitraries.of(tagged, new Expr.Not(tagged, AT)));
        leaves.add(Combinators.combine(Arbitraries.of(Expr.StringOp.values()), Arbitraries.of("a", "b", ""))
                .as((op, k) -> (Expr) new Expr.And(
                        List.of(tagged, new Expr.StringTest(op, tag, new Expr.Const(new Value.StringValue(k), AT), AT)),
                        AT)));
        leaves.add(Arbitraries.of("a", "ab").map(k -> (Expr) new Expr.Or(
                List.of(
                        new Expr.Not(tagged, AT),
                        compare(CompareOp.EQ, tag, new Expr.Const(new Value.StringValue(k), AT))),
                AT)));
        leaves.addAll(boundLeaves(payOnly));
        leaves.addAll(historyLeaves());
        if (payOnly) {
            // An optional object `ship?: { city: string, zip?: int }` and reads of its fields.
            Expr.Present shipped = new Expr.Present("ship", AT);
            Expr.Present zipped = new Expr.Present("ship.zip", AT);
            Expr city = attr(Expr.Scope.REQUEST, "ship.city", PrimitiveType.STRING);
            Expr zip = attr(Expr.Scope.REQUEST, "ship.zip", PrimitiveType.INT);
            leaves.add(Arbitraries.of(shipped, new Expr.Not(shipped, AT), zipped));
            leaves.add(Combinators.combine(Arbitraries.of(Expr.StringOp.values()), Arbitraries.of("a", "b", ""))
                    .as((op, k) -> (Expr) new Expr.And(
                            List.of(
                                    shipped,
                                    new Expr.StringTest(op, city, new Expr.Const(new Value.StringValue(k), AT), AT)),
                            AT)));
            leaves.add(Combinators.combine(
                            Arbitraries.of(CompareOp.values()),
                            Arbitraries.longs().between(-1, 6))
                    .as((op, k) ->
                            (Expr) new Expr.Or(List.of(new Expr.Not(zipped, AT), compare(op, zip, intConst(k))), AT)));
            Expr.Present noted = new Expr.Present("note", AT);
            leaves.add(Combinators.combine(
                            Arbitraries.of(CompareOp.values()),
                            Arbitraries.longs().between(-1, 6))
                    .as((op, k) -> (Expr) new Expr.And(
                            List.of(
                                    noted,
                                    compare(op, attr(Expr.Scope.REQUEST, "note", PrimitiveType.INT), intConst(k))),
                            AT)));
            leaves.add(Arbitraries.of(CompareOp.values())
                    .flatMap(op -> Arbitraries.of("100", "99.5", "1000")
                            .map(k -> compare(
                                    op, attr(Expr.Scope.REQUEST, "amount", PrimitiveType.DECIMAL), decimalConst(k)))));
            leaves.add(Arbitraries.of(CompareOp.LT, CompareOp.GE)
                    .map(op -> compare(
                            op,
                            attr(Expr.Scope.REQUEST, "amount", PrimitiveType.DECIMAL),
                            attr(Expr.Scope.REQUEST, "count", PrimitiveType.INT))));
            leaves.addAll(listLeaves());
        }
        return Arbitraries.oneOf(leaves);
    }

    /**
     * The lists {@code files: list<string, 3>} and {@code nums: list<int, 2>}: {@code any} and
     * {@code all} over string tests and regular patterns, {@code count} compared with a constant
     * (and in a body whose int arithmetic can overflow), {@code len}, {@code contains} (an int list
     * against a decimal too), and a quantifier nested in another that reads both elements.
     */
    private static List<Arbitrary<Expr>> listLeaves() {
        Expr.Attribute files = (Expr.Attribute) attr(Expr.Scope.REQUEST, "files", FILES);
        Expr.Attribute nums = (Expr.Attribute) attr(Expr.Scope.REQUEST, "nums", NUMS);
        Expr f = new Expr.Element("f", PrimitiveType.STRING, AT);
        Expr n = new Expr.Element("n", PrimitiveType.INT, AT);
        Arbitrary<Expr> fileTest = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(Expr.StringOp.values()), Arbitraries.of("a", "b", ""))
                        .as((op, k) ->
                                (Expr) new Expr.StringTest(op, f, new Expr.Const(new Value.StringValue(k), AT), AT)),
                Arbitraries.of("", "a", "ab")
                        .map(k -> compare(CompareOp.EQ, f, new Expr.Const(new Value.StringValue(k), AT))),
                Arbitraries.of(CompareOp.values()).map(op -> compare(op, new Expr.Length(f, AT), intConst(1))),
                Arbitraries.of(new Expr.Matches(
                        f,
                        new Regex.Pattern(
                                new Regex.Concat(List.of(
                                        new Regex.Literal("a"),
                                        new Regex.Repeat(
                                                new Regex.CharClass(List.of(new Regex.Range('0', '9')), false),
                                                1,
                                                Regex.Repeat.UNBOUNDED))),
                                false,
                                false),
                        "a[0-9]+",
                        AT)));
        Arbitrary<Expr> numTest = Combinators.combine(
                        Arbitraries.of(CompareOp.values()), Arbitraries.longs().between(-1, 6))
                .as((op, k) -> compare(op, n, intConst(k)));
        Arbitrary<Expr.QuantifierKind> anyOrAll = Arbitraries.of(Expr.QuantifierKind.ANY, Expr.QuantifierKind.ALL);
        Expr.Attribute items = (Expr.Attribute) attr(Expr.Scope.REQUEST, "items", ITEMS);
        Expr sku = new Expr.ElementField("i", "sku", PrimitiveType.STRING, AT);
        Expr qty = new Expr.ElementField("i", "qty", PrimitiveType.INT, AT);
        Arbitrary<Expr> itemTest = Combinators.combine(
                        Arbitraries.of(CompareOp.values()), Arbitraries.longs().between(-1, 6), Arbitraries.of("", "a"))
                .as((op, k, text) -> (Expr) new Expr.And(
                        List.of(
                                compare(op, qty, intConst(k)),
                                compare(CompareOp.NE, sku, new Expr.Const(new Value.StringValue(text), AT))),
                        AT));
        return List.of(
                Combinators.combine(anyOrAll, itemTest)
                        .as((kind, body) -> (Expr) new Expr.Quantifier(kind, "i", items, body, AT)),
                Combinators.combine(
                                Arbitraries.of(CompareOp.values()),
                                Arbitraries.longs().between(0, 2),
                                itemTest)
                        .as((op, k, body) -> compare(
                                op, new Expr.Quantifier(Expr.QuantifierKind.COUNT, "i", items, body, AT), intConst(k))),
                Combinators.combine(anyOrAll, fileTest)
                        .as((kind, body) -> (Expr) new Expr.Quantifier(kind, "f", files, body, AT)),
                Combinators.combine(anyOrAll, numTest)
                        .as((kind, body) -> (Expr) new Expr.Quantifier(kind, "n", nums, body, AT)),
                Combinators.combine(
                                Arbitraries.of(CompareOp.values()),
                                Arbitraries.longs().between(0, 3),
                                fileTest)
                        .as((op, k, body) -> compare(
                                op, new Expr.Quantifier(Expr.QuantifierKind.COUNT, "f", files, body, AT), intConst(k))),
                Combinators.combine(
                                Arbitraries.of(CompareOp.values()),
                                Arbitraries.longs().between(0, 4))
                        .as((op, k) -> compare(op, new Expr.ListLength(files, AT), intConst(k))),
                Arbitraries.of("", "a", "ab").map(k ->
                        (Expr) new Expr.ListContains(files, new Expr.Const(new Value.StringValue(k), AT), AT)),
                Arbitraries.of("2", "2.5", "0").map(k -> (Expr) new Expr.ListContains(nums, decimalConst(k), AT)),
                Arbitraries.of(CompareOp.GT, CompareOp.LE)
                        .map(op -> compare(
                                op,
                                new Expr.Quantifier(
                                        Expr.QuantifierKind.COUNT,
                                        "n",
                                        nums,
                                        compare(
                                                CompareOp.GT,
                                                arithmetic(
                                                        Expr.ArithmeticOp.ADD,
                                                        n,
                                                        attr(Expr.Scope.REQUEST, "count", PrimitiveType.INT),
                                                        PrimitiveType.INT),
                                                intConst(5)),
                                        AT),
                                intConst(0))),
                Combinators.combine(anyOrAll, anyOrAll).as((outer, inner) -> (Expr) new Expr.Quantifier(
                        outer,
                        "f",
                        files,
                        new Expr.Quantifier(inner, "n", nums, compare(CompareOp.LE, n, new Expr.Length(f, AT)), AT),
                        AT)));
    }

    /**
     * Constants near ±2^63 against ints and in int arithmetic that overflows, string lengths in
     * int arithmetic, and decimal multiplications whose boundaries are thirds.
     */
    private static Arbitrary<Expr> hardLeaf(boolean payOnly) {
        Expr count = attr(Expr.Scope.REQUEST, "count", PrimitiveType.INT);
        Expr level = attr(Expr.Scope.CONTEXT, "level", PrimitiveType.INT);
        Expr length = new Expr.Length(attr(Expr.Scope.REQUEST, "target", PrimitiveType.STRING), AT);
        Arbitrary<Long> big = Arbitraries.of(
                Long.MAX_VALUE,
                Long.MAX_VALUE - 1,
                Long.MIN_VALUE,
                Long.MIN_VALUE + 1,
                9_000_000_000_000_000_000L,
                -9_000_000_000_000_000_000L,
                4_611_686_018_427_387_904L);
        Arbitrary<Long> small = Arbitraries.longs().between(-3, 30);
        Arbitrary<Expr.ArithmeticOp> addOrSub = Arbitraries.of(Expr.ArithmeticOp.ADD, Expr.ArithmeticOp.SUB);
        Arbitrary<CompareOp> op = Arbitraries.of(CompareOp.values());
        List<Arbitrary<Expr>> leaves = new ArrayList<>(List.of(
                Combinators.combine(op, Arbitraries.of(count, level), big).as((o, a, k) -> compare(o, a, intConst(k))),
                Combinators.combine(op, addOrSub, Arbitraries.of(count, level), big, small)
                        .as((o, ao, a, k, j) ->
                                compare(o, arithmetic(ao, a, intConst(k), PrimitiveType.INT), intConst(j))),
                Combinators.combine(
                                op, Arbitraries.of(2L, 3L, 4_611_686_018_427_387_904L), Arbitraries.oneOf(small, big))
                        .as((o, k, j) -> compare(
                                o,
                                arithmetic(Expr.ArithmeticOp.MUL, level, intConst(k), PrimitiveType.INT),
                                intConst(j))),
                Combinators.combine(op, addOrSub, Arbitraries.of(count, level), Arbitraries.oneOf(small, big))
                        .as((o, ao, a, k) -> compare(o, arithmetic(ao, length, a, PrimitiveType.INT), intConst(k))),
                Combinators.combine(op, Arbitraries.oneOf(small, big)).as((o, k) -> compare(o, length, intConst(k)))));
        if (payOnly) {
            Expr amount = attr(Expr.Scope.REQUEST, "amount", PrimitiveType.DECIMAL);
            Arbitrary<String> factor = Arbitraries.of("1.5", "3", "0.3", "7", "-2.5");
            Arbitrary<String> bound = Arbitraries.of("5", "10", "1", "-7", "99.5", "9223372036854775807");
            leaves.add(Combinators.combine(op, factor, bound)
                    .as((o, f, b) -> compare(
                            o,
                            arithmetic(Expr.ArithmeticOp.MUL, amount, decimalConst(f), PrimitiveType.DECIMAL),
                            decimalConst(b))));
            leaves.add(Combinators.combine(op, factor)
                    .as((o, f) -> compare(
                            o,
                            arithmetic(Expr.ArithmeticOp.MUL, amount, decimalConst(f), PrimitiveType.DECIMAL),
                            count)));
        }
        leaves.add(overflowingBinding());
        return Arbitraries.oneOf(leaves);
    }

    private static Expr arithmetic(Expr.ArithmeticOp op, Expr left, Expr right, PrimitiveType type) {
        return new Expr.Arithmetic(op, left, right, type, AT);
    }

    /** {@code ^a[0-9]+$}-like patterns with the given anchors. */
    private static Regex.Pattern pattern(boolean start, boolean end) {
        Regex body = new Regex.Concat(List.of(
                new Regex.Literal("a"),
                new Regex.Repeat(
                        new Regex.CharClass(List.of(new Regex.Range('0', '9')), false), 1, Regex.Repeat.UNBOUNDED)));
        return new Regex.Pattern(body, start, end);
    }

    private static Expr attr(Expr.Scope scope, String name, dev.charter.runtime.ir.ValueType type) {
        return new Expr.Attribute(scope, name, type, AT);
    }

    private static Expr compare(CompareOp op, Expr left, Expr right) {
        return new Expr.Compare(op, left, right, AT);
    }

    private static Expr intConst(long k) {
        return new Expr.Const(new Value.IntValue(k), AT);
    }

    private static Expr decimalConst(String k) {
        return new Expr.Const(new Value.DecimalValue(new BigDecimal(k)), AT);
    }

    /** A random request for an action of {@link #schema()}, as attribute values by path. */
    static Arbitrary<ConcreteRequest> requests() {
        Arbitrary<Long> ints = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(-3, 12)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 2)));
        Arbitrary<BigDecimal> decimals = Arbitraries.of("0", "99.5", "100", "100.01", "999.99", "1000", "5", "-1")
                .map(BigDecimal::new);
        Arbitrary<String> strings =
                Arbitraries.of("", "a", "ab", "a1", "xa12", "b", "a12b", "\u00e9a9", "\uD83D\uDE00ab");
        Arbitrary<LocalDate> dates = Arbitraries.oneOf(
                Arbitraries.of(INTERESTING_DATES),
                Arbitraries.longs()
                        .between(
                                LocalDate.of(0, 1, 1).toEpochDay(),
                                LocalDate.of(9999, 12, 31).toEpochDay())
                        .map(LocalDate::ofEpochDay));
        Arbitrary<Integer> minutes = Arbitraries.oneOf(
                Arbitraries.of(0, 569, 570, 571, 959, 960, 1439),
                Arbitraries.integers().between(0, 1439));
        return Combinators.combine(
                        Arbitraries.of("pay", SHARE),
                        ints,
                        ints,
                        decimals,
                        strings,
                        dates,
                        minutes,
                        Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(TIERS))
                                .as(Map::entry))
                .as((action, count, level, amount, target, date, minute, flags) -> {
                    Map<String, Value> values = new java.util.LinkedHashMap<>();
                    if (action.equals("pay")) {
                        values.put("request.amount", new Value.DecimalValue(amount));
                    }
                    values.put("request.count", new Value.IntValue(count));
                    values.put("request.target", new Value.StringValue(target));
                    values.put("context.verified", new Value.BoolValue(flags.getKey()));
                    values.put("context.level", new Value.IntValue(level));
                    values.put("context.tier", new Value.EnumValue(TIER, flags.getValue()));
                    for (TimeAttribute t : TimeAttribute.values()) {
                        values.put("time." + t.attributeName(), t.value(date.toEpochDay() * 86_400L + minute * 60L));
                    }
                    return new ConcreteRequest(action, "agent-7", values, Set.of());
                })
                .flatMap(r -> Combinators.combine(
                                strings.list().ofMaxSize(3),
                                ints.map(k -> (Value) new Value.IntValue(k))
                                        .list()
                                        .ofMaxSize(2),
                                Combinators.combine(Arbitraries.of("", "a", "b"), ints)
                                        .as((sku, qty) -> Map.<String, Value>of(
                                                "sku", new Value.StringValue(sku), "qty", new Value.IntValue(qty)))
                                        .list()
                                        .ofMaxSize(2))
                        .as((files, nums, items) -> {
                            // The lists of `pay`: up to their bounds, empty ones included.
                            if (!r.action().equals("pay")) {
                                return r;
                            }
                            List<Value> names = files.stream()
                                    .map(v -> (Value) new Value.StringValue(v))
                                    .toList();
                            return new ConcreteRequest(
                                    r.action(),
                                    r.agent(),
                                    r.attributes(),
                                    r.objects(),
                                    Map.of(
                                            "request.files",
                                            List.<Object>copyOf(names),
                                            "request.nums",
                                            List.<Object>copyOf(nums),
                                            "request.items",
                                            List.<Object>copyOf(items)));
                        }))
                .flatMap(r -> Combinators.combine(
                                Arbitraries.of("", "a", "ab", "b1").optional(),
                                Arbitraries.longs().between(-2, 7).optional())
                        .as((tag, note) -> {
                            // Optional parameters, each left out about half the time.
                            ConcreteRequest out = r;
                            if (tag.isPresent()) {
                                out = out.with("request.tag", new Value.StringValue(tag.get()));
                            }
                            if (note.isPresent() && r.action().equals("pay")) {
                                out = out.with("request.note", new Value.IntValue(note.get()));
                            }
                            return out;
                        }))
                .flatMap(r -> Combinators.combine(
                                Arbitraries.of("", "a", "ab", "b1").optional(),
                                Arbitraries.longs().between(-2, 7).optional())
                        .as((city, zip) -> {
                            // The optional object `ship`, left out about half the time, its `zip` too.
                            if (city.isEmpty() || !r.action().equals("pay")) {
                                return r;
                            }
                            ConcreteRequest out = new ConcreteRequest(
                                            r.action(), r.agent(), r.attributes(), Set.of("ship"), r.lists())
                                    .with("request.ship.city", new Value.StringValue(city.get()));
                            return zip.isPresent() ? out.with("request.ship.zip", new Value.IntValue(zip.get())) : out;
                        }))
                .flatMap(r -> Arbitraries.of(true, false)
                        .map(session -> session
                                // A session, left out about half the time: `same session` then fails closed.
                                ? r.with(ConcreteRequest.SESSION, new Value.StringValue("s-1"))
                                : r))
                .flatMap(r -> Combinators.combine(
                                Arbitraries.longs().between(0, 7),
                                Arbitraries.longs().between(0, 3),
                                historyInts(ints),
                                Arbitraries.longs().between(0, 2),
                                Arbitraries.longs().between(0, 2),
                                historyDecimals(decimals))
                        .as((payments, counted, countSum, shares, paid, paidSum) -> {
                            // A history: each count, and a sum only over some decision (0 otherwise).
                            ConcreteRequest out = r.with(
                                            text(Expr.HistoryAggregate.COUNT, PAYMENTS_PER_AGENT),
                                            new Value.IntValue(payments))
                                    .with(
                                            text(Expr.HistoryAggregate.COUNT, COUNTS_PER_TARGET),
                                            new Value.IntValue(counted))
                                    .with(
                                            text(Expr.HistoryAggregate.COUNT, SHARES_IN_SESSION),
                                            new Value.IntValue(shares))
                                    .with(text(Expr.HistoryAggregate.COUNT, PAID_PER_AGENT), new Value.IntValue(paid));
                            // A sum beyond what one amount holds only over two decisions or more.
                            if (counted > 0) {
                                boolean beyond = countSum.bitLength() > 63;
                                out = out.with(
                                        text(Expr.HistoryAggregate.SUM, COUNTS_PER_TARGET),
                                        beyond && counted >= 2
                                                ? new Value.DecimalValue(new BigDecimal(countSum))
                                                : new Value.IntValue(beyond ? 1 : countSum.longValue()));
                            }
                            if (paid > 0) {
                                boolean beyond = paidSum.abs().compareTo(ValueCodec.DECIMAL_BOUND) >= 0;
                                out = out.with(
                                        text(Expr.HistoryAggregate.SUM, PAID_PER_AGENT),
                                        new Value.DecimalValue(beyond && paid < 2 ? BigDecimal.ONE : paidSum));
                            }
                            return out;
                        }));
    }

    /** Int sums of a history: the request's ints, and sums of several 64-bit amounts beyond 64 bits. */
    private static Arbitrary<BigInteger> historyInts(Arbitrary<Long> ints) {
        BigInteger edge = BigInteger.ONE.shiftLeft(63);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, ints.map(BigInteger::valueOf)),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.of(
                                edge,
                                edge.negate().subtract(BigInteger.ONE),
                                edge.shiftLeft(1).subtract(BigInteger.TWO),
                                edge.negate().shiftLeft(1))));
    }

    /** Decimal sums of a history: the request's decimals, and sums of several amounts at and past 10^40. */
    private static Arbitrary<BigDecimal> historyDecimals(Arbitrary<BigDecimal> decimals) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, decimals),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.of("1e40", "-1e40", "1.5e40", "-19999999999999999999999999999999999999999.5")
                                .map(BigDecimal::new)));
    }

    /** The text of a history aggregate: the path of its slot and of its value in a request. */
    static String text(Expr.HistoryAggregate aggregate, HistoryQuery query) {
        return (aggregate == Expr.HistoryAggregate.SUM ? query : query.counted()).text(aggregate);
    }
}
