package dev.charter.compiler.parse;

import static dev.charter.grammar.CharterLexer.*;

import dev.charter.compiler.ast.Argument;
import dev.charter.compiler.ast.Expression;
import dev.charter.compiler.ast.Name;
import dev.charter.compiler.ast.NameRef;
import dev.charter.compiler.ast.SetElement;
import dev.charter.compiler.ast.Wildcard;
import dev.charter.grammar.CharterBaseVisitor;
import dev.charter.grammar.CharterParser;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;

/** Conditions: {@code when}, {@code unless} and {@code assert} expressions. Parentheses leave no node. */
final class ExpressionBuilder extends CharterBaseVisitor<Expression> {

    private final LiteralBuilder leaves;
    private final Spans spans;
    private final ActionNameBuilder actions;

    ExpressionBuilder(LiteralBuilder leaves, ActionNameBuilder actions) {
        this.leaves = leaves;
        this.spans = leaves.spans();
        this.actions = actions;
    }

    Expression build(CharterParser.ExpressionContext context) {
        return visit(context);
    }

    @Override
    public Expression visitNotExpression(CharterParser.NotExpressionContext c) {
        return new Expression.Not(spans.of(c), visit(c.operand));
    }

    @Override
    public Expression visitAndExpression(CharterParser.AndExpressionContext c) {
        return new Expression.And(spans.of(c), visit(c.left), visit(c.right));
    }

    @Override
    public Expression visitOrExpression(CharterParser.OrExpressionContext c) {
        return new Expression.Or(spans.of(c), visit(c.left), visit(c.right));
    }

    @Override
    public Expression visitImpliesExpression(CharterParser.ImpliesExpressionContext c) {
        return new Expression.Implies(spans.of(c), visit(c.left), visit(c.right));
    }

    @Override
    public Expression visitPredicateExpression(CharterParser.PredicateExpressionContext c) {
        return visit(c.predicate());
    }

    @Override
    public Expression visitPredicate(CharterParser.PredicateContext c) {
        Expression operand = visit(c.operand);
        if (c.tail == null) {
            return operand;
        }
        return c.tail.accept(new TailBuilder(spans.of(c), operand));
    }

    /** The part of a predicate after its first operand: what the operand is compared or matched with. */
    private final class TailBuilder extends CharterBaseVisitor<Expression> {

        private final SourceSpan span;
        private final Expression operand;

        TailBuilder(SourceSpan span, Expression operand) {
            this.span = span;
            this.operand = operand;
        }

        @Override
        public Expression visitComparisonTail(CharterParser.ComparisonTailContext c) {
            return new Expression.Comparison(span, compareOp(c.op), operand, ExpressionBuilder.this.visit(c.right));
        }

        @Override
        public Expression visitInTail(CharterParser.InTailContext c) {
            List<SetElement> elements = c.literalOrName().stream()
                    .map(ExpressionBuilder.this::element)
                    .collect(Collectors.toList());
            return new Expression.InSet(span, operand, c.NOT() != null, elements);
        }

        @Override
        public Expression visitMatchesTail(CharterParser.MatchesTailContext c) {
            String text = c.pattern.getText();
            boolean closed = text.length() >= 2 && text.endsWith("/") && !StringEscapes.endsInsideEscape(text);
            return new Expression.Matches(span, operand, text.substring(1, closed ? text.length() - 1 : text.length()));
        }

        @Override
        public Expression visitStringTail(CharterParser.StringTailContext c) {
            return new Expression.StringTest(
                    span, stringOperator(c.op), operand, ExpressionBuilder.this.visit(c.right));
        }
    }

    private SetElement element(CharterParser.LiteralOrNameContext c) {
        if (c.qualifiedName() != null) {
            return new NameRef(spans.of(c), c.qualifiedName().getText());
        }
        if (c.MINUS() != null) {
            return leaves.number(c.MINUS().getSymbol(), c.number());
        }
        return leaves.literal(c.literal());
    }

    private static Expression.StringOperator stringOperator(CharterParser.StringOperatorContext c) {
        switch (c.getStart().getType()) {
            case STARTS_WITH:
                return Expression.StringOperator.STARTS_WITH;
            case ENDS_WITH:
                return Expression.StringOperator.ENDS_WITH;
            default:
                return Expression.StringOperator.CONTAINS;
        }
    }

    @Override
    public Expression visitNegatedSum(CharterParser.NegatedSumContext c) {
        return new Expression.Negate(spans.of(c), visit(c.operand));
    }

    @Override
    public Expression visitMultiplicativeSum(CharterParser.MultiplicativeSumContext c) {
        return new Expression.Arithmetic(
                spans.of(c), Expression.ArithmeticOperator.TIMES, visit(c.left), visit(c.right));
    }

    @Override
    public Expression visitAdditiveSum(CharterParser.AdditiveSumContext c) {
        Expression.ArithmeticOperator operator =
                c.op.getType() == PLUS ? Expression.ArithmeticOperator.PLUS : Expression.ArithmeticOperator.MINUS;
        return new Expression.Arithmetic(spans.of(c), operator, visit(c.left), visit(c.right));
    }

    @Override
    public Expression visitPrimarySum(CharterParser.PrimarySumContext c) {
        return visit(c.primary());
    }

    @Override
    public Expression visitParenthesized(CharterParser.ParenthesizedContext c) {
        return visit(c.expression());
    }

