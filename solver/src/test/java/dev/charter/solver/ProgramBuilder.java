package dev.charter.solver;

import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Assertion;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.EnumDecl;
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
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds IR programs by hand for tests: a small schema, rules and assertions, one line each. */
final class ProgramBuilder {

    static final SourceSpan AT = new SourceSpan("test.charter", 1, 1, 1, 1);

    private final List<EnumDecl> enums = new ArrayList<>();
    private final List<Field> context = new ArrayList<>();
    private final List<ActionDecl> actions = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Stratum> strata = new ArrayList<>();
    private final List<DecisionRule> rules = new ArrayList<>();
    private final List<Assertion> assertions = new ArrayList<>();
    private Outcome fallback = Outcome.deny(AT);
    private Outcome onConflict = Outcome.deny(AT);
    private int line = 1;

    ProgramBuilder enumType(String name, String... values) {
        enums.add(new EnumDecl(new dev.charter.runtime.ir.EnumType(name), List.of(values), AT));
        return this;
    }

    ProgramBuilder context(String name, ValueType type) {
        context.add(new Field(name, type, AT));
        return this;
    }

    ProgramBuilder action(String name, Field... parameters) {
        actions.add(new ActionDecl(name, List.of(parameters), AT));
        return this;
    }

    static Field param(String name, ValueType type) {
        return new Field(name, type, AT);
    }

    ProgramBuilder relation(Relation relation, Stratum stratum) {
        relations.add(relation);
        if (stratum != null) {
            strata.add(stratum);
        }
        return this;
    }

    ProgramBuilder rule(String name, Effect effect, String action, Expr condition, long priority) {
        return rule(name, effect, List.of(action), condition, priority, effect == Effect.ESCALATE ? "review" : null);
    }

    ProgramBuilder rule(String name, Effect effect, List<String> actions, Expr condition, long priority, String route) {
        SourceSpan span = new SourceSpan("test.charter", ++line, 1, line, 10);
        rules.add(new DecisionRule(name, effect, actions, route, condition, priority, null, span));
        return this;
    }

    ProgramBuilder assertion(String name, Expr condition) {
        assertions.add(new Assertion(name, condition, new SourceSpan("test.charter", ++line, 1, line, 10)));
        return this;
    }

    ProgramBuilder defaultOutcome(Outcome outcome) {
        this.fallback = outcome;
        return this;
    }

    ProgramBuilder conflictOutcome(Outcome outcome) {
        this.onConflict = outcome;
        return this;
    }

    Program build() {
        return Program.of(
                new Metadata("test", 1, null, null, "UTC"),
                new Schema(enums, context, actions),
                relations,
                strata,
                rules,
                fallback,
                onConflict,
                assertions,
                List.of());
    }

    static Expr request(String name, ValueType type) {
        return new Expr.Attribute(Expr.Scope.REQUEST, name, type, AT);
    }

    static Expr contextAttribute(String name, ValueType type) {
        return new Expr.Attribute(Expr.Scope.CONTEXT, name, type, AT);
    }

    static Expr hour() {
        return new Expr.Attribute(Expr.Scope.TIME, "hour", PrimitiveType.INT, AT);
    }

    static Expr decimal(String value) {
        return new Expr.Const(new Value.DecimalValue(new BigDecimal(value)), AT);
    }

    static Expr integer(long value) {
        return new Expr.Const(new Value.IntValue(value), AT);
    }

    static Expr string(String value) {
        return new Expr.Const(new Value.StringValue(value), AT);
    }

    static Expr compare(Expr left, CompareOp op, Expr right) {
        return new Expr.Compare(op, left, right, AT);
    }

    static Expr and(Expr... operands) {
        return new Expr.And(List.of(operands), AT);
    }

    static Expr or(Expr... operands) {
        return new Expr.Or(List.of(operands), AT);
    }

    static Expr not(Expr operand) {
        return new Expr.Not(operand, AT);
    }

    static Expr yes() {
        return new Expr.Const(new Value.BoolValue(true), AT);
    }

    static Expr decisionIs(Effect effect) {
        return new Expr.Compare(
                CompareOp.EQ, new Expr.DecisionRef(AT), new Expr.Const(new Value.EffectValue(effect), AT), AT);
    }

    static Expr implies(Expr premise, Expr conclusion) {
        return new Expr.Implies(premise, conclusion, AT);
    }
}
