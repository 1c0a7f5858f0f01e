package dev.charter.runtime;

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
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.ir.Term;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The fintech constitution of LANGUAGE.md section 1, lowered into IR by hand (line numbers are
 * those of {@code examples/fintech/lending.charter}), with the fact snapshot of section 2.
 */
final class FintechProgram {

    static final String FILE = "lending.charter";
    static final EnumType ACCOUNT_STATUS = new EnumType("AccountStatus");
    static final EnumType ROLE = new EnumType("Role");

    static final String SNAPSHOT_JSON = """
            { "relations": {
                "role":      [["orchestrator", "teller"]],
                "delegates": [["orchestrator", "lending-agent-v2", "initiate_payment"]] } }
            """;

    private FintechProgram() {}

    /** An engine for {@link #program()} with {@link #snapshot()} attached. */
    static Engine engine() {
        Engine engine = Engine.forProgram(program());
        engine.attach(snapshot());
        return engine;
    }

    static FactSnapshot snapshot() {
        return FactSnapshot.parse(SNAPSHOT_JSON.getBytes(StandardCharsets.UTF_8));
    }

    static SourceSpan at(int line) {
        return new SourceSpan(FILE, line, 1, line, 1);
    }

    static Program program() {
        Schema schema = new Schema(
                List.of(
                        new EnumDecl(ACCOUNT_STATUS, List.of("active", "frozen", "closed"), at(9)),
                        new EnumDecl(ROLE, List.of("teller", "senior_ops", "auditor"), at(10))),
                List.of(
                        field("identity_verified", PrimitiveType.BOOL, 13),
                        field("account_status", ACCOUNT_STATUS, 14),
                        field("market_halted", PrimitiveType.BOOL, 15)),
                List.of(
                        new ActionDecl("display_account_balance", List.of(), at(18)),
                        new ActionDecl(
                                "initiate_payment",
                                List.of(
                                        field("amount", PrimitiveType.DECIMAL, 19),
                                        field("destination", PrimitiveType.STRING, 19)),
                                at(19)),
                        new ActionDecl(
                                "modify_credit_limit", List.of(field("new_limit", PrimitiveType.DECIMAL, 20)), at(20)),
                        new ActionDecl(
                                "share_account_data", List.of(field("target", PrimitiveType.STRING, 21)), at(21))));
        List<Relation> relations = List.of(
                new Relation(
                        "role",
                        List.of(field("agent", PrimitiveType.STRING, 25), field("role", ROLE, 25)),
                        true,
                        at(25)),
                new Relation(
                        "delegates",
                        List.of(
                                field("from", PrimitiveType.STRING, 26),
                                field("to", PrimitiveType.STRING, 26),
                                field("act", PrimitiveType.ACTION, 26)),
                        true,
                        at(26)),
                new Relation(
                        "grants",
                        List.of(field("role", ROLE, 27), field("act", PrimitiveType.ACTION, 27)),
                        false,
                        at(27)),
                new Relation(
                        "may",
                        List.of(field("_1", PrimitiveType.STRING, 32), field("_2", PrimitiveType.ACTION, 32)),
                        false,
                        at(32)));
        List<Stratum> strata = List.of(
                new Stratum(
                        List.of("grants"),
                        List.of(
                                fact("grants", 29, enumValue(ROLE, "teller"), action("initiate_payment")),
                                fact("grants", 30, enumValue(ROLE, "teller"), action("display_account_balance")))),
                new Stratum(
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
                                        at(33)))));
        Expr verified = attribute(Expr.Scope.CONTEXT, "identity_verified", PrimitiveType.BOOL, 38);
        Expr amount = attribute(Expr.Scope.REQUEST, "amount", PrimitiveType.DECIMAL, 42);
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
                                        attribute(Expr.Scope.CONTEXT, "identity_verified", PrimitiveType.BOOL, 42),
                                        compare(CompareOp.LT, amount, decimal("10000"), 43),
                                        compare(
                                                CompareOp.EQ,
                                                attribute(Expr.Scope.CONTEXT, "account_status", ACCOUNT_STATUS, 44),
                                                constant(enumValue(ACCOUNT_STATUS, "active"), 44),
                                                44),
                                        new Expr.Atom(
                                                "may",
                                                List.of(
                                                        new Expr.Agent(at(45)),
                                                        constant(action("initiate_payment"), 45)),
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
                        compare(
                                CompareOp.GE,
                                attribute(Expr.Scope.REQUEST, "amount", PrimitiveType.DECIMAL, 49),
                                decimal("10000"),
                                49),
                        10,
                        "payments of 10000 or more need senior ops review",
                        at(47)),
                new DecisionRule(
                        "no_credit_changes",
                        Effect.DENY,
                        List.of("modify_credit_limit"),
                        null,
                        truth(55),
                        100,
                        "requires underwriting review",
                        at(53)),
                new DecisionRule(
                        "no_third_party_sharing",
                        Effect.DENY,
                        List.of("share_account_data"),
                        null,
                        compare(
                                CompareOp.NE,
                                attribute(Expr.Scope.REQUEST, "target", PrimitiveType.STRING, 60),
                                constant(new Value.StringValue("internal"), 60),
                                60),
                        100,
                        "account data is never shared with third parties",
                        at(58)));
        Assertion assertion = new Assertion(
                "large_payments_reviewed",
                new Expr.Implies(
                        new Expr.And(
                                List.of(
                                        new Expr.ActionIs("initiate_payment", at(67)),
                                        compare(
                                                CompareOp.GE,
                                                attribute(Expr.Scope.REQUEST, "amount", PrimitiveType.DECIMAL, 67),
                                                decimal("10000"),
                                                67)),
                                at(67)),
                        compare(
                                CompareOp.NE,
                                new Expr.DecisionRef(at(67)),
                                constant(new Value.EffectValue(Effect.PERMIT), 67),
                                67),
                        at(67)),
                at(66));
        return Program.of(
                new Metadata("fintech-lending-agent", 3, "compliance-team", LocalDate.of(2026, 3, 1), "UTC"),
                schema,
                relations,
                strata,
                rules,
                Outcome.deny(at(64)),
                Outcome.deny(SourceSpan.builtin()),
                List.of(assertion),
                List.of());
    }

    /** The request of LANGUAGE.md section 2 with another amount and agent. */
    static Request.Builder payment(String agent, String amount) {
        return Request.builder()
                .agent(agent)
                .action("initiate_payment")
                .param("amount", new BigDecimal(amount))
                .param("destination", "external-account")
                .context("identity_verified", true)
                .context("account_status", "active")
                .context("market_halted", false)
                .time(java.time.Instant.parse("2026-04-14T11:42:09Z"));
    }

    static Field field(String name, ValueType type, int line) {
        return new Field(name, type, at(line));
    }

    static Value enumValue(EnumType type, String value) {
        return new Value.EnumValue(type, value);
    }

    static Value action(String name) {
        return new Value.ActionValue(name);
    }

    static Expr.Const decimal(String value) {
        return new Expr.Const(new Value.DecimalValue(new BigDecimal(value)), SourceSpan.builtin());
    }

    static Expr.Const constant(Value value, int line) {
        return new Expr.Const(value, at(line));
    }

    static Expr.Const truth(int line) {
        return new Expr.Const(new Value.BoolValue(true), at(line));
    }

    static Expr.Attribute attribute(Expr.Scope scope, String name, ValueType type, int line) {
        return new Expr.Attribute(scope, name, type, at(line));
    }

    static Expr.Compare compare(CompareOp op, Expr left, Expr right, int line) {
        return new Expr.Compare(op, left, right, at(line));
    }

    static Term var(String name) {
        return new Term.Variable(name, SourceSpan.builtin());
    }

    static Term value(Value v) {
        return new Term.Constant(v, SourceSpan.builtin());
    }

    static DatalogAtom atom(String relation, int line, Term... terms) {
        return new DatalogAtom(relation, List.of(terms), at(line));
    }

    static BodyLiteral positive(String relation, int line, Term... terms) {
        return new BodyLiteral.Positive(atom(relation, line, terms));
    }

    static Clause fact(String relation, int line, Value... values) {
        return new Clause(
                atom(
                        relation,
                        line,
                        java.util.Arrays.stream(values)
                                .map(FintechProgram::value)
                                .toArray(Term[]::new)),
                List.of(),
                at(line));
    }
}
