package dev.charter.compiler.parse;

import dev.charter.compiler.ast.ActionPattern;
import dev.charter.compiler.ast.Argument;
import dev.charter.compiler.ast.BodyLiteral;
import dev.charter.compiler.ast.DatalogAtom;
import dev.charter.compiler.ast.Expression;
import dev.charter.compiler.ast.ExpressionVisitor;
import dev.charter.compiler.ast.Literal;
import dev.charter.compiler.ast.NameRef;
import dev.charter.compiler.ast.SetElement;
import dev.charter.compiler.ast.Term;
import dev.charter.compiler.ast.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Canonical text of conditions, literals and Datalog terms, with exactly the parentheses the
 * grammar's precedence requires (implies < or < and < not < comparisons < + - < * < unary -).
 */
final class ExpressionPrinter implements ExpressionVisitor<String> {

    private static final int IMPLIES = 1;
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int PREDICATE = 5;
    private static final int ADDITIVE = 6;
    private static final int MULTIPLICATIVE = 7;
    private static final int NEGATION = 8;
    private static final int PRIMARY = 9;

    String print(Expression expression) {
        return expression.accept(this);
    }

    /**
     * The operands of a top-level chain of {@code and} (or, failing that, of {@code or}), each
     * printed so that joining them with the keyword gives {@link #print}; a single element when
     * the expression is neither.
     */
    Chain chain(Expression expression) {
        List<String> operands = new ArrayList<>();
        if (expression instanceof Expression.And) {
            conjuncts((Expression.And) expression, operands);
            return new Chain("and", operands);
        }
        if (expression instanceof Expression.Or) {
            disjuncts((Expression.Or) expression, operands);
            return new Chain("or", operands);
        }
        return new Chain("", List.of(print(expression)));
    }

    private void conjuncts(Expression.And e, List<String> operands) {
        if (e.left() instanceof Expression.And) {
            conjuncts((Expression.And) e.left(), operands);
        } else {
            operands.add(at(AND, e.left()));
        }
        operands.add(at(NOT, e.right()));
    }

    private void disjuncts(Expression.Or e, List<String> operands) {
        if (e.left() instanceof Expression.Or) {
            disjuncts((Expression.Or) e.left(), operands);
        } else {
            operands.add(at(OR, e.left()));
        }
        operands.add(at(AND, e.right()));
    }

    /** The two sides of an implication, each printed as {@link #visitImplies} prints it. */
    List<String> implication(Expression.Implies e) {
        return List.of(at(OR, e.left()), at(IMPLIES, e.right()));
    }

    /** Operands joined by {@code keyword} ({@code and}, {@code or}). */
    record Chain(String keyword, List<String> operands) {}

    /** {@code expression}, parenthesised if it binds more loosely than {@code level} allows. */
    private String at(int level, Expression expression) {
        String text = expression.accept(this);
        return precedence(expression) < level ? "(" + text + ")" : text;
    }

    private static int precedence(Expression expression) {
        if (expression instanceof Expression.Implies) {
            return IMPLIES;
        }
        if (expression instanceof Expression.Or) {
            return OR;
        }
        if (expression instanceof Expression.And) {
            return AND;
        }
        if (expression instanceof Expression.Not) {
            return NOT;
        }
        if (expression instanceof Expression.Comparison
                || expression instanceof Expression.InSet
                || expression instanceof Expression.Matches
                || expression instanceof Expression.StringTest) {
            return PREDICATE;
        }
        if (expression instanceof Expression.Arithmetic) {
            return ((Expression.Arithmetic) expression).operator() == Expression.ArithmeticOperator.TIMES
                    ? MULTIPLICATIVE
                    : ADDITIVE;
        }
        return expression instanceof Expression.Negate ? NEGATION : PRIMARY;
    }

    @Override
    public String visitImplies(Expression.Implies e) {
        return at(OR, e.left()) + " => " + at(IMPLIES, e.right());
    }

    @Override
    public String visitOr(Expression.Or e) {
        return at(OR, e.left()) + " or " + at(AND, e.right());
    }

    @Override
    public String visitAnd(Expression.And e) {
        return at(AND, e.left()) + " and " + at(NOT, e.right());
    }

    @Override
    public String visitNot(Expression.Not e) {
        return "not " + at(NOT, e.operand());
    }

    @Override
    public String visitComparison(Expression.Comparison e) {
        return at(ADDITIVE, e.left()) + " " + e.operator().symbol() + " " + at(ADDITIVE, e.right());
    }

    @Override
    public String visitInSet(Expression.InSet e) {
        return at(ADDITIVE, e.operand()) + (e.negated() ? " not in " : " in ") + "{"
                + joined(e.elements(), this::element) + "}";
    }

