package dev.charter.compiler.ast;

/** Exhaustive dispatch over {@link Expression}s (Java 17 has no pattern-matching switch). */
public interface ExpressionVisitor<R> {

    R visitImplies(Expression.Implies expression);

    R visitOr(Expression.Or expression);

    R visitAnd(Expression.And expression);

    R visitNot(Expression.Not expression);

    R visitComparison(Expression.Comparison expression);

    R visitInSet(Expression.InSet expression);

    R visitMatches(Expression.Matches expression);

    R visitStringTest(Expression.StringTest expression);

    R visitArithmetic(Expression.Arithmetic expression);

    R visitNegate(Expression.Negate expression);

    R visitCall(Expression.Call expression);

    R visitAttribute(Expression.AttributeRef expression);

    R visitCurrentAction(Expression.CurrentAction expression);

    R visitEffect(Expression.EffectRef expression);

    R visitNull(Expression.NullRef expression);

    R visitVariable(Expression.Variable expression);

    R visitQuantified(Expression.Quantified expression);

    R visitHistory(Expression.History expression);

    R visitName(NameRef expression);

    R visitString(Literal.StringLiteral expression);

    R visitInt(Literal.IntLiteral expression);

    R visitDecimal(Literal.DecimalLiteral expression);

    R visitDate(Literal.DateLiteral expression);

    R visitClock(Literal.ClockLiteral expression);

    R visitBool(Literal.BoolLiteral expression);
}
