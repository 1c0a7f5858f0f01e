package dev.charter.compiler.check;

import dev.charter.compiler.ast.Argument;
import dev.charter.compiler.ast.Expression;
import dev.charter.compiler.ast.ExpressionVisitor;
import dev.charter.compiler.ast.Literal;
import dev.charter.compiler.ast.NameRef;
import dev.charter.compiler.ast.Wildcard;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.RecordType;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.TimeAttribute;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Types one rule's or assertion's conditions and elaborates them into typed IR expressions.
 *
 * <p>Every method returns null for an expression that is wrong, after reporting it (or after the
 * resolve stage reported the name it uses); a parent whose operand is null returns null without a
 * word, so one mistake gives one diagnostic. A bare name takes its meaning from the type its
 * position expects: {@code active} next to an {@code AccountStatus} is that enum's value,
 * {@code initiate_payment} where a condition is expected tests the requested action.
 */
final class ConditionTyper implements ExpressionVisitor<Expr> {

    private final Declarations declarations;
    private final Diagnostics diagnostics;
    private final Constants constants;
    private final ComparisonCheck comparisons;
    private final Map<String, List<ValueType>> columns;
    private final RequestAttributes attributes;
    private final BareNames names;
    private final HistoryTyper history;
    private ConditionVariables variables;
    /** The element variables of the quantifiers around the expression being typed, innermost last. */
    private final java.util.LinkedHashMap<String, ValueType> elements = new java.util.LinkedHashMap<>();
    /** Every quantifier variable of the condition, for the message when one is used outside its body. */
    private final Map<String, Expression.Quantified> quantifiers = new java.util.HashMap<>();

