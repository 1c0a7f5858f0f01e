package dev.charter.runtime.bundle;

import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Assertion;
import dev.charter.runtime.ir.BodyLiteral;
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
import dev.charter.runtime.ir.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Hand-built programs: the fintech example of LANGUAGE.md, and one that uses every IR node kind. */
final class SamplePrograms {

    private static final String FILE = "lending.charter";
    static final EnumType STATUS = new EnumType("AccountStatus");
    static final EnumType ROLE = new EnumType("Role");

    private SamplePrograms() {}

    static SourceSpan at(int line) {
        return new SourceSpan(FILE, line, 3, line, 40);
    }

    static List<Program> all() {
        return List.of(minimal(), fintech(), everyNode());
    }

    /** One action, one rule: the smallest bundle, for tests that try every byte. */
    static Program minimal() {
        Schema schema = new Schema(
                List.of(),
                List.of(new Field("ok", PrimitiveType.BOOL, at(2))),
                List.of(new ActionDecl("act", List.of(), at(3))));
        DecisionRule rule = new DecisionRule(
                "allow",
                Effect.PERMIT,
                List.of("act"),
                null,
                new Expr.Attribute(Expr.Scope.CONTEXT, "ok", PrimitiveType.BOOL, at(4)),
                0,
                null,
                at(4));
        return Program.of(
                new Metadata("minimal", 1, null, null, "UTC"),
                schema,
                List.of(),
                List.of(),
                List.of(rule),
                Outcome.deny(at(5)),
                Outcome.deny(at(5)),
                List.of(),
                List.of());
    }

