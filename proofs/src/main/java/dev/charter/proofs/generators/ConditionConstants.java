package dev.charter.proofs.generators;

import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.ExprVisitor;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one condition for the constants it singles out: an attribute compared with a constant
 * gives the constant and, when ordered, its neighbours; {@code in} gives each member; the string
 * predicates give prefixes, suffixes and infixes; {@code len(attr)} compared with n gives strings of
 * length n and n ± 1; a date attribute minus a date constant compared with n gives the date n days
 * after the constant and its neighbours (and likewise the other way round); an attribute or the agent inside a Datalog atom names a relation column
 * whose values are worth trying, and so does an attribute compared with a variable bound to a column. Every constant also goes to the pool of its type.
 */
final class ConditionConstants implements ExprVisitor<Void> {

    /** Where the constants of one condition go. */
    interface Sink {
        void target(Expr.Attribute attribute, Value value, BiasTarget.Kind kind);

        void column(Expr argument, String relation, int position);

        void constant(Value value);

        /**
         * An attribute compared with a variable that takes its values from column
         * {@code position} of {@code relation} ({@code limit(agent, L) and request.amount <= L}):
         * the column's values, and their neighbours, are worth trying.
         */
        void compared(Expr.Attribute attribute, String relation, int position);
    }

    /** Requests carry dates of four-digit years. */
    private static final LocalDate FIRST_DATE = LocalDate.of(0, 1, 1);

    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    /** Farther than the calendar requests can carry, a difference in days singles out no date. */
    private static final long MAX_DAYS = 10_000L * 366;

    private final Sink sink;
    private final Map<String, Map.Entry<String, Integer>> variables = new HashMap<>();

    private ConditionConstants(Sink sink) {
        this.sink = sink;
    }

    static void read(Expr condition, Sink sink) {
        condition.accept(new ConditionConstants(sink));
    }

    private Void all(List<Expr> children) {
        children.forEach(c -> c.accept(this));
        return null;
    }

    public Void visitConst(Expr.Const n) {
        sink.constant(n.value());
        return null;
    }

    public Void visitAttribute(Expr.Attribute n) {
        return null;
    }

    public Void visitPresent(Expr.Present n) {
        return null;
    }

    public Void visitAgent(Expr.Agent n) {
        return null;
    }

    public Void visitCurrentAction(Expr.CurrentAction n) {
        return null;
    }

    public Void visitActionIs(Expr.ActionIs n) {
        return null;
    }

    public Void visitDecisionRef(Expr.DecisionRef n) {
        return null;
    }

    public Void visitRouteRef(Expr.RouteRef n) {
        return null;
    }

    public Void visitNot(Expr.Not n) {
        return all(List.of(n.operand()));
    }

    public Void visitAnd(Expr.And n) {
        return all(n.operands());
    }

    public Void visitOr(Expr.Or n) {
        return all(n.operands());
    }

    public Void visitImplies(Expr.Implies n) {
        return all(List.of(n.premise(), n.conclusion()));
    }

    public Void visitCompare(Expr.Compare n) {
        compared(n.left(), n.right(), n.op());
        compared(n.right(), n.left(), n.op());
        return all(List.of(n.left(), n.right()));
    }

    private void compared(Expr side, Expr other, CompareOp op) {
        if (other instanceof Expr.Var v
                && side instanceof Expr.Attribute attribute
                && variables.containsKey(v.name())) {
            Map.Entry<String, Integer> column = variables.get(v.name());
            sink.compared(attribute, column.getKey(), column.getValue());
            return;
        }
        if (!(other instanceof Expr.Const constant)) {
            return;
        }
        if (side instanceof Expr.Attribute attribute) {
            neighbours(attribute.type(), constant.value(), v -> sink.target(attribute, v, BiasTarget.Kind.EXACT));
        } else if (side instanceof Expr.Length length
                && length.operand() instanceof Expr.Attribute attribute
                && constant.value() instanceof Value.IntValue n) {
            for (long size = Math.max(0, n.value() - 1); size <= n.value() + 1 && size <= 64; size++) {
                sink.target(attribute, new Value.StringValue("a".repeat((int) size)), BiasTarget.Kind.EXACT);
            }
        } else if (side instanceof Expr.Arithmetic days
                && days.left().type() == PrimitiveType.DATE
                && constant.value() instanceof Value.IntValue n
                && Math.abs(n.value()) <= MAX_DAYS) {
            daysApart(days.left(), days.right(), n.value());
            daysApart(days.right(), days.left(), -n.value());
        }
    }