    @Override
    public Expression visitQuantified(CharterParser.QuantifiedContext c) {
        Expr.QuantifierKind kind = c.quantifier.getType() == ANY
                ? Expr.QuantifierKind.ANY
                : c.quantifier.getType() == ALL ? Expr.QuantifierKind.ALL : Expr.QuantifierKind.COUNT;
        return new Expression.Quantified(spans.of(c), kind, leaves.name(c.variable), visit(c.list), visit(c.body));
    }

    @Override
    public Expression visitHistory(CharterParser.HistoryContext c) {
        Expr.HistoryAggregate aggregate = c.aggregate.getType() == COUNT
                ? Expr.HistoryAggregate.COUNT
                : c.aggregate.getType() == SUM ? Expr.HistoryAggregate.SUM : Expr.HistoryAggregate.EXISTS;
        CharterParser.HistorySelectionContext selection = c.historySelection();
        Optional<Expression.AttributeRef> summand =
                Optional.ofNullable(selection.summand).map(this::parameter);
        HistoryQuery.EffectFilter effect = selection.filter.getType() == PERMITTED
                ? HistoryQuery.EffectFilter.PERMITTED
                : HistoryQuery.EffectFilter.ANY;
        List<Expression.HistoryClause> clauses =
                selection.historyClause().stream().map(this::clause).collect(Collectors.toList());
        return new Expression.History(spans.of(c), aggregate, summand, effect, actions.glob(selection.actions), clauses);
    }

    private Expression.HistoryClause clause(CharterParser.HistoryClauseContext c) {
        if (c instanceof CharterParser.WithinClauseContext within) {
            return new Expression.HistoryClause.Within(
                    spans.of(c), leaves.integer(within.amount), leaves.name(within.unit));
        }
        CharterParser.SameClauseContext same = (CharterParser.SameClauseContext) c;
        Expression subject = same.compared != null
                ? parameter(same.compared)
                : new NameRef(spans.of(same.subject), same.subject.getText());
        return new Expression.HistoryClause.Same(spans.of(c), subject);
    }

    /** {@code request.amount}, {@code request.address.city}: a parameter as an attribute reference. */
    private Expression.AttributeRef parameter(CharterParser.HistoryParameterContext c) {
        Name path = c.fields.isEmpty()
                ? leaves.name(c.attribute)
                : new Name(
                        spans.between(c.attribute.getStart(), c.getStop()),
                        c.identifier().stream().map(i -> i.getText()).collect(Collectors.joining(".")));
        return new Expression.AttributeRef(spans.of(c), Expression.Scope.REQUEST, path);
    }

    @Override
    public Expression visitCall(CharterParser.CallContext c) {
        List<Argument> arguments = c.argument().stream().map(this::argument).collect(Collectors.toList());
        return new Expression.Call(spans.of(c), leaves.name(c.callee), arguments);
    }

    private Argument argument(CharterParser.ArgumentContext c) {
        if (c instanceof CharterParser.WildcardArgumentContext) {
            return new Wildcard(spans.of(c));
        }
        return visit(((CharterParser.ExpressionArgumentContext) c).expression());
    }

    @Override
    public Expression visitAttribute(CharterParser.AttributeContext c) {
        Expression.Scope scope;
        switch (c.scope.getType()) {
            case REQUEST:
                scope = Expression.Scope.REQUEST;
                break;
            case CONTEXT:
                scope = Expression.Scope.CONTEXT;
                break;
            default:
                scope = Expression.Scope.TIME;
        }
        // `request.address.city`: one attribute whose name is the dotted path to an object's field.
        Name path = c.fields.isEmpty()
                ? leaves.name(c.attribute)
                : new Name(
                        spans.between(c.attribute.getStart(), c.getStop()),
                        c.identifier().stream().map(i -> i.getText()).collect(Collectors.joining(".")));
        return new Expression.AttributeRef(spans.of(c), scope, path);
    }

    @Override
    public Expression visitCurrentAction(CharterParser.CurrentActionContext c) {
        return new Expression.CurrentAction(spans.of(c));
    }

    @Override
    public Expression visitVariablePrimary(CharterParser.VariablePrimaryContext c) {
        return new Expression.Variable(spans.of(c), c.UPPER_NAME().getText());
    }

    @Override
    public Expression visitEffectPrimary(CharterParser.EffectPrimaryContext c) {
        return new Expression.EffectRef(spans.of(c), effect(c.effect()));
    }

    @Override
    public Expression visitNullPrimary(CharterParser.NullPrimaryContext c) {
        return new Expression.NullRef(spans.of(c));
    }

    @Override
    public Expression visitLiteralPrimary(CharterParser.LiteralPrimaryContext c) {
        return leaves.literal(c.literal());
    }

    @Override
    public Expression visitNamePrimary(CharterParser.NamePrimaryContext c) {
        return new NameRef(spans.of(c), c.qualifiedName().getText());
    }

    static Effect effect(CharterParser.EffectContext c) {
        if (c.PERMIT() != null) {
            return Effect.PERMIT;
        }
        return c.DENY() != null ? Effect.DENY : Effect.ESCALATE;
    }

    static CompareOp compareOp(CharterParser.ComparisonOperatorContext c) {
        Token token = c.getStart();
        switch (token.getType()) {
            case EQ:
                return CompareOp.EQ;
            case NE:
                return CompareOp.NE;
            case LT:
                return CompareOp.LT;
            case LE:
                return CompareOp.LE;
            case GT:
                return CompareOp.GT;
            default:
                return CompareOp.GE;
        }
    }
}
