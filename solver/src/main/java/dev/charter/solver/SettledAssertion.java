package dev.charter.solver;

import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.ExprVisitor;
import dev.charter.runtime.ir.Value;
import java.util.List;

/**
 * An assertion's condition with the decision already known: every {@code decision} and
 * {@code route} replaced by its value, wherever it stands ({@code route == request.target},
 * {@code route starts_with "desk"}, an atom's argument…), so that what is left is a condition the
 * runtime evaluates as a rule's — which is how a refuted assertion's witness is checked by the
 * runtime. Nothing is left unsettled, so no refutation escapes that check.
 */
final class SettledAssertion implements ExprVisitor<Expr> {

    private final Effect effect;
    private final String route;

    private SettledAssertion(Effect effect, String route) {
        this.effect = effect;
        this.route = route;
    }

    /** @param route the decision's route, {@code ""} when it has none (as the encoding reads it) */
    static Expr settle(Expr condition, Effect effect, String route) {
        return condition.accept(new SettledAssertion(effect, route));
    }

    private Expr settled(Expr e) {
        return e.accept(this);
    }

    private List<Expr> settled(List<Expr> es) {
        return es.stream().map(this::settled).toList();
    }

    public Expr visitDecisionRef(Expr.DecisionRef d) {
        return new Expr.Const(new Value.EffectValue(effect), d.span());
    }

    public Expr visitRouteRef(Expr.RouteRef r) {
        return new Expr.Const(new Value.StringValue(route), r.span());
    }

    public Expr visitConst(Expr.Const c) {
        return c;
    }

    public Expr visitAttribute(Expr.Attribute a) {
        return a;
    }

    public Expr visitPresent(Expr.Present p) {
        return p;
    }

    public Expr visitAgent(Expr.Agent a) {
        return a;
    }

    public Expr visitCurrentAction(Expr.CurrentAction a) {
        return a;
    }

    public Expr visitActionIs(Expr.ActionIs a) {
        return a;
    }

    public Expr visitWildcard(Expr.Wildcard w) {
        return w;
    }

    public Expr visitNot(Expr.Not n) {
        return new Expr.Not(settled(n.operand()), n.span());
    }

    public Expr visitAnd(Expr.And a) {
        return new Expr.And(settled(a.operands()), a.span());
    }

    public Expr visitOr(Expr.Or o) {
        return new Expr.Or(settled(o.operands()), o.span());
    }

    public Expr visitImplies(Expr.Implies i) {
        return new Expr.Implies(settled(i.premise()), settled(i.conclusion()), i.span());
    }

    public Expr visitCompare(Expr.Compare c) {
        return new Expr.Compare(c.op(), settled(c.left()), settled(c.right()), c.span());
    }

    public Expr visitInSet(Expr.InSet s) {
        return new Expr.InSet(settled(s.operand()), s.values(), s.span());
    }

    public Expr visitArithmetic(Expr.Arithmetic a) {
        return new Expr.Arithmetic(a.op(), settled(a.left()), settled(a.right()), a.type(), a.span());
    }

    public Expr visitNegate(Expr.Negate n) {
        return new Expr.Negate(settled(n.operand()), n.span());
    }

    public Expr visitStringTest(Expr.StringTest s) {
        return new Expr.StringTest(s.op(), settled(s.left()), settled(s.right()), s.span());
    }

    public Expr visitMatches(Expr.Matches m) {
        return new Expr.Matches(settled(m.operand()), m.pattern(), m.source(), m.span());
    }

    public Expr visitLength(Expr.Length l) {
        return new Expr.Length(settled(l.operand()), l.span());
    }

    public Expr visitAtom(Expr.Atom a) {
        return new Expr.Atom(a.relation(), settled(a.arguments()), a.span());
    }

    public Expr visitVar(Expr.Var v) {
        return v;
    }

    public Expr visitExists(Expr.Exists e) {
        return new Expr.Exists(
                e.variables(),
                e.atoms().stream().map(a -> (Expr.Atom) settled(a)).toList(),
                settled(e.body()),
                e.span());
    }

    public Expr visitQuantifier(Expr.Quantifier q) {
        return new Expr.Quantifier(q.kind(), q.variable(), q.list(), settled(q.body()), q.span());
    }

    public Expr visitElement(Expr.Element e) {
        return e;
    }

    public Expr visitElementField(Expr.ElementField e) {
        return e;
    }

    public Expr visitListLength(Expr.ListLength l) {
        return l;
    }

    public Expr visitListContains(Expr.ListContains c) {
        return new Expr.ListContains(c.list(), settled(c.value()), c.span());
    }

    public Expr visitHistory(Expr.History h) {
        return h;
    }
}