    /** {@code date - other == days}: the date {@code days} after a constant {@code other}, and the dates beside it. */
    private void daysApart(Expr date, Expr other, long days) {
        if (date instanceof Expr.Attribute attribute
                && other instanceof Expr.Const c
                && c.value() instanceof Value.DateValue from) {
            LocalDate target = from.value().plusDays(days);
            if (!target.isBefore(FIRST_DATE) && !target.isAfter(LAST_DATE)) {
                neighbours(
                        PrimitiveType.DATE,
                        new Value.DateValue(target),
                        v -> sink.target(attribute, v, BiasTarget.Kind.EXACT));
            }
        }
    }

    /** The constant and, for an ordered type, the values just beside it that a request can carry. */
    static void neighbours(ValueType type, Value constant, Consumer<Value> into) {
        if (type == PrimitiveType.INT && constant instanceof Value.IntValue i) {
            into.accept(i);
            if (i.value() > Long.MIN_VALUE) {
                into.accept(new Value.IntValue(i.value() - 1));
            }
            if (i.value() < Long.MAX_VALUE) {
                into.accept(new Value.IntValue(i.value() + 1));
            }
        } else if (type == PrimitiveType.DECIMAL
                && (constant instanceof Value.DecimalValue || constant instanceof Value.IntValue)) {
            BigDecimal c = new BigDecimal(constant.toString());
            BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(2, c.scale()));
            for (BigDecimal delta : List.of(BigDecimal.ZERO, BigDecimal.ONE, step)) {
                into.accept(new Value.DecimalValue(c.add(delta)));
                into.accept(new Value.DecimalValue(c.subtract(delta)));
            }
        } else if (type == PrimitiveType.DATE && constant instanceof Value.DateValue d) {
            into.accept(d);
            into.accept(new Value.DateValue(d.value().minusDays(1)));
            into.accept(new Value.DateValue(d.value().plusDays(1)));
        } else if (type.equals(constant.type()) || type instanceof EnumType) {
            into.accept(constant);
        }
    }

    public Void visitInSet(Expr.InSet n) {
        if (n.operand() instanceof Expr.Attribute attribute) {
            n.values().forEach(v -> sink.target(attribute, v, BiasTarget.Kind.EXACT));
        }
        n.values().forEach(sink::constant);
        return all(List.of(n.operand()));
    }

    public Void visitArithmetic(Expr.Arithmetic n) {
        return all(List.of(n.left(), n.right()));
    }

    public Void visitNegate(Expr.Negate n) {
        return all(List.of(n.operand()));
    }

    public Void visitStringTest(Expr.StringTest n) {
        if (n.left() instanceof Expr.Attribute attribute && n.right() instanceof Expr.Const constant) {
            BiasTarget.Kind kind = switch (n.op()) {
                case STARTS_WITH -> BiasTarget.Kind.PREFIX;
                case ENDS_WITH -> BiasTarget.Kind.SUFFIX;
                case CONTAINS -> BiasTarget.Kind.INFIX;
            };
            sink.target(attribute, constant.value(), kind);
        }
        return all(List.of(n.left(), n.right()));
    }

    public Void visitMatches(Expr.Matches n) {
        return all(List.of(n.operand()));
    }

    public Void visitLength(Expr.Length n) {
        return all(List.of(n.operand()));
    }

    public Void visitAtom(Expr.Atom n) {
        for (int i = 0; i < n.arguments().size(); i++) {
            sink.column(n.arguments().get(i), n.relation(), i);
        }
        return all(n.arguments());
    }

    public Void visitWildcard(Expr.Wildcard n) {
        return null;
    }

    public Void visitVar(Expr.Var n) {
        return null;
    }

    /** Each variable names the column where its atom first binds it, while its body is read. */
    public Void visitExists(Expr.Exists n) {
        for (Expr.Atom atom : n.atoms()) {
            for (int i = 0; i < atom.arguments().size(); i++) {
                if (atom.arguments().get(i) instanceof Expr.Var v) {
                    variables.putIfAbsent(v.name(), Map.entry(atom.relation(), i));
                }
            }
        }
        all(n.children());
        n.variables().forEach(v -> variables.remove(v.name()));
        return null;
    }

    /** An element's constants go to the pool of its type, from which the list's elements are drawn. */
    public Void visitQuantifier(Expr.Quantifier n) {
        return all(n.children());
    }

    public Void visitElement(Expr.Element n) {
        return null;
    }

    public Void visitElementField(Expr.ElementField n) {
        return null;
    }

    public Void visitListLength(Expr.ListLength n) {
        return null;
    }

    public Void visitListContains(Expr.ListContains n) {
        return all(n.children());
    }

    /** A history term reads no attribute of the request against a constant: it singles out nothing. */
    public Void visitHistory(Expr.History n) {
        return null;
    }
}
