package dev.charter.runtime;

import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.ExprVisitor;
import java.util.ArrayList;
import java.util.List;

/** The direct sub-expressions of an expression, so that static analyses can walk any tree. */
final class ExprChildren implements ExprVisitor<List<Expr>> {

    private static final ExprChildren INSTANCE = new ExprChildren();

    static List<Expr> of(Expr e) {
        return e.accept(INSTANCE);
    }

    /** {@code e} and every expression below it, parents first. */
    static List<Expr> all(Expr e) {
        List<Expr> out = new ArrayList<>();
        List<Expr> stack = new ArrayList<>(List.of(e));
        while (!stack.isEmpty()) {
            Expr next = stack.remove(stack.size() - 1);
            out.add(next);
            List<Expr> children = of(next);
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.add(children.get(i));
            }
        }
        return out;
    }

    public List<Expr> visitConst(Expr.Const n) {
        return List.of();
    }

    public List<Expr> visitAttribute(Expr.Attribute n) {
        return List.of();
    }

    public List<Expr> visitAgent(Expr.Agent n) {
        return List.of();
    }

    public List<Expr> visitCurrentAction(Expr.CurrentAction n) {
        return List.of();
    }

    public List<Expr> visitActionIs(Expr.ActionIs n) {
        return List.of();
    }

    public List<Expr> visitDecisionRef(Expr.DecisionRef n) {
        return List.of();
    }

    public List<Expr> visitRouteRef(Expr.RouteRef n) {
        return List.of();
    }

    public List<Expr> visitNot(Expr.Not n) {
        return List.of(n.operand());
    }

    public List<Expr> visitAnd(Expr.And n) {
        return n.operands();
    }

    public List<Expr> visitOr(Expr.Or n) {
        return n.operands();
    }

    public List<Expr> visitImplies(Expr.Implies n) {
        return List.of(n.premise(), n.conclusion());
    }

    public List<Expr> visitCompare(Expr.Compare n) {
        return List.of(n.left(), n.right());
    }

    public List<Expr> visitInSet(Expr.InSet n) {
        return List.of(n.operand());
    }

    public List<Expr> visitArithmetic(Expr.Arithmetic n) {
        return List.of(n.left(), n.right());
    }

    public List<Expr> visitNegate(Expr.Negate n) {
        return List.of(n.operand());
    }

    public List<Expr> visitStringTest(Expr.StringTest n) {
        return List.of(n.left(), n.right());
    }

    public List<Expr> visitMatches(Expr.Matches n) {
        return List.of(n.operand());
    }

    public List<Expr> visitLength(Expr.Length n) {
        return List.of(n.operand());
    }

    public List<Expr> visitAtom(Expr.Atom n) {
        return n.arguments();
    }

    public List<Expr> visitWildcard(Expr.Wildcard n) {
        return List.of();
    }
}