    static Program fintech() {
        Schema schema = new Schema(
                List.of(
                        new EnumDecl(STATUS, List.of("active", "frozen", "closed"), at(9)),
                        new EnumDecl(ROLE, List.of("teller", "senior_ops", "auditor"), at(10))),
                List.of(
                        new Field("identity_verified", PrimitiveType.BOOL, at(13)),
                        new Field("account_status", STATUS, at(14)),
                        new Field("market_halted", PrimitiveType.BOOL, at(15))),
                List.of(
                        new ActionDecl("display_account_balance", List.of(), at(18)),
                        new ActionDecl(
                                "initiate_payment",
                                List.of(
                                        new Field("amount", PrimitiveType.DECIMAL, at(19)),
                                        new Field("destination", PrimitiveType.STRING, at(19))),
                                at(19)),
                        new ActionDecl(
                                "modify_credit_limit",
                                List.of(new Field("new_limit", PrimitiveType.DECIMAL, at(20))),
                                at(20)),
                        new ActionDecl(
                                "share_account_data",
                                List.of(new Field("target", PrimitiveType.STRING, at(21))),
                                at(21))));
        List<Relation> relations = List.of(
                relation("role", true, 25, field("agent", PrimitiveType.STRING), field("role", ROLE)),
                relation(
                        "delegates",
                        true,
                        26,
                        field("from", PrimitiveType.STRING),
                        field("to", PrimitiveType.STRING),
                        field("act", PrimitiveType.ACTION)),
                relation("grants", false, 27, field("role", ROLE), field("act", PrimitiveType.ACTION)),
                relation("may", false, 32, field("_1", PrimitiveType.STRING), field("_2", PrimitiveType.ACTION)));
        Stratum grants = new Stratum(
                List.of("grants"),
                List.of(
                        fact("grants", 29, enumValue(ROLE, "teller"), new Value.ActionValue("initiate_payment")),
                        fact(
                                "grants",
                                30,
                                enumValue(ROLE, "teller"),
                                new Value.ActionValue("display_account_balance"))));
        Stratum may = new Stratum(
                List.of("may"),
                List.of(
                        new Clause(
                                atom("may", 32, var("A"), var("X")),
                                List.of(
                                        positive("role", 32, var("A"), var("R")),
                                        positive("grants", 32, var("R"), var("X"))),
                                at(32)),
                        new Clause(
                                atom("may", 33, var("B"), var("X")),
                                List.of(
                                        positive("delegates", 33, var("A"), var("B"), var("X")),
                                        positive("may", 33, var("A"), var("X"))),
                                at(33))));
        Expr verified = new Expr.Attribute(Expr.Scope.CONTEXT, "identity_verified", PrimitiveType.BOOL, at(38));
        Expr amount = new Expr.Attribute(Expr.Scope.REQUEST, "amount", PrimitiveType.DECIMAL, at(43));
        List<DecisionRule> rules = List.of(
                new DecisionRule(
                        "balance_ok",
                        Effect.PERMIT,
                        List.of("display_account_balance"),
                        null,
                        verified,
                        0,
                        null,
                        at(36)),
                new DecisionRule(
                        "small_payment",
                        Effect.PERMIT,
                        List.of("initiate_payment"),
                        null,
                        new Expr.And(
                                List.of(
                                        verified,
                                        new Expr.Compare(CompareOp.LT, amount, decimal("10000"), at(43)),
                                        new Expr.Compare(
                                                CompareOp.EQ,
                                                new Expr.Attribute(
                                                        Expr.Scope.CONTEXT, "account_status", STATUS, at(44)),
                                                new Expr.Const(enumValue(STATUS, "active"), at(44)),
                                                at(44)),
                                        new Expr.Atom(
                                                "may",
                                                List.of(
                                                        new Expr.Agent(at(45)),
                                                        new Expr.Const(
                                                                new Value.ActionValue("initiate_payment"), at(45))),
                                                at(45))),
                                at(42)),
                        0,
                        null,
                        at(40)),
                new DecisionRule(
                        "large_payment",
                        Effect.ESCALATE,
                        List.of("initiate_payment"),
                        "senior_ops",
                        new Expr.Compare(CompareOp.GE, amount, decimal("10000"), at(49)),
                        10,
                        "payments of 10000 or more need senior ops review",
                        at(47)),
                new DecisionRule(
                        "no_credit_changes",
                        Effect.DENY,
                        List.of("modify_credit_limit"),
                        null,
                        new Expr.Const(new Value.BoolValue(true), at(53)),
                        100,
                        "requires underwriting review",
                        at(53)),
                new DecisionRule(
                        "no_third_party_sharing",
                        Effect.DENY,
                        List.of("share_account_data"),
                        null,
                        new Expr.Compare(
                                CompareOp.NE,
                                new Expr.Attribute(Expr.Scope.REQUEST, "target", PrimitiveType.STRING, at(60)),
                                new Expr.Const(new Value.StringValue("internal"), at(60)),
                                at(60)),
                        100,
                        "account data is never shared with third parties",
                        at(58)));
        Assertion reviewed = new Assertion(
                "large_payments_reviewed",
                new Expr.Implies(
                        new Expr.And(
                                List.of(
                                        new Expr.ActionIs("initiate_payment", at(68)),
                                        new Expr.Compare(CompareOp.GE, amount, decimal("10000"), at(68))),
                                at(68)),
                        new Expr.Compare(
                                CompareOp.NE,
                                new Expr.DecisionRef(at(68)),
                                new Expr.Const(new Value.EffectValue(Effect.PERMIT), at(68)),
                                at(68)),
                        at(68)),
                at(67));
        return Program.of(
                new Metadata("fintech-lending-agent", 3, "compliance-team", LocalDate.of(2026, 3, 1), "UTC"),
                schema,
                relations,
                List.of(grants, may),
                rules,
                Outcome.deny(at(65)),
                Outcome.deny(SourceSpan.builtin()),
                List.of(reviewed),
                List.of());
    }

    /**
     * Every Expr, Regex, Term, BodyLiteral and Value kind at least once, escalate outcomes, declared
     * routes, an optional parameter and an open action.
     */
    /** {@code list<{ sku: string, qty: int, gift?: bool, ... }, 8>}. */
    private static final ListType LINES = new ListType(
            new RecordType(
                    List.of(
                            new RecordType.Member("sku", PrimitiveType.STRING, false),
                            new RecordType.Member("qty", PrimitiveType.INT, false),
                            new RecordType.Member("gift", PrimitiveType.BOOL, true)),
                    true),
            8);