    /**
     * @param actions     the actions {@code request.x} may come from; null when the rule's pattern did not resolve
     * @param inAssertion whether {@code decision}, {@code route} and effects may be used
     */
    ConditionTyper(
            Declarations declarations,
            Diagnostics diagnostics,
            Map<String, List<ValueType>> columns,
            List<String> actions,
            boolean inAssertion) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
        this.constants = new Constants(declarations, diagnostics);
        this.comparisons = new ComparisonCheck(diagnostics);
        this.columns = columns;
        this.attributes = new RequestAttributes(declarations, diagnostics, actions, !inAssertion);
        this.names = new BareNames(declarations, diagnostics, constants, inAssertion);
        this.history = new HistoryTyper(declarations, diagnostics, attributes);
    }

    /** Whether an action {@code request.x} may come from declares {@code x} optional. */
    boolean optional(String name) {
        return attributes.optional(name);
    }

    /**
     * A whole {@code when}, {@code unless} or assertion condition, its variables checked and
     * quantified ({@link ConditionVariables}, {@link Quantification}); null when it is wrong.
     */
    Expr whole(Expression e) {
        variables = ConditionVariables.of(e, columns, diagnostics);
        quantifiers.clear();
        collectQuantifiers(e);
        Expr typed = condition(e);
        return typed == null ? null : Quantification.apply(typed);
    }

    /** A boolean condition, or null. */
    Expr condition(Expression e) {
        Expr typed = typed(e, PrimitiveType.BOOL);
        if (typed != null && typed.type() != PrimitiveType.BOOL) {
            diagnostics.report(
                    DiagnosticCode.NOT_A_CONDITION,
                    e.span(),
                    "this is " + Constants.article(typed.type()) + ", not a condition",
                    "compare it with something, e.g. `... == ...`");
            return null;
        }
        return typed;
    }

    private Expr typed(Expression e, ValueType expected) {
        Expr typed = untypedList(e, expected);
        if (typed instanceof Expr.Element element && element.type() instanceof RecordType r) {
            diagnostics.report(
                    DiagnosticCode.OBJECT_AS_VALUE,
                    e.span(),
                    "`" + element.variable() + "` is an object, which has no value of its own to compare",
                    r.members().isEmpty()
                            ? "its elements declare no member to read"
                            : "read one of its members, as in `" + element.variable() + "."
                                    + r.members().get(0).name() + "`");
            return null;
        }
        if (typed != null && typed.type() instanceof ListType) {
            diagnostics.report(
                    DiagnosticCode.LIST_AS_VALUE,
                    e.span(),
                    "`" + ((Expr.Attribute) typed).path() + "` is a list, which has no value of its own to compare",
                    "read its elements with `any(x in " + ((Expr.Attribute) typed).path()
                            + ": ...)`, `all(...)` or `count(...)`, its length with `len(...)`, or test it with"
                            + " `contains`");
            return null;
        }
        return typed;
    }

    /** {@link #typed}, a list parameter included: for the operands that take one. */
    private Expr untypedList(Expression e, ValueType expected) {
        if (e instanceof NameRef n) {
            return name(n, expected);
        }
        if (e instanceof Literal.StringLiteral s && expected == PrimitiveType.ACTION) {
            Value action = constants.literal(s, expected);
            return action == null ? null : new Expr.Const(action, s.span());
        }
        return e.accept(this);
    }

    @Override
    public Expr visitImplies(Expression.Implies e) {
        Expr premise = condition(e.left());
        Expr conclusion = condition(e.right());
        return premise == null || conclusion == null ? null : new Expr.Implies(premise, conclusion, e.span());
    }

    @Override
    public Expr visitOr(Expression.Or e) {
        List<Expr> operands = new ArrayList<>();
        boolean sound =
                flatten(e.left(), Expression.Or.class, operands) & flatten(e.right(), Expression.Or.class, operands);
        return sound ? new Expr.Or(operands, e.span()) : null;
    }

    @Override
    public Expr visitAnd(Expression.And e) {
        List<Expr> operands = new ArrayList<>();
        boolean sound =
                flatten(e.left(), Expression.And.class, operands) & flatten(e.right(), Expression.And.class, operands);
        return sound ? new Expr.And(operands, e.span()) : null;
    }

    /** {@code a and b and c} becomes one n-ary node; false when an operand is wrong. */
    private boolean flatten(Expression e, Class<? extends Expression> kind, List<Expr> into) {
        if (kind.isInstance(e)) {
            Expression left = e instanceof Expression.And a ? a.left() : ((Expression.Or) e).left();
            Expression right = e instanceof Expression.And a ? a.right() : ((Expression.Or) e).right();
            return flatten(left, kind, into) & flatten(right, kind, into);
        }
        Expr typed = condition(e);
        if (typed == null) {
            return false;
        }
        into.add(typed);
        return true;
    }

    @Override
    public Expr visitNot(Expression.Not e) {
        Expr operand = condition(e.operand());
        return operand == null ? null : new Expr.Not(operand, e.span());
    }

    @Override
    public Expr visitComparison(Expression.Comparison e) {
        if (e.left() instanceof Expression.NullRef || e.right() instanceof Expression.NullRef) {
            return presence(e);
        }
        Expr left;
        Expr right;
        // A bare name or a string (which may name an action) takes the other side's type, so the
        // other side is typed first.
        if (takesOtherSidesType(e.left()) && !(e.right() instanceof NameRef)) {
            right = typed(e.right(), null);
            left = right == null ? null : typed(e.left(), right.type());
        } else {
            left = typed(e.left(), null);
            right = left == null ? null : typed(e.right(), left.type());
        }
        if (left == null || right == null || !comparisons.check(e.operator(), left.type(), right.type(), e.span())) {
            return null;
        }
        checkRoute(left, right);
        checkRoute(right, left);
        return new Expr.Compare(e.operator(), left, right, e.span());
    }

    /** {@code request.x == null} (absent) or {@code != null} (present), {@code x} an optional parameter. */
    private Expr presence(Expression.Comparison e) {
        Expression other = e.left() instanceof Expression.NullRef ? e.right() : e.left();
        if (other instanceof Expression.NullRef) {
            diagnostics.report(
                    DiagnosticCode.MISPLACED_NULL,
                    e.span(),
                    "this compares `null` with `null`",
                    "test an optional parameter: `request.x == null` or `request.x != null`");
            return null;
        }
        if (e.operator() != CompareOp.EQ && e.operator() != CompareOp.NE) {
            diagnostics.report(
                    DiagnosticCode.MISPLACED_NULL,
                    e.span(),
                    "`null` has no order: `" + e.operator().symbol() + "` cannot compare with it",
                    "test presence with `== null` or `!= null`");
            return null;
        }
        if (!(other instanceof Expression.AttributeRef ref) || ref.scope() != Expression.Scope.REQUEST) {
            diagnostics.report(
                    DiagnosticCode.MISPLACED_NULL,
                    other.span(),
                    "only an optional parameter can be null, and this is not one",
                    "compare `null` with a parameter declared `name?: type`, as in `request.cc != null`");
            return null;
        }
        String name = ref.attribute().text();
        if (!attributes.object(name) && attributes.type(ref) == null) {
            return null;
        }
        if (!attributes.optional(name)) {
            diagnostics.report(
                    DiagnosticCode.MISPLACED_NULL,
                    e.span(),
                    "`request." + name + "` is required, so it is never null",
                    "declare it optional with `" + name + "?: ...` in the action, or drop this test");
            return null;
        }
        Expr.Present present = new Expr.Present(name, e.span());
        return e.operator() == CompareOp.NE ? present : new Expr.Not(present, e.span());
    }

    private static boolean takesOtherSidesType(Expression side) {
        return side instanceof NameRef n
                ? !BareNames.BUILT_IN.contains(n.name())
                : side instanceof Literal.StringLiteral;
    }

    /**
     * {@code route == "x"} in an assertion: "x" must be a declared route when routes are declared.
     * {@code ""} is the route of every decision that has none, so it is always nameable.
     */
    private void checkRoute(Expr route, Expr other) {
        if (route instanceof Expr.RouteRef
                && other instanceof Expr.Const c
                && c.value() instanceof Value.StringValue s
                && !s.value().isEmpty()
                && declarations.routesDeclared
                && !declarations.routes.contains(s.value())) {
            String help = DidYouMean.help(s.value(), declarations.routes);
            diagnostics.report(
                    DiagnosticCode.UNDEFINED_ROUTE,
                    c.span(),
                    "route \"" + s.value() + "\" is not declared in `routes`",
                    help != null ? help : "the declared routes are " + String.join(", ", declarations.routes));
        }
    }

    @Override
    public Expr visitInSet(Expression.InSet e) {
        Expr operand = typed(e.operand(), null);
        if (operand == null) {
            return null;
        }
        List<Value> values = new ArrayList<>();
        boolean sound = true;
        for (var element : e.elements()) {
            Value value = element instanceof NameRef n
                    ? constants.name(n.name(), n.span(), operand.type(), false)
                    : constants.literal((Literal) element, operand.type());
            sound &= value != null;
            values.add(value);
        }
        if (!sound) {
            return null;
        }
        Expr.InSet in = new Expr.InSet(operand, values, e.span());
        return e.negated() ? new Expr.Not(in, e.span()) : in;
    }

    @Override
    public Expr visitMatches(Expression.Matches e) {
        Expr operand = string(e.operand(), "`matches`");
        PatternParser.Result result = PatternParser.parse(e.pattern());
        if (result instanceof PatternParser.Rejected rejected) {
            diagnostics.report(
                    DiagnosticCode.INVALID_PATTERN,
                    insidePattern(e, rejected.offset()),
                    rejected.message(),
                    rejected.help());
            return null;
        }
        return operand == null
                ? null
                : new Expr.Matches(operand, ((PatternParser.Parsed) result).pattern(), e.pattern(), e.span());
    }

    /** The column of the pattern's {@code offset}-th character: a pattern ends its expression, on one line. */
    private static SourceSpan insidePattern(Expression.Matches e, int offset) {
        SourceSpan span = e.span();
        int length = e.pattern().codePointCount(0, e.pattern().length());
        int column = Math.max(1, span.endColumn() - length + offset);
        return new SourceSpan(span.file(), span.endLine(), column, span.endLine(), column);
    }

    @Override
    public Expr visitStringTest(Expression.StringTest e) {
        String operator = "`" + e.operator().keyword() + "`";
        if (e.operator() == Expression.StringOperator.CONTAINS) {
            Expr list = untypedList(e.left(), PrimitiveType.STRING);
            if (list == null) {
                return null;
            }
            if (list.type() instanceof ListType l && !(l.element() instanceof RecordType)) {
                return listContains((Expr.Attribute) list, l.element(), e);
            }
            if (list.type() instanceof ListType) {
                diagnostics.report(
                        DiagnosticCode.TYPE_MISMATCH,
                        e.span(),
                        "`contains` compares elements with a value, but the elements of `"
                                + ((Expr.Attribute) list).path() + "` are objects",
                        "test their members: `any(x in " + ((Expr.Attribute) list).path() + ": x.... == ...)`");
                return null;
            }
            Expr left = string(list, e.left(), operator);
            Expr right = string(e.right(), operator);
            return left == null || right == null
                    ? null
                    : new Expr.StringTest(Expr.StringOp.CONTAINS, left, right, e.span());
        }
        Expr left = string(e.left(), operator);
        Expr right = string(e.right(), operator);
        if (left == null || right == null) {
            return null;
        }
        return new Expr.StringTest(Expr.StringOp.valueOf(e.operator().name()), left, right, e.span());
    }

    /** {@code request.paths contains v}: {@code v} a value of the list's element type. */
    private Expr listContains(Expr.Attribute list, ValueType element, Expression.StringTest e) {
        Expr value = typed(e.right(), element);
        if (value == null) {
            return null;
        }
        if (value instanceof Expr.Const c
                && c.value() instanceof Value.IntValue i
                && element == PrimitiveType.DECIMAL) {
            value = new Expr.Const(new Value.DecimalValue(BigDecimal.valueOf(i.value())), c.span());
        }
        if (!value.type().equals(element) && !(value.type().isNumeric() && element.isNumeric())) {
            diagnostics.report(
                    DiagnosticCode.TYPE_MISMATCH,
                    e.right().span(),
                    "`" + list.path() + "` holds " + element.displayName() + " values, but this is "
                            + Constants.article(value.type()),
                    null);
            return null;
        }
        return new Expr.ListContains(list, value, e.span());
    }

    /** An operand that must be a string; reported when it is not. */
    private Expr string(Expression e, String what) {
        return string(typed(e, PrimitiveType.STRING), e, what);
    }

    private Expr string(Expr typed, Expression e, String what) {
        if (typed != null && typed.type() != PrimitiveType.STRING) {
            diagnostics.report(
                    DiagnosticCode.TYPE_MISMATCH,
                    e.span(),
                    what + " works on strings, but this is " + Constants.article(typed.type()),
                    null);
            return null;
        }
        return typed;
    }

    @Override
    public Expr visitArithmetic(Expression.Arithmetic e) {
        Expr typedLeft = typed(e.left(), null);
        Expr typedRight = typed(e.right(), null);
        if (e.operator() == Expression.ArithmeticOperator.MINUS
                && typedLeft != null
                && typedRight != null
                && typedLeft.type() == PrimitiveType.DATE
                && typedRight.type() == PrimitiveType.DATE) {
            return new Expr.Arithmetic(Expr.ArithmeticOp.SUB, typedLeft, typedRight, PrimitiveType.INT, e.span());
        }
        Expr left = number(typedLeft, e.left(), e.operator().symbol());
        Expr right = number(typedRight, e.right(), e.operator().symbol());
        if (left == null || right == null) {
            return null;
        }
        if (e.operator() == Expression.ArithmeticOperator.TIMES
                && !(left instanceof Expr.Const)
                && !(right instanceof Expr.Const)) {
            diagnostics.report(
                    DiagnosticCode.NONLINEAR_ARITHMETIC,
                    e.span(),
                    "`*` multiplies two values that both vary",
                    "multiply by a constant only, e.g. `request.amount * 2`");
            return null;
        }
        ValueType type = left.type() == PrimitiveType.DECIMAL || right.type() == PrimitiveType.DECIMAL
                ? PrimitiveType.DECIMAL
                : PrimitiveType.INT;
        Expr.ArithmeticOp op = switch (e.operator()) {
            case PLUS -> Expr.ArithmeticOp.ADD;
            case MINUS -> Expr.ArithmeticOp.SUB;
            case TIMES -> Expr.ArithmeticOp.MUL;
        };
        return new Expr.Arithmetic(op, left, right, type, e.span());
    }

    private Expr number(Expression e, String operator) {
        return number(typed(e, null), e, operator);
    }

    private Expr number(Expr typed, Expression e, String operator) {
        if (typed != null && !typed.type().isNumeric()) {
            diagnostics.report(
                    DiagnosticCode.TYPE_MISMATCH,
                    e.span(),
                    "`" + operator + "` works on numbers, but this is " + Constants.article(typed.type()),
                    typed.type() == PrimitiveType.DATE
                            ? "the days from one date to another are `later - earlier`, both dates"
                            : null);
            return null;
        }
        return typed;
    }

    @Override
    public Expr visitNegate(Expression.Negate e) {
        Expr operand = number(e.operand(), "-");
        if (operand instanceof Expr.Const c) {
            Value negated = c.value() instanceof Value.IntValue i
                    ? new Value.IntValue(-i.value())
                    : new Value.DecimalValue(
                            ((Value.DecimalValue) c.value()).value().negate());
            return new Expr.Const(negated, e.span());
        }
        return operand == null ? null : new Expr.Negate(operand, e.span());
    }

    @Override
    public Expr visitCall(Expression.Call e) {
        String callee = e.callee().text();
        if (callee.equals(ReferenceCheck.LENGTH)) {
            return length(e);
        }
        List<ValueType> types = columns.get(callee);
        if (types == null) {
            return null;
        }
        if (types.size() != e.arguments().size()) {
            Diagnostic d = Diagnostic.of(
                    DiagnosticCode.ARITY_MISMATCH,
                    e.span(),
                    "`" + callee + "` has " + types.size() + " column"
                            + (types.size() == 1 ? "" : "s") + " but is given "
                            + e.arguments().size() + " argument"
                            + (e.arguments().size() == 1 ? "" : "s"),
                    "give one argument per column; `_` stands for any value");
            var decl = declarations.relations.get(callee);
            diagnostics.add(decl == null ? d : d.withLabel(decl.span(), "declared here"));
            return null;
        }
        List<Expr> arguments = new ArrayList<>();
        boolean sound = true;
        for (int i = 0; i < types.size(); i++) {
            Expr argument = argument(e.arguments().get(i), types.get(i), callee, i);
            sound &= argument != null;
            arguments.add(argument);
        }
        return sound ? new Expr.Atom(callee, arguments, e.span()) : null;
    }

    private Expr argument(Argument argument, ValueType column, String relation, int index) {
        if (column == null) {
            return null;
        }
        if (argument instanceof Wildcard w) {
            return new Expr.Wildcard(column, w.span());
        }
        Expr typed = typed((Expression) argument, column);
        if (typed == null || typed.type().equals(column)) {
            return typed;
        }
        if (typed instanceof Expr.Const c && c.value() instanceof Value.IntValue i && column == PrimitiveType.DECIMAL) {
            return new Expr.Const(new Value.DecimalValue(BigDecimal.valueOf(i.value())), c.span());
        }
        diagnostics.report(
                DiagnosticCode.TYPE_MISMATCH,
                argument.span(),
                "argument " + (index + 1) + " of `" + relation + "` must be " + Constants.article(column)
                        + ", but this is " + Constants.article(typed.type()),
                null);
        return null;
    }

    private Expr length(Expression.Call e) {
        if (e.arguments().size() != 1) {
            diagnostics.report(
                    DiagnosticCode.ARITY_MISMATCH,
                    e.span(),
                    "`len` takes one argument, but is given " + e.arguments().size(),
                    "write `len(request.x)`");
            return null;
        }
        if (e.arguments().get(0) instanceof Wildcard w) {
            diagnostics.report(
                    DiagnosticCode.MISPLACED_WILDCARD,
                    w.span(),
                    "`_` cannot stand as the argument of `len`",
                    "`_` only stands for any value in a relation's argument");
            return null;
        }
        Expression argument = (Expression) e.arguments().get(0);
        Expr operand = untypedList(argument, PrimitiveType.STRING);
        if (operand != null && operand.type() instanceof ListType) {
            return new Expr.ListLength((Expr.Attribute) operand, e.span());
        }
        if (operand != null && operand.type() != PrimitiveType.STRING) {
            diagnostics.report(
                    DiagnosticCode.TYPE_MISMATCH,
                    argument.span(),
                    "`len` works on strings and lists, but this is " + Constants.article(operand.type()),
                    null);
            return null;
        }
        return operand == null ? null : new Expr.Length(operand, e.span());
    }

    @Override
    public Expr visitAttribute(Expression.AttributeRef e) {
        String name = e.attribute().text();
        switch (e.scope()) {
            case CONTEXT:
                var field = declarations.context.get(name);
                return field == null
                        ? null
                        : declarations
                                .type(field)
                                .map(t -> (Expr) new Expr.Attribute(Expr.Scope.CONTEXT, name, t, e.span()))
                                .orElse(null);
            case TIME:
                return TimeAttribute.named(name)
                        .map(t -> (Expr) new Expr.Attribute(Expr.Scope.TIME, name, t.type(), e.span()))
                        .orElse(null);
            default:
                ValueType type = attributes.type(e);
                return type == null ? null : new Expr.Attribute(Expr.Scope.REQUEST, name, type, e.span());
        }
    }

    @Override
    public Expr visitHistory(Expression.History e) {
        return history.type(e);
    }

    @Override
    public Expr visitCurrentAction(Expression.CurrentAction e) {
        return new Expr.CurrentAction(e.span());
    }

    @Override
    public Expr visitEffect(Expression.EffectRef e) {
        return names.assertionOnly(e.effect().keyword(), e.span())
                ? new Expr.Const(new Value.EffectValue(e.effect()), e.span())
                : null;
    }

    @Override
    public Expr visitNull(Expression.NullRef e) {
        diagnostics.report(
                DiagnosticCode.MISPLACED_NULL,
                e.span(),
                "`null` can only be compared with an optional parameter",
                "test presence with `request.x == null` or `request.x != null`");
        return null;
    }

    @Override
    public Expr visitVariable(Expression.Variable e) {
        if (variables.unsafe(e)) {
            return null;
        }
        ValueType type = variables.type(e.name());
        return type == null ? null : new Expr.Var(e.name(), type, e.span());
    }

    @Override
    public Expr visitName(NameRef e) {
        return name(e, null);
    }

    /** A bare name: a quantifier's element where one is bound, else what {@link BareNames} makes of it. */
    private Expr name(NameRef n, ValueType expected) {
        ValueType element = elements.get(n.name());
        if (element != null) {
            return new Expr.Element(n.name(), element, n.span());
        }
        int dot = n.name().indexOf('.');
        String head = dot < 0 ? n.name() : n.name().substring(0, dot);
        if (dot > 0 && elements.containsKey(head)) {
            return member(n, head, n.name().substring(dot + 1), elements.get(head));
        }
        Expression.Quantified binder = quantifiers.get(head);
        if (binder != null) {
            diagnostics.add(Diagnostic.of(
                            DiagnosticCode.QUANTIFIER_VARIABLE_OUT_OF_SCOPE,
                            n.span(),
                            "`" + n.name() + "` is the variable of a quantifier, and is only known inside its body",
                            "use it between the `:` and the `)` of `"
                                    + binder.quantifier().keyword() + "(" + n.name() + " in ...: ...)`")
                    .withLabel(binder.variable().span(), "`" + n.name() + "` is bound here"));
            return null;
        }
        return names.resolve(n, expected);
    }

    /** {@code e.sku}: a required member of the element at hand of a list of objects. */
    private Expr member(NameRef n, String variable, String member, ValueType element) {
        if (!(element instanceof RecordType r)) {
            diagnostics.report(
                    DiagnosticCode.UNDEFINED_ATTRIBUTE,
                    n.span(),
                    "`" + variable + "` is " + Constants.article(element) + ", which has no member `" + member + "`",
                    "only the elements of a list of objects have members");
            return null;
        }
        RecordType.Member m = r.member(member).orElse(null);
        if (m == null) {
            String help = DidYouMean.help(
                    member, r.members().stream().map(RecordType.Member::name).toList());
            diagnostics.report(
                    DiagnosticCode.UNDEFINED_ATTRIBUTE,
                    n.span(),
                    "the elements of this list have no member `" + member + "`",
                    help != null ? help : "their members are " + r.displayName());
            return null;
        }
        if (m.optional()) {
            diagnostics.report(
                    DiagnosticCode.UNGUARDED_OPTIONAL,
                    n.span(),
                    "`" + n.name() + "` is optional in the list's elements, and a condition cannot test an element's"
                            + " member for presence",
                    "declare `" + member + "` required in the element type to read it");
            return null;
        }
        return new Expr.ElementField(variable, member, m.type(), n.span());
    }

    /** Finds every quantifier of the condition by its variable (the first one, for a name used twice). */
    private void collectQuantifiers(Expression e) {
        if (e instanceof Expression.Quantified q) {
            quantifiers.putIfAbsent(q.variable().text(), q);
        }
        for (Expression child : ExpressionChildren.of(e)) {
            collectQuantifiers(child);
        }
    }

    /**
     * {@code any(x in request.paths: body)}: the list a list parameter; the body typed with
     * {@code x} its element, a condition for every quantifier ({@code count} counts the elements
     * it holds for).
     */
    @Override
    public Expr visitQuantified(Expression.Quantified e) {
        String variable = e.variable().text();
        String keyword = e.quantifier().keyword();
        Expr list = list(e.list(), "`" + keyword + "`");
        boolean sound = list != null;
        if (elements.containsKey(variable)) {
            diagnostics.report(
                    DiagnosticCode.SHADOWED_QUANTIFIER_VARIABLE,
                    e.variable().span(),
                    "`" + variable + "` is already the variable of an enclosing quantifier",
                    "give this quantifier's variable another name");
            sound = false;
        } else if (declarations.valueNames().contains(variable)) {
            diagnostics.report(
                    DiagnosticCode.SHADOWED_QUANTIFIER_VARIABLE,
                    e.variable().span(),
                    "`" + variable + "` already names an action, an enum value or a built-in name",
                    "give the quantifier's variable a name of its own, e.g. `x`");
            sound = false;
        }
        if (!sound) {
            return null;
        }
        elements.put(variable, ((ListType) list.type()).element());
        Expr body = condition(e.body());
        elements.remove(variable);
        return body == null
                ? null
                : new Expr.Quantifier(e.quantifier(), variable, (Expr.Attribute) list, body, e.span());
    }

    /** An operand that must be a list parameter; reported when it is not. */
    private Expr list(Expression e, String what) {
        Expr typed = untypedList(e, null);
        if (typed != null && !(typed.type() instanceof ListType)) {
            diagnostics.report(
                    DiagnosticCode.NOT_A_LIST,
                    e.span(),
                    what + " goes over the elements of a list, but this is " + Constants.article(typed.type()),
                    "quantify over a parameter declared `name: list<T>`, as in `any(x in request.paths: ...)`");
            return null;
        }
        return typed;
    }

    @Override
    public Expr visitString(Literal.StringLiteral e) {
        return constant(e);
    }

    @Override
    public Expr visitInt(Literal.IntLiteral e) {
        return constant(e);
    }

    @Override
    public Expr visitDecimal(Literal.DecimalLiteral e) {
        return constant(e);
    }

    @Override
    public Expr visitDate(Literal.DateLiteral e) {
        return constant(e);
    }

    @Override
    public Expr visitClock(Literal.ClockLiteral e) {
        return constant(e);
    }

    @Override
    public Expr visitBool(Literal.BoolLiteral e) {
        return constant(e);
    }

    private Expr constant(Literal literal) {
        Value value = constants.literal(literal);
        return value == null ? null : new Expr.Const(value, literal.span());
    }
}
