package dev.charter.runtime.ir;

/**
 * One method per {@link Expr} node: the exhaustive dispatch every interpreter of conditions
 * (runtime plan compiler, solver encoding, printers) implements, so that adding a node kind is a
 * compile error everywhere it must be handled.
 */
public interface ExprVisitor<R> {

    R visitConst(Expr.Const node);

    R visitAttribute(Expr.Attribute node);

    R visitPresent(Expr.Present node);

    R visitAgent(Expr.Agent node);

    R visitCurrentAction(Expr.CurrentAction node);

    R visitActionIs(Expr.ActionIs node);

    R visitDecisionRef(Expr.DecisionRef node);

    R visitRouteRef(Expr.RouteRef node);

    R visitNot(Expr.Not node);

    R visitAnd(Expr.And node);

    R visitOr(Expr.Or node);

    R visitImplies(Expr.Implies node);

    R visitCompare(Expr.Compare node);

    R visitInSet(Expr.InSet node);

    R visitArithmetic(Expr.Arithmetic node);

    R visitNegate(Expr.Negate node);

    R visitStringTest(Expr.StringTest node);

    R visitMatches(Expr.Matches node);

    R visitLength(Expr.Length node);

    R visitAtom(Expr.Atom node);

    R visitWildcard(Expr.Wildcard node);

    R visitVar(Expr.Var node);

    R visitExists(Expr.Exists node);

    R visitQuantifier(Expr.Quantifier node);

    R visitElement(Expr.Element node);

    R visitElementField(Expr.ElementField node);

    R visitListLength(Expr.ListLength node);

    R visitListContains(Expr.ListContains node);

    R visitHistory(Expr.History node);
}