    static Program everyNode() {
        EnumType tier = new EnumType("Tier");
        Schema schema = new Schema(
                List.of(new EnumDecl(tier, List.of("gold", "silver"), at(2))),
                List.of(
                        new Field("opened", PrimitiveType.DATE, at(4)),
                        new Field("tier", tier, at(5)),
                        new Field("score", PrimitiveType.INT, at(6))),
                List.of(
                        new ActionDecl(
                                "crm.delete_contact",
                                List.of(
                                        new Field("email", PrimitiveType.STRING, at(8)),
                                        new Field("count", PrimitiveType.INT, at(8)),
                                        new Field("cost", PrimitiveType.DECIMAL, at(8)),
                                        new Field("note", PrimitiveType.STRING, at(8), true),
                                        new Field("paths", new ListType(PrimitiveType.STRING, 5), at(8)),
                                        new Field("tiers", ListType.of(tier), at(8)),
                                        new Field("lines", LINES, at(8))),
                                at(8)),
                        new ActionDecl(
                                "crm.export", List.of(new Field("email", PrimitiveType.STRING, at(9))), at(9), true)));
        List<Relation> relations = List.of(
                relation("blocked", true, 11, field("who", PrimitiveType.STRING)),
                relation("limit", true, 12, field("who", PrimitiveType.STRING), field("max", PrimitiveType.INT)),
                relation("small", false, 13, field("_1", PrimitiveType.STRING), field("_2", PrimitiveType.INT)),
                relation("ok", false, 14, field("_1", PrimitiveType.STRING)),
                relation(
                        "flags",
                        false,
                        15,
                        field("on", PrimitiveType.BOOL),
                        field("since", PrimitiveType.DATE),
                        field("rate", PrimitiveType.DECIMAL),
                        field("tier", tier),
                        field("act", PrimitiveType.ACTION)));
        Stratum small = new Stratum(
                List.of("small", "flags"),
                List.of(
                        new Clause(
                                atom("small", 16, var("W"), var("M")),
                                List.of(
                                        positive("limit", 16, var("W"), var("M")),
                                        new BodyLiteral.Comparison(
                                                CompareOp.LE, var("M"), constant(new Value.IntValue(-5)), at(16))),
                                at(16)),
                        fact(
                                "flags",
                                17,
                                new Value.BoolValue(false),
                                new Value.DateValue(LocalDate.of(2024, 2, 29)),
                                new Value.DecimalValue(new BigDecimal("0.0500")),
                                enumValue(tier, "gold"),
                                new Value.ActionValue("crm.export"))));
        Stratum ok = new Stratum(
                List.of("ok"),
                List.of(new Clause(
                        atom("ok", 18, var("W")),
                        List.of(
                                positive("small", 18, var("W"), var("_M")),
                                new BodyLiteral.Negated(atom("blocked", 18, var("W")), at(18))),
                        at(18))));
        Expr email = new Expr.Attribute(Expr.Scope.REQUEST, "email", PrimitiveType.STRING, at(21));
        Expr.Attribute paths =
                new Expr.Attribute(Expr.Scope.REQUEST, "paths", new ListType(PrimitiveType.STRING, 5), at(31));
        Expr.Attribute tiers = new Expr.Attribute(Expr.Scope.REQUEST, "tiers", ListType.of(tier), at(32));
        Expr count = new Expr.Attribute(Expr.Scope.REQUEST, "count", PrimitiveType.INT, at(22));
        Expr cost = new Expr.Attribute(Expr.Scope.REQUEST, "cost", PrimitiveType.DECIMAL, at(22));
        Regex.Pattern pattern = new Regex.Pattern(
                new Regex.Concat(List.of(
                        new Regex.Repeat(
                                new Regex.CharClass(
                                        List.of(new Regex.Range('a', 'z'), new Regex.Range('0', '9')), false),
                                1,
                                Regex.Repeat.UNBOUNDED),
                        new Regex.Literal("@"),
                        new Regex.Union(
                                List.of(new Regex.Literal("corp"), new Regex.Repeat(new Regex.AnyChar(), 2, 4))),
                        new Regex.CharClass(List.of(new Regex.Range('é', 'é')), true))),
                true,
                false);
        Expr condition = new Expr.Or(
                List.of(
                        new Expr.Matches(email, pattern, "^[a-z0-9]+@(corp|.{2,4})[^é]", at(21)),
                        new Expr.StringTest(
                                Expr.StringOp.ENDS_WITH,
                                email,
                                new Expr.Const(new Value.StringValue("\"q\"\n"), at(21)),
                                at(21)),
                        new Expr.Compare(
                                CompareOp.GT,
                                new Expr.Arithmetic(
                                        Expr.ArithmeticOp.MUL,
                                        cost,
                                        new Expr.Const(new Value.IntValue(3), at(22)),
                                        PrimitiveType.DECIMAL,
                                        at(22)),
                                new Expr.Arithmetic(
                                        Expr.ArithmeticOp.SUB,
                                        new Expr.Negate(count, at(22)),
                                        new Expr.Length(email, at(22)),
                                        PrimitiveType.INT,
                                        at(22)),
                                at(22)),
                        new Expr.Not(
                                new Expr.InSet(
                                        new Expr.Attribute(Expr.Scope.CONTEXT, "tier", tier, at(23)),
                                        List.of(enumValue(tier, "gold")),
                                        at(23)),
                                at(23)),
                        new Expr.Compare(
                                CompareOp.LE,
                                new Expr.Attribute(Expr.Scope.CONTEXT, "opened", PrimitiveType.DATE, at(24)),
                                new Expr.Const(new Value.DateValue(LocalDate.of(2020, 1, 1)), at(24)),
                                at(24)),
                        new Expr.InSet(
                                new Expr.Attribute(Expr.Scope.TIME, "weekday", EnumType.WEEKDAY, at(25)),
                                List.of(enumValue(EnumType.WEEKDAY, "saturday"), enumValue(EnumType.WEEKDAY, "sunday")),
                                at(25)),
                        new Expr.Compare(
                                CompareOp.EQ,
                                new Expr.Attribute(Expr.Scope.TIME, "hour", PrimitiveType.INT, at(26)),
                                new Expr.Arithmetic(
                                        Expr.ArithmeticOp.ADD,
                                        new Expr.Attribute(Expr.Scope.CONTEXT, "score", PrimitiveType.INT, at(26)),
                                        new Expr.Const(new Value.IntValue(Long.MIN_VALUE), at(26)),
                                        PrimitiveType.INT,
                                        at(26)),
                                at(26)),
                        new Expr.Compare(
                                CompareOp.EQ,
                                new Expr.CurrentAction(at(27)),
                                new Expr.Const(new Value.ActionValue("crm.export"), at(27)),
                                at(27)),
                        new Expr.Atom(
                                "small",
                                List.of(new Expr.Agent(at(28)), new Expr.Wildcard(PrimitiveType.INT, at(28))),
                                at(28)),
                        new Expr.Atom("ok", List.of(email), at(29)),
                        new Expr.Present("note", at(30)),
                        new Expr.Quantifier(
                                Expr.QuantifierKind.ALL,
                                "p",
                                paths,
                                new Expr.StringTest(
                                        Expr.StringOp.STARTS_WITH,
                                        new Expr.Element("p", PrimitiveType.STRING, at(31)),
                                        new Expr.Const(new Value.StringValue("/data/"), at(31)),
                                        at(31)),
                                at(31)),
                        new Expr.Compare(
                                CompareOp.GE,
                                new Expr.Quantifier(
                                        Expr.QuantifierKind.COUNT,
                                        "t",
                                        tiers,
                                        new Expr.Compare(
                                                CompareOp.EQ,
                                                new Expr.Element("t", tier, at(32)),
                                                new Expr.Const(enumValue(tier, "gold"), at(32)),
                                                at(32)),
                                        at(32)),
                                new Expr.ListLength(paths, at(32)),
                                at(32)),
                        new Expr.ListContains(paths, email, at(33)),
                        new Expr.Compare(
                                CompareOp.LT,
                                new Expr.History(
                                        Expr.HistoryAggregate.COUNT,
                                        new HistoryQuery(
                                                "crm.*",
                                                HistoryQuery.EffectFilter.PERMITTED,
                                                List.of(new HistoryQuery.Match.SameAgent()),
                                                new HistoryQuery.Window.Within(60),
                                                Optional.empty()),
                                        at(34)),
                                new Expr.Const(new Value.IntValue(5), at(34)),
                                at(34)),
                        new Expr.Compare(
                                CompareOp.LE,
                                new Expr.History(
                                        Expr.HistoryAggregate.SUM,
                                        new HistoryQuery(
                                                "crm.delete_contact",
                                                HistoryQuery.EffectFilter.ANY,
                                                List.of(new HistoryQuery.Match.SameParameter(
                                                        "email", PrimitiveType.STRING)),
                                                new HistoryQuery.Window.Always(),
                                                Optional.of(new HistoryQuery.Summand("cost", PrimitiveType.DECIMAL))),
                                        at(35)),
                                new Expr.Const(new Value.DecimalValue(new BigDecimal("500.5")), at(35)),
                                at(35)),
                        new Expr.Not(
                                new Expr.History(
                                        Expr.HistoryAggregate.EXISTS,
                                        new HistoryQuery(
                                                "crm.export",
                                                HistoryQuery.EffectFilter.ANY,
                                                List.of(new HistoryQuery.Match.SameSession()),
                                                new HistoryQuery.Window.Within(7 * 24 * 60),
                                                Optional.empty()),
                                        at(36)),
                                at(36)),
                        new Expr.Quantifier(
                                Expr.QuantifierKind.ANY,
                                "l",
                                new Expr.Attribute(Expr.Scope.REQUEST, "lines", LINES, at(33)),
                                new Expr.Compare(
                                        CompareOp.GT,
                                        new Expr.ElementField("l", "qty", PrimitiveType.INT, at(33)),
                                        new Expr.Const(new Value.IntValue(9), at(33)),
                                        at(33)),
                                at(33)),
                        new Expr.Exists(
                                List.of(new Expr.Var("M", PrimitiveType.INT, at(30))),
                                List.of(new Expr.Atom(
                                        "limit",
                                        List.of(new Expr.Agent(at(30)), new Expr.Var("M", PrimitiveType.INT, at(30))),
                                        at(30))),
                                new Expr.Compare(
                                        CompareOp.LE,
                                        new Expr.Attribute(Expr.Scope.CONTEXT, "score", PrimitiveType.INT, at(30)),
                                        new Expr.Var("M", PrimitiveType.INT, at(30)),
                                        at(30)),
                                at(30))),
                at(20));
        List<DecisionRule> rules = List.of(
                new DecisionRule(
                        "review_deletes",
                        Effect.ESCALATE,
                        List.of("crm.delete_contact"),
                        "privacy",
                        condition,
                        Long.MAX_VALUE,
                        "deletes need review",
                        at(19)),
                new DecisionRule(
                        "exports",
                        Effect.PERMIT,
                        List.of("crm.delete_contact", "crm.export"),
                        null,
                        new Expr.StringTest(
                                Expr.StringOp.STARTS_WITH,
                                email,
                                new Expr.Const(new Value.StringValue("ops-"), at(31)),
                                at(31)),
                        -7,
                        null,
                        at(30)));
        Assertion routed = new Assertion(
                "escalations_are_routed",
                new Expr.Implies(
                        new Expr.Compare(
                                CompareOp.EQ,
                                new Expr.DecisionRef(at(34)),
                                new Expr.Const(new Value.EffectValue(Effect.ESCALATE), at(34)),
                                at(34)),
                        new Expr.StringTest(
                                Expr.StringOp.CONTAINS,
                                new Expr.RouteRef(at(34)),
                                new Expr.Const(new Value.StringValue("i"), at(34)),
                                at(34)),
                        at(34)),
                at(33));
        return Program.of(
                new Metadata("every-node", Long.MIN_VALUE, null, null, "Europe/Paris"),
                schema,
                relations,
                List.of(small, ok),
                rules,
                new Outcome(Effect.ESCALATE, "privacy", at(36)),
                new Outcome(Effect.ESCALATE, "security", at(37)),
                List.of(routed),
                List.of("privacy", "security"));
    }

    private static Relation relation(String name, boolean input, int line, Field... columns) {
        return new Relation(name, List.of(columns), input, at(line));
    }

    private static Field field(String name, dev.charter.runtime.ir.ValueType type) {
        return new Field(name, type, at(1));
    }

    private static Value enumValue(EnumType type, String value) {
        return new Value.EnumValue(type, value);
    }

    private static Expr decimal(String value) {
        return new Expr.Const(new Value.DecimalValue(new BigDecimal(value)), at(43));
    }

    private static Term var(String name) {
        return new Term.Variable(name, at(1));
    }

    private static Term constant(Value value) {
        return new Term.Constant(value, at(1));
    }

    private static DatalogAtom atom(String relation, int line, Term... terms) {
        return new DatalogAtom(relation, List.of(terms), at(line));
    }

    private static BodyLiteral positive(String relation, int line, Term... terms) {
        return new BodyLiteral.Positive(atom(relation, line, terms));
    }

    private static Clause fact(String relation, int line, Value... values) {
        Term[] terms = new Term[values.length];
        for (int i = 0; i < values.length; i++) {
            terms[i] = constant(values[i]);
        }
        return new Clause(atom(relation, line, terms), List.of(), at(line));
    }
}
