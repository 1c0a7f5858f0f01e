package dev.charter.solver;

import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.ExprVisitor;
import java.util.List;
import java.util.function.Consumer;

/** Visits every node of an expression tree, parents before children. */
final class ExprWalk implements ExprVisitor<Void> {

    private final Consumer<Expr> visit;

    private ExprWalk(Consumer<Expr> visit) {
        this.visit = visit;
    }

    static void walk(Expr root, Consumer<Expr> visit) {
        root.accept(new ExprWalk(visit));
    }

    private Void here(Expr node, List<Expr> children) {
        visit.accept(node);
        children.forEach(c -> c.accept(this));
        return null;
    }

    public Void visitConst(Expr.Const n) {
        return here(n, List.of());
    }

    public Void visitAttribute(Expr.Attribute n) {
        return here(n, List.of());
    }

    public Void visitAgent(Expr.Agent n) {
        return here(n, List.of());
    }

    public Void visitCurrentAction(Expr.CurrentAction n) {
        return here(n, List.of());
    }

    public Void visitActionIs(Expr.ActionIs n) {
        return here(n, List.of());
    }

    public Void visitDecisionRef(Expr.DecisionRef n) {
        return here(n, List.of());
    }

    public Void visitRouteRef(Expr.RouteRef n) {
        return here(n, List.of());
    }

    public Void visitNot(Expr.Not n) {
        return here(n, List.of(n.operand()));
    }

    public Void visitAnd(Expr.And n) {
        return here(n, n.operands());
    }

    public Void visitOr(Expr.Or n) {
        return here(n, n.operands());
    }

    public Void visitImplies(Expr.Implies n) {
        return here(n, List.of(n.premise(), n.conclusion()));
    }

    public Void visitCompare(Expr.Compare n) {
        return here(n, List.of(n.left(), n.right()));
    }

    public Void visitInSet(Expr.InSet n) {
        return here(n, List.of(n.operand()));
    }

    public Void visitArithmetic(Expr.Arithmetic n) {
        return here(n, List.of(n.left(), n.right()));
    }

    public Void visitNegate(Expr.Negate n) {
        return here(n, List.of(n.operand()));
    }

    public Void visitStringTest(Expr.StringTest n) {
        return here(n, List.of(n.left(), n.right()));
    }

    public Void visitMatches(Expr.Matches n) {
        return here(n, List.of(n.operand()));
    }

    public Void visitLength(Expr.Length n) {
        return here(n, List.of(n.operand()));
    }

    public Void visitAtom(Expr.Atom n) {
        return here(n, n.arguments());
    }

    public Void visitWildcard(Expr.Wildcard n) {
        return here(n, List.of());
    }
}
