package dev.charter.solver;

import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Value;

/**
 * An assertion's condition with the decision already known: every test of {@code decision} or
 * {@code route} replaced by its truth value, so that what is left is a condition the runtime can
 * evaluate as a rule's — which is how a refuted assertion's witness is checked by the runtime.
 */
final class SettledAssertion {

    private SettledAssertion() {
    }

    static Expr settle(Expr condition, Effect effect, String route) {
        if (condition instanceof Expr.Not n) {
            return new Expr.Not(settle(n.operand(), effect, route), n.span());
        }
        if (condition instanceof Expr.And a) {
            return new Expr.And(a.operands().stream().map(o -> settle(o, effect, route)).toList(), a.span());
        }
        if (condition instanceof Expr.Or o) {
            return new Expr.Or(o.operands().stream().map(x -> settle(x, effect, route)).toList(), o.span());
        }
        if (condition instanceof Expr.Implies i) {
            return new Expr.Implies(settle(i.premise(), effect, route), settle(i.conclusion(), effect, route), i.span());
        }
        if (condition instanceof Expr.InSet s && known(s.operand(), effect, route) != null) {
            return truth(s.values().contains(known(s.operand(), effect, route)), s);
        }
        if (condition instanceof Expr.Compare c && (c.op() == CompareOp.EQ || c.op() == CompareOp.NE)) {
            Value left = known(c.left(), effect, route);
            Value right = known(c.right(), effect, route);
            if (left != null || right != null) {
                Value actual = left != null ? left : right;
                Expr other = left != null ? c.right() : c.left();
                Value compared = other instanceof Expr.Const k ? k.value() : known(other, effect, route);
                if (compared != null) {
                    return truth(actual.equals(compared) == (c.op() == CompareOp.EQ), c);
                }
            }
        }
        return condition;
    }

    private static Value known(Expr e, Effect effect, String route) {
        if (e instanceof Expr.DecisionRef) {
            return new Value.EffectValue(effect);
        }
        return e instanceof Expr.RouteRef ? new Value.StringValue(route) : null;
    }

    private static Expr truth(boolean value, Expr at) {
        return new Expr.Const(new Value.BoolValue(value), at.span());
    }
}
