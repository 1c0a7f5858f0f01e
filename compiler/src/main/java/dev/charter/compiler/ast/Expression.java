package dev.charter.compiler.ast;

import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * A condition or a value inside one ({@code when}, {@code unless}, {@code assert}). Parentheses
 * leave no node of their own: the tree's shape says how operands group. Dispatch with
 * {@link ExpressionVisitor}.
 */
public sealed interface Expression extends Argument
        permits Expression.Implies,
                Expression.Or,
                Expression.And,
                Expression.Not,
                Expression.Comparison,
                Expression.InSet,
                Expression.Matches,
                Expression.StringTest,
                Expression.Arithmetic,
                Expression.Negate,
                Expression.Call,
                Expression.AttributeRef,
                Expression.CurrentAction,
                Expression.EffectRef,
                Expression.NullRef,
                Expression.Variable,
                Expression.Quantified,
                Expression.History,
                Literal,
                NameRef {

    <R> R accept(ExpressionVisitor<R> visitor);

    /** {@code left => right}. */
    record Implies(SourceSpan span, Expression left, Expression right) implements Expression {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitImplies(this);
        }
    }

    /** {@code left or right}. */
    record Or(SourceSpan span, Expression left, Expression right) implements Expression {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitOr(this);
        }
    }

    /** {@code left and right}. */
    record And(SourceSpan span, Expression left, Expression right) implements Expression {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitAnd(this);
        }
    }

    /** {@code not operand}. */
    record Not(SourceSpan span, Expression operand) implements Expression {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitNot(this);
        }
    }

    /** {@code left == right}, {@code left < right}, ... */
    record Comparison(SourceSpan span, CompareOp operator, Expression left, Expression right) implements Expression {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitComparison(this);
        }
    }

    /** {@code operand in { a, b }} or, when {@code negated}, {@code operand not in { a, b }}. */
    record InSet(SourceSpan span, Expression operand, boolean negated, List<SetElement> elements)
            implements Expression {
        public InSet {
            elements = List.copyOf(elements);
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitInSet(this);
        }
    }

    /**
     * {@code operand matches /pattern/}.
     *
     * @param pattern the regular expression's source text between the slashes, escapes as written
     */
    record Matches(SourceSpan span, Expression operand, String pattern) implements Expression {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitMatches(this);
        }
    }

    /** {@code left starts_with right}, {@code ends_with}, {@code contains}. */
    record StringTest(SourceSpan span, StringOperator operator, Expression left, Expression right)
            implements Expression {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitStringTest(this);
        }
    }

    /** {@code left + right}, {@code left - right}, {@code left * right}. */
    record Arithmetic(SourceSpan span, ArithmeticOperator operator, Expression left, Expression right)
            implements Expression {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitArithmetic(this);
        }
    }

    /** {@code -operand}. */
    record Negate(SourceSpan span, Expression operand) implements Expression {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitNegate(this);
        }
    }

    /**
     * {@code len(request.target)} or a Datalog atom {@code may(agent, initiate_payment)}; which one
     * it is depends on what {@code callee} names, so the checker decides.
     */
    record Call(SourceSpan span, Name callee, List<Argument> arguments) implements Expression {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitCall(this);
        }
    }

    /** {@code request.amount}, {@code context.account_status}, {@code time.hour}. */
    record AttributeRef(SourceSpan span, Scope scope, Name attribute) implements Expression {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitAttribute(this);
        }
    }

    /** {@code action}: the action the request asks for. */
    record CurrentAction(SourceSpan span) implements Expression {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitCurrentAction(this);
        }
    }

    /** {@code permit}, {@code deny} or {@code escalate} used as a value, as in {@code decision != permit}. */
    record EffectRef(SourceSpan span, Effect effect) implements Expression {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitEffect(this);
        }
    }

    /** {@code null}: only compared with an optional parameter, as in {@code request.cc != null}. */
    record NullRef(SourceSpan span) implements Expression {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitNull(this);
        }
    }

    /**
     * {@code L}: a variable of a condition, upper case as in Datalog clauses, bound by a relation
     * atom of the same conjunction (e.g. {@code limit(agent, L) and request.amount <= L}).
     */
    record Variable(SourceSpan span, String name) implements Expression {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitVariable(this);
        }
    }

    /**
     * {@code any(x in list: body)}, {@code all(...)}, {@code count(...)}: {@code variable} names
     * each element of {@code list} in turn, within {@code body} only.
     */
    record Quantified(
            SourceSpan span,
            dev.charter.runtime.ir.Expr.QuantifierKind quantifier,
            Name variable,
            Expression list,
            Expression body)
            implements Expression {
        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitQuantified(this);
        }
    }

    /**
     * {@code count(permitted refund, same agent, within 1 hour)},
     * {@code sum(request.amount of permitted refund, same request.customer, within 1 day)},
     * {@code exists(any customer.read*, same session)}: an aggregate of the earlier decisions on
     * {@code actions} that came to {@code effect} and satisfy {@code clauses}, as written.
     *
     * @param summand the parameter a {@code sum} adds up; empty otherwise
     */
    record History(
            SourceSpan span,
            dev.charter.runtime.ir.Expr.HistoryAggregate aggregate,
            Optional<AttributeRef> summand,
            dev.charter.runtime.ir.HistoryQuery.EffectFilter effect,
            ActionPattern.Single actions,
            List<HistoryClause> clauses)
            implements Expression {
        public History {
            clauses = List.copyOf(clauses);
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitHistory(this);
        }
    }

    /** A clause of a history term after its action pattern. */
    sealed interface HistoryClause extends Node {

        /**
         * {@code same agent}, {@code same session}, {@code same request.customer}: {@code subject}
         * is the {@link AttributeRef} of a parameter, or the bare name written.
         */
        record Same(SourceSpan span, Expression subject) implements HistoryClause {}

        /** {@code within 1 hour}: {@code amount} digits as written, {@code unit} the word after them. */
        record Within(SourceSpan span, Literal.IntLiteral amount, Name unit) implements HistoryClause {}
    }

    /** Where an attribute is read from. */
    enum Scope {
        REQUEST,
        CONTEXT,
        TIME;

        /** The keyword before the dot. */
        public String keyword() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The string predicates. */
    enum StringOperator {
        STARTS_WITH,
        ENDS_WITH,
        CONTAINS;

        public String keyword() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Linear arithmetic. */
    enum ArithmeticOperator {
        PLUS("+"),
        MINUS("-"),
        TIMES("*");

        private final String symbol;

        ArithmeticOperator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
