package dev.charter.runtime.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A typed condition or value expression of a decision rule or an assertion. The runtime
 * evaluator and the solver's encoding both interpret exactly these nodes, so the two agree
 * by construction on what a rule means.
 *
 * <p>Semantics shared by every interpreter:
 * <ul>
 *   <li>{@link Compare} between an {@code int} and a {@code decimal} compares numerically;</li>
 *   <li>{@link Arithmetic} on {@code int} is exact 64-bit arithmetic; overflow is an evaluation
 *       error (the runtime denies with reason {@code arithmetic_overflow}); {@code SUB} of two
 *       {@code date}s is the {@code int} number of days from the right to the left one
 *       (their epoch days' difference), which never overflows;</li>
 *   <li>{@link Length} counts UTF-16 code units' code points ({@code String.codePointCount});</li>
 *   <li>{@link Matches} is true when the string contains a match of the pattern, or matches it
 *       whole when the pattern is anchored at both ends;</li>
 *   <li>{@link Atom} is true when the relation holds a tuple equal to the arguments,
 *       {@link Wildcard} arguments matching anything;</li>
 *   <li>{@link Exists} is true when some tuples of its atoms' relations, taken in order, each
 *       equal to its atom's arguments once each {@link Var} takes the value of the column where it
 *       first occurs, make its body true. A binding for which the body errs is an error, even
 *       when another binding makes the body true: the result never depends on the order of the
 *       facts.</li>
 *   <li>{@link Quantifier} reads a list parameter's elements in order, each as its
 *       {@link Element}: {@code any} is the body of each element joined by {@code or},
 *       {@code all} joined by {@code and} (so both stop, left to right, at the first element that
 *       settles them; {@code any} of an empty list is false, {@code all} true), and {@code count}
 *       the number of elements whose body is true, every body evaluated; an error in a body that
 *       is evaluated is the quantifier's error;</li>
 *   <li>{@link ListLength} is the number of elements of a list, {@link ListContains} whether one
 *       of them equals the value (numerically for int and decimal);</li>
 *   <li>{@link History} reads the earlier decisions its {@link HistoryQuery} selects, through a
 *       {@code HistoryReader}: their number, the sum of a parameter over them, or whether there
 *       is one; an engine that has no history to read fails closed.</li>
 * </ul>
 */
public sealed interface Expr {

    SourceSpan span();

    ValueType type();

    /** Dispatches on the node kind; every interpreter of conditions is an {@link ExprVisitor}. */
    <R> R accept(ExprVisitor<R> visitor);

    /**
     * The direct sub-expressions, in the order they are written; empty for a leaf. The node
     * declares its own, so every analysis that walks a tree sees a new node kind's operands.
     */
    List<Expr> children();

    /** This expression and every expression below it, parents before children, siblings in order. */
    default List<Expr> subtree() {
        List<Expr> out = new ArrayList<>();
        Deque<Expr> pending = new ArrayDeque<>();
        pending.push(this);
        while (!pending.isEmpty()) {
            Expr next = pending.pop();
            out.add(next);
            List<Expr> children = next.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return out;
    }

    /** A constant. */
    record Const(Value value, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitConst(this);
        }

        public List<Expr> children() {
            return List.of();
        }

        public ValueType type() {
            return value.type();
        }
    }

    /** Where an attribute is read from. */
    enum Scope {
        REQUEST("request"),
        CONTEXT("context"),
        TIME("time");

        private final String keyword;

        Scope(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    /** {@code request.x}, {@code context.x}, or a {@link TimeAttribute} such as {@code time.hour}. */
    record Attribute(Scope scope, String name, ValueType type, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitAttribute(this);
        }

        public List<Expr> children() {
            return List.of();
        }

        public String path() {
            return scope.keyword() + "." + name;
        }
    }

    /**
     * {@code request.x != null}: whether the request carries the optional parameter {@code x}
     * (a JSON {@code null} counts as absent). Reads no value, so it never fails; a condition reads
     * an optional parameter's value only where such a test has established it is present
     * ({@link OptionalGuards}).
     */
    record Present(String name, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitPresent(this);
        }

        public List<Expr> children() {
            return List.of();
        }

        public ValueType type() {
            return PrimitiveType.BOOL;
        }

        public String path() {
            return Scope.REQUEST.keyword() + "." + name;
        }
    }

    /** The acting agent's id: {@code agent}. */
    record Agent(SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitAgent(this);
        }

        public List<Expr> children() {
            return List.of();
        }

        public ValueType type() {
            return PrimitiveType.STRING;
        }
    }

    /** The requested action: {@code action}. */
    record CurrentAction(SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitCurrentAction(this);
        }

        public List<Expr> children() {
            return List.of();
        }

        public ValueType type() {
            return PrimitiveType.ACTION;
        }
    }

    /** True when the requested action is {@code action}; a bare action name in a condition. */
    record ActionIs(String action, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitActionIs(this);
        }

        public List<Expr> children() {
            return List.of();
        }

        public ValueType type() {
            return PrimitiveType.BOOL;
        }
    }

    /** The decision reached: {@code decision}, only in assertions. */
    record DecisionRef(SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitDecisionRef(this);
        }

        public List<Expr> children() {
            return List.of();
        }

        public ValueType type() {
            return PrimitiveType.EFFECT;
        }
    }

    /** The escalation route of the decision, the empty string when there is none; only in assertions. */
    record RouteRef(SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitRouteRef(this);
        }

        public List<Expr> children() {
            return List.of();
        }

        public ValueType type() {
            return PrimitiveType.STRING;
        }
    }

    record Not(Expr operand, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitNot(this);
        }

        public List<Expr> children() {
            return List.of(operand);
        }

        public ValueType type() {
            return PrimitiveType.BOOL;
        }
    }

    record And(List<Expr> operands, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitAnd(this);
        }

        public List<Expr> children() {
            return operands;
        }

        public And {
            operands = List.copyOf(operands);
        }

        public ValueType type() {
            return PrimitiveType.BOOL;
        }
    }

    record Or(List<Expr> operands, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitOr(this);
        }

        public List<Expr> children() {
            return operands;
        }

        public Or {
            operands = List.copyOf(operands);
        }

        public ValueType type() {
            return PrimitiveType.BOOL;
        }
    }

    record Implies(Expr premise, Expr conclusion, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitImplies(this);
        }

        public List<Expr> children() {
            return List.of(premise, conclusion);
        }

        public ValueType type() {
            return PrimitiveType.BOOL;
        }
    }

    record Compare(CompareOp op, Expr left, Expr right, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitCompare(this);
        }

        public List<Expr> children() {
            return List.of(left, right);
        }

        public ValueType type() {
            return PrimitiveType.BOOL;
        }
    }

    /** {@code x in {a, b}}; {@code not in} is lowered to {@link Not}. */
    record InSet(Expr operand, List<Value> values, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitInSet(this);
        }

        public List<Expr> children() {
            return List.of(operand);
        }

        public InSet {
            values = List.copyOf(values);
        }

        public ValueType type() {
            return PrimitiveType.BOOL;
        }
    }

    enum ArithmeticOp {
        ADD("+"),
        SUB("-"),
        MUL("*");

        private final String symbol;

        ArithmeticOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** Linear arithmetic: at least one operand of {@code MUL} is a constant; a date minus a date is an int of days. */
    record Arithmetic(ArithmeticOp op, Expr left, Expr right, ValueType type, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitArithmetic(this);
        }

        public List<Expr> children() {
            return List.of(left, right);
        }
    }

    record Negate(Expr operand, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitNegate(this);
        }

        public List<Expr> children() {
            return List.of(operand);
        }

        public ValueType type() {
            return operand.type();
        }
    }

    enum StringOp {
        STARTS_WITH("starts_with"),
        ENDS_WITH("ends_with"),
        CONTAINS("contains");

        private final String keyword;

        StringOp(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    record StringTest(StringOp op, Expr left, Expr right, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitStringTest(this);
        }

        public List<Expr> children() {
            return List.of(left, right);
        }

        public ValueType type() {
            return PrimitiveType.BOOL;
        }
    }

    /** {@code x matches /pattern/}; {@code source} is the pattern as written, for traces. */
    record Matches(Expr operand, Regex.Pattern pattern, String source, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitMatches(this);
        }

        public List<Expr> children() {
            return List.of(operand);
        }

        public ValueType type() {
            return PrimitiveType.BOOL;
        }
    }

    /** {@code len(x)}: the number of code points of a string. */
    record Length(Expr operand, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitLength(this);
        }

        public List<Expr> children() {
            return List.of(operand);
        }

        public ValueType type() {
            return PrimitiveType.INT;
        }
    }

    /** A Datalog atom used as a condition, e.g. {@code may(agent, initiate_payment)}. */
    record Atom(String relation, List<Expr> arguments, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitAtom(this);
        }

        public List<Expr> children() {
            return arguments;
        }

        public Atom {
            arguments = List.copyOf(arguments);
        }

        public ValueType type() {
            return PrimitiveType.BOOL;
        }
    }

    /** {@code _} as an argument of an {@link Atom}: any value. */
    record Wildcard(ValueType type, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitWildcard(this);
        }

        public List<Expr> children() {
            return List.of();
        }
    }

    /**
     * A variable of an {@link Exists}, e.g. {@code L}: its value is the column of a fact where it
     * first occurs in the {@link Exists}'s atoms; its type is that column's.
     */
    record Var(String name, ValueType type, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitVar(this);
        }

        public List<Expr> children() {
            return List.of();
        }
    }

    /**
     * {@code limit(agent, L) and request.amount <= L}: there are values of {@code variables} for
     * which every atom holds and {@code body} is true. The atoms bind the variables left to right:
     * a variable's first occurrence as an argument of an atom takes the fact's column; every other
     * occurrence reads it. The body is {@code true} when the condition is only atoms.
     */
    record Exists(List<Var> variables, List<Atom> atoms, Expr body, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitExists(this);
        }

        public Exists {
            variables = List.copyOf(variables);
            atoms = List.copyOf(atoms);
        }

        public List<Expr> children() {
            List<Expr> out = new ArrayList<>(atoms);
            out.add(body);
            return List.copyOf(out);
        }

        public ValueType type() {
            return PrimitiveType.BOOL;
        }
    }

    /** The three quantifiers over a list. */
    enum QuantifierKind {
        ANY("any"),
        ALL("all"),
        COUNT("count");

        private final String keyword;

        QuantifierKind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    /**
     * {@code any(x in request.paths: body)}, {@code all(...)}, {@code count(...)}: the body once
     * per element of the list, with {@link Element} {@code variable} the element (see the class
     * comment for the exact semantics). A bool, or an int for {@code count}.
     */
    record Quantifier(QuantifierKind kind, String variable, Attribute list, Expr body, SourceSpan span)
            implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitQuantifier(this);
        }

        public List<Expr> children() {
            return List.of(list, body);
        }

        public ValueType type() {
            return kind == QuantifierKind.COUNT ? PrimitiveType.INT : PrimitiveType.BOOL;
        }

        /** The type of the list's elements, the type of its {@link Element}. */
        public ValueType elementType() {
            return ((ListType) list.type()).element();
        }
    }

    /** {@code x} in the body of the {@link Quantifier} that binds {@code variable}: the element at hand. */
    record Element(String variable, ValueType type, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitElement(this);
        }

        public List<Expr> children() {
            return List.of();
        }
    }

    /**
     * {@code e.sku} in the body of the {@link Quantifier} that binds {@code variable} over a list
     * of objects ({@link RecordType}): the required member {@code member} of the element at hand.
     */
    record ElementField(String variable, String member, ValueType type, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitElementField(this);
        }

        public List<Expr> children() {
            return List.of();
        }
    }

    /** {@code len(request.paths)}: how many elements the list has. */
    record ListLength(Attribute list, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitListLength(this);
        }

        public List<Expr> children() {
            return List.of(list);
        }

        public ValueType type() {
            return PrimitiveType.INT;
        }
    }

    /** {@code request.paths contains v}: whether some element of the list equals {@code value}. */
    record ListContains(Attribute list, Expr value, SourceSpan span) implements Expr {
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitListContains(this);
        }

        public List<Expr> children() {
            return List.of(list, value);
        }

        public ValueType type() {
            return PrimitiveType.BOOL;
        }
    }

    /** The three aggregates over earlier decisions. */
    enum HistoryAggregate {
        COUNT("count"),
        SUM("sum"),
        EXISTS("exists");

        private final String keyword;

        HistoryAggregate(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    /**
     * {@code count(permitted refund, same agent, within 1 hour)}, {@code sum(request.amount of ...)},
     * {@code exists(...)}: an aggregate of the earlier decisions {@code query} selects. A count is an
     * {@code int} (at least 0), a sum has its summand's type (0 when nothing is selected), an
     * existence test is a {@code bool} (whether the count is positive).
     */
    record History(HistoryAggregate aggregate, HistoryQuery query, SourceSpan span) implements Expr {
        public History {
            if ((aggregate == HistoryAggregate.SUM) != query.summed().isPresent()) {
                throw new IllegalArgumentException("a history sum, and only a sum, names the parameter it adds up");
            }
        }

        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitHistory(this);
        }

        public List<Expr> children() {
            return List.of();
        }

        /**
         * The term as Charter source text, e.g.
         * {@code sum(request.amount of permitted refund, same agent, within 1 day)}.
         */
        public String text() {
            return query.text(aggregate);
        }

        public ValueType type() {
            return switch (aggregate) {
                case COUNT -> PrimitiveType.INT;
                case SUM -> query.summed().orElseThrow().type();
                case EXISTS -> PrimitiveType.BOOL;
            };
        }
    }
}
