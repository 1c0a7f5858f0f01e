package dev.charter.runtime;

import dev.charter.runtime.datalog.Fact;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.ExprVisitor;
import dev.charter.runtime.ir.TimeAttribute;
import dev.charter.runtime.ir.Value;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A condition of the IR written back as Charter source text, for explanations: {@code time.of_day
 * < 16:00}, {@code may(agent, initiate_payment)}, {@code request.amount * 2 > 100}. Operands are
 * parenthesised only where the precedence of docs/language.md §6 needs it; a time of day compared
 * with {@code time.of_day} is written {@code HH:MM}, as in the source.
 */
final class ConditionText implements ExprVisitor<String> {

    private static final int IMPLIES = 1;
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int COMPARE = 5;
    private static final int SUM = 6;
    private static final int PRODUCT = 7;
    private static final int PRIMARY = 8;

    private static final ConditionText INSTANCE = new ConditionText();

    private ConditionText() {}

    /** The expression as Charter source text. */
    static String of(Expr e) {
        return e.accept(INSTANCE);
    }

    /** A time of day in minutes since midnight as {@code HH:MM}. */
    static String timeOfDay(long minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    private static int precedence(Expr e) {
        if (e instanceof Expr.Implies) {
            return IMPLIES;
        }
        if (e instanceof Expr.Or) {
            return OR;
        }
        if (e instanceof Expr.And || e instanceof Expr.Exists) {
            return AND;
        }
        if (e instanceof Expr.Not n) {
            return n.operand() instanceof Expr.InSet || n.operand() instanceof Expr.Present ? COMPARE : NOT;
        }
        if (e instanceof Expr.Compare
                || e instanceof Expr.Present
                || e instanceof Expr.InSet
                || e instanceof Expr.Matches
                || e instanceof Expr.StringTest
                || e instanceof Expr.ListContains) {
            return COMPARE;
        }
        if (e instanceof Expr.Arithmetic a) {
            return a.op() == Expr.ArithmeticOp.MUL ? PRODUCT : SUM;
        }
        return PRIMARY;
    }

    /** {@code e} as an operand that needs at least precedence {@code needed}. */
    private static String operand(Expr e, int needed) {
        String text = of(e);
        return precedence(e) < needed ? "(" + text + ")" : text;
    }

    private static String joined(List<Expr> operands, String keyword, int level) {
        return operands.stream().map(o -> operand(o, level + 1)).collect(Collectors.joining(" " + keyword + " "));
    }

    private static boolean isTimeOfDay(Expr e) {
        return e instanceof Expr.Attribute a
                && a.scope() == Expr.Scope.TIME
                && a.name().equals(TimeAttribute.OF_DAY.attributeName());
    }

    /** A side of a comparison with {@code other}: a constant compared with time.of_day is written HH:MM. */
    private static String side(Expr e, Expr other) {
        if (isTimeOfDay(other)
                && e instanceof Expr.Const c
                && c.value() instanceof Value.IntValue i
                && i.value() >= 0
                && i.value() < 24 * 60) {
            return timeOfDay(i.value());
        }
        return operand(e, SUM);
    }

    private static String literal(Value v) {
        return Fact.literal(v);
    }

    public String visitConst(Expr.Const c) {
        return literal(c.value());
    }

    public String visitAttribute(Expr.Attribute a) {
        return a.path();
    }

    public String visitPresent(Expr.Present p) {
        return p.path() + " != null";
    }

    public String visitAgent(Expr.Agent a) {
        return "agent";
    }

    public String visitCurrentAction(Expr.CurrentAction a) {
        return "action";
    }

    public String visitActionIs(Expr.ActionIs a) {
        return a.action().matches("[A-Za-z_][A-Za-z0-9_]*")
                ? a.action()
                : "action == " + literal(new Value.StringValue(a.action()));
    }

    public String visitDecisionRef(Expr.DecisionRef d) {
        return "decision";
    }

    public String visitRouteRef(Expr.RouteRef r) {
        return "route";
    }

    public String visitNot(Expr.Not n) {
        if (n.operand() instanceof Expr.InSet in) {
            return operand(in.operand(), SUM) + " not in " + members(in);
        }
        if (n.operand() instanceof Expr.Present p) {
            return p.path() + " == null";
        }
        return "not " + operand(n.operand(), NOT);
    }

    public String visitAnd(Expr.And a) {
        return joined(a.operands(), "and", AND);
    }

    public String visitOr(Expr.Or o) {
        return joined(o.operands(), "or", OR);
    }

    public String visitImplies(Expr.Implies i) {
        return operand(i.premise(), OR) + " => " + operand(i.conclusion(), IMPLIES);
    }

    public String visitCompare(Expr.Compare c) {
        return side(c.left(), c.right()) + " " + c.op().symbol() + " " + side(c.right(), c.left());
    }

    public String visitInSet(Expr.InSet s) {
        return operand(s.operand(), SUM) + " in " + members(s);
    }

    private static String members(Expr.InSet s) {
        return s.values().stream().map(ConditionText::literal).collect(Collectors.joining(", ", "{", "}"));
    }

    public String visitArithmetic(Expr.Arithmetic a) {
        int level = a.op() == Expr.ArithmeticOp.MUL ? PRODUCT : SUM;
        return operand(a.left(), level) + " " + a.op().symbol() + " " + operand(a.right(), level + 1);
    }

    public String visitNegate(Expr.Negate n) {
        return "-" + operand(n.operand(), PRIMARY);
    }

    public String visitStringTest(Expr.StringTest s) {
        return operand(s.left(), SUM) + " " + s.op().keyword() + " " + operand(s.right(), SUM);
    }

    public String visitMatches(Expr.Matches m) {
        return operand(m.operand(), SUM) + " matches /" + m.source() + "/";
    }

    public String visitLength(Expr.Length l) {
        return "len(" + of(l.operand()) + ")";
    }

    public String visitAtom(Expr.Atom a) {
        return a.relation() + a.arguments().stream().map(ConditionText::of).collect(Collectors.joining(", ", "(", ")"));
    }

    public String visitWildcard(Expr.Wildcard w) {
        return "_";
    }

    public String visitVar(Expr.Var v) {
        return v.name();
    }

    /** {@code limit(agent, L) and request.amount <= L}: the atoms, then the body unless it is {@code true}. */
    public String visitExists(Expr.Exists e) {
        List<Expr> parts = new java.util.ArrayList<>(e.atoms());
        if (!(e.body() instanceof Expr.Const c && c.value() instanceof Value.BoolValue b && b.value())) {
            parts.add(e.body());
        }
        return joined(parts, "and", AND);
    }

    public String visitQuantifier(Expr.Quantifier q) {
        return q.kind().keyword() + "(" + q.variable() + " in " + of(q.list()) + ": " + of(q.body()) + ")";
    }

    public String visitElement(Expr.Element e) {
        return e.variable();
    }

    public String visitElementField(Expr.ElementField e) {
        return e.variable() + "." + e.member();
    }

    public String visitListLength(Expr.ListLength l) {
        return "len(" + of(l.list()) + ")";
    }

    public String visitListContains(Expr.ListContains c) {
        return of(c.list()) + " contains " + operand(c.value(), SUM);
    }

    public String visitHistory(Expr.History h) {
        return h.text();
    }
}