    @Override
    public String visitMatches(Expression.Matches e) {
        return at(ADDITIVE, e.operand()) + " matches /" + e.pattern() + "/";
    }

    @Override
    public String visitStringTest(Expression.StringTest e) {
        return at(ADDITIVE, e.left()) + " " + e.operator().keyword() + " " + at(ADDITIVE, e.right());
    }

    @Override
    public String visitArithmetic(Expression.Arithmetic e) {
        int level = precedence(e);
        return at(level, e.left()) + " " + e.operator().symbol() + " " + at(level + 1, e.right());
    }

    @Override
    public String visitNegate(Expression.Negate e) {
        return "-" + at(NEGATION, e.operand());
    }

    @Override
    public String visitQuantified(Expression.Quantified e) {
        return e.quantifier().keyword() + "(" + e.variable().text() + " in " + at(ADDITIVE, e.list()) + ": "
                + print(e.body()) + ")";
    }

    @Override
    public String visitHistory(Expression.History e) {
        StringBuilder out = new StringBuilder(e.aggregate().keyword()).append('(');
        e.summand().ifPresent(s -> out.append(print(s)).append(" of "));
        out.append(e.effect().keyword()).append(' ').append(glob(e.actions()));
        for (Expression.HistoryClause clause : e.clauses()) {
            out.append(", ");
            if (clause instanceof Expression.HistoryClause.Same same) {
                out.append("same ").append(print(same.subject()));
            } else {
                Expression.HistoryClause.Within within = (Expression.HistoryClause.Within) clause;
                out.append("within ").append(within.amount().text()).append(' ').append(within.unit().text());
            }
        }
        return out.append(')').toString();
    }

    /** One action name or wildcard as written in a rule's pattern or a history term. */
    static String glob(ActionPattern.Single pattern) {
        if (pattern instanceof ActionPattern.ActionName name) {
            return ActionNameSyntax.written(name.name().text());
        }
        return ActionNameSyntax.writtenWildcard(((ActionPattern.ActionWildcard) pattern).prefix());
    }

    @Override
    public String visitCall(Expression.Call e) {
        return e.callee().text() + "(" + joined(e.arguments(), this::argument) + ")";
    }

    @Override
    public String visitAttribute(Expression.AttributeRef e) {
        return e.scope().keyword() + "." + e.attribute().text();
    }

    @Override
    public String visitCurrentAction(Expression.CurrentAction e) {
        return "action";
    }

    @Override
    public String visitVariable(Expression.Variable e) {
        return e.name();
    }

    @Override
    public String visitEffect(Expression.EffectRef e) {
        return e.effect().keyword();
    }

    @Override
    public String visitNull(Expression.NullRef e) {
        return "null";
    }

    @Override
    public String visitName(NameRef e) {
        return e.name();
    }

    @Override
    public String visitString(Literal.StringLiteral e) {
        return StringEscapes.quote(e.value());
    }

    @Override
    public String visitInt(Literal.IntLiteral e) {
        return e.text();
    }

    @Override
    public String visitDecimal(Literal.DecimalLiteral e) {
        return e.text();
    }

    @Override
    public String visitDate(Literal.DateLiteral e) {
        return e.text();
    }

    @Override
    public String visitClock(Literal.ClockLiteral e) {
        return e.text();
    }

    @Override
    public String visitBool(Literal.BoolLiteral e) {
        return String.valueOf(e.value());
    }

    String literal(Literal literal) {
        return literal.accept(this);
    }

    private String element(SetElement element) {
        return ((Expression) element).accept(this);
    }

    private String argument(Argument argument) {
        return argument instanceof Wildcard ? "_" : ((Expression) argument).accept(this);
    }

    String atom(DatalogAtom atom) {
        return atom.relation().text() + "(" + joined(atom.terms(), this::term) + ")";
    }

    String bodyLiteral(BodyLiteral literal) {
        if (literal instanceof DatalogAtom) {
            return atom((DatalogAtom) literal);
        }
        if (literal instanceof BodyLiteral.NegatedAtom) {
            return "not " + atom(((BodyLiteral.NegatedAtom) literal).atom());
        }
        BodyLiteral.TermComparison comparison = (BodyLiteral.TermComparison) literal;
        return term(comparison.left()) + " " + comparison.operator().symbol() + " " + term(comparison.right());
    }

    private String term(Term term) {
        if (term instanceof Term.Variable) {
            return ((Term.Variable) term).name();
        }
        if (term instanceof Wildcard) {
            return "_";
        }
        return ((Expression) term).accept(this);
    }

    static <T> String joined(List<T> items, Function<T, String> printer) {
        return items.stream().map(printer).collect(Collectors.joining(", "));
    }
}
