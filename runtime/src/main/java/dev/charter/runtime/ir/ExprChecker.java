package dev.charter.runtime.ir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that an expression only reads what exists, with operand types that fit: the part of
 * {@link ProgramValidator} that walks a rule's or assertion's condition. It reports what it
 * finds to the validator, against the declarations the validator has collected.
 */
final class ExprChecker implements ExprVisitor<Void> {

    private final ProgramValidator validator;
    private final String where;
    private final List<String> ruleActions;
    private final boolean inAssertion;
    private final Map<String, ValueType> variables = new HashMap<>();
    private final Map<String, ValueType> elements = new HashMap<>();

    ExprChecker(ProgramValidator validator, String where, List<String> ruleActions, boolean inAssertion) {
        this.validator = validator;
        this.where = where;
        this.ruleActions = ruleActions;
        this.inAssertion = inAssertion;
    }

    void check(Expr e) {
        e.accept(this);
    }

    public Void visitConst(Expr.Const c) {
        validator.checkValue(c.value(), c.value().type(), where);
        return null;
    }

    public Void visitAttribute(Expr.Attribute a) {
        switch (a.scope()) {
            case CONTEXT -> checkContextAttribute(a);
            case TIME ->
                validator.require(
                        TimeAttribute.named(a.name())
                                .map(t -> t.type().equals(a.type()))
                                .orElse(false),
                        where + ": unknown time attribute " + a.name());
            case REQUEST -> checkRequestAttribute(a);
        }
        return null;
    }

    private void checkContextAttribute(Expr.Attribute a) {
        Field declared = validator.contextAttribute(a.name());
        validator.require(
                declared != null && declared.type().equals(a.type()), where + ": bad context attribute " + a.name());
    }

    private void checkRequestAttribute(Expr.Attribute a) {
        validator.require(ruleActions != null || inAssertion, where + ": request attribute outside a rule");
        if (ruleActions == null) {
            return;
        }
        for (String action : ruleActions) {
            ActionDecl decl = validator.action(action);
            validator.require(
                    decl == null
                            || decl.parameter(a.name())
                                    .map(p -> p.type().equals(a.type()))
                                    .orElse(false),
                    where + ": action " + action + " has no parameter " + a.name() + " of type "
                            + a.type().displayName());
        }
    }

    public Void visitPresent(Expr.Present p) {
        validator.require(ruleActions != null || inAssertion, where + ": request attribute outside a rule");
        List<String> scope = ruleActions != null ? ruleActions : validator.actionNames();
        if (ruleActions != null) {
            for (String action : ruleActions) {
                ActionDecl decl = validator.action(action);
                validator.require(
                        decl == null
                                || decl.parameter(p.name()).isPresent()
                                || decl.object(p.name()).isPresent(),
                        where + ": action " + action + " has no parameter " + p.name());
            }
        }
        validator.require(
                validator.optionalIn(scope, p.name()),
                where + ": " + p.path() + " != null tests a parameter no action declares optional");
        return null;
    }

    public Void visitAgent(Expr.Agent a) {
        return null;
    }

    public Void visitCurrentAction(Expr.CurrentAction a) {
        return null;
    }

    public Void visitActionIs(Expr.ActionIs a) {
        validator.require(validator.action(a.action()) != null, where + ": unknown action " + a.action());
        return null;
    }

    public Void visitDecisionRef(Expr.DecisionRef d) {
        validator.require(inAssertion, where + ": decision is only known in assertions");
        return null;
    }

    public Void visitRouteRef(Expr.RouteRef r) {
        validator.require(inAssertion, where + ": route is only known in assertions");
        return null;
    }

    public Void visitNot(Expr.Not n) {
        bool(n.operand());
        return null;
    }

    public Void visitAnd(Expr.And a) {
        a.operands().forEach(this::bool);
        return null;
    }

    public Void visitOr(Expr.Or o) {
        o.operands().forEach(this::bool);
        return null;
    }

    public Void visitImplies(Expr.Implies i) {
        bool(i.premise());
        bool(i.conclusion());
        return null;
    }

    public Void visitCompare(Expr.Compare c) {
        check(c.left());
        check(c.right());
        ValueType l = c.left().type();
        ValueType r = c.right().type();
        validator.require(
                !(l instanceof ListType || l instanceof RecordType || r instanceof ListType || r instanceof RecordType),
                where + ": compares a list or an object at " + c.span());
        validator.require(
                l.equals(r) || (l.isNumeric() && r.isNumeric()),
                where + ": compares " + l.displayName() + " with " + r.displayName());
        validator.require(
                !c.op().isOrdering() || (l.isOrdered() && r.isOrdered()),
                where + ": " + c.op().symbol() + " needs ordered operands");
        return null;
    }

    public Void visitInSet(Expr.InSet s) {
        check(s.operand());
        validator.require(
                !(s.operand().type() instanceof ListType || s.operand().type() instanceof RecordType),
                where + ": a list or an object in a set test at " + s.span());
        s.values().forEach(v -> validator.checkValue(v, s.operand().type(), where));
        return null;
    }

    public Void visitArithmetic(Expr.Arithmetic a) {
        if (a.left().type() == PrimitiveType.DATE || a.right().type() == PrimitiveType.DATE) {
            validator.require(
                    a.op() == Expr.ArithmeticOp.SUB
                            && a.left().type() == PrimitiveType.DATE
                            && a.right().type() == PrimitiveType.DATE
                            && a.type() == PrimitiveType.INT,
                    where + ": the only arithmetic on dates is a date minus a date, an int, at " + a.span());
            return null;
        }
        numeric(a.left());
        numeric(a.right());
        validator.require(
                a.op() != Expr.ArithmeticOp.MUL || a.left() instanceof Expr.Const || a.right() instanceof Expr.Const,
                where + ": multiplication needs a constant operand");
        ValueType expected =
                a.left().type() == PrimitiveType.DECIMAL || a.right().type() == PrimitiveType.DECIMAL
                        ? PrimitiveType.DECIMAL
                        : PrimitiveType.INT;
        validator.require(a.type() == expected, where + ": arithmetic at " + a.span() + " has the wrong result type");
        return null;
    }

    public Void visitNegate(Expr.Negate n) {
        numeric(n.operand());
        return null;
    }

    public Void visitStringTest(Expr.StringTest s) {
        string(s.left());
        string(s.right());
        return null;
    }

    public Void visitMatches(Expr.Matches m) {
        string(m.operand());
        dialect(m.pattern().body(), m.span());
        validator.require(
                Regex.positions(m.pattern().body()) <= Regex.MAX_POSITIONS,
                where + ": pattern at " + m.span() + " expands to more than " + Regex.MAX_POSITIONS + " positions");
        return null;
    }

    /** The bounds the compiler enforces: repetition up to {@link Regex#MAX_REPEAT}, code points only. */
    private void dialect(Regex regex, SourceSpan span) {
        if (regex instanceof Regex.CharClass c) {
            for (Regex.Range r : c.ranges()) {
                validator.require(
                        r.from() >= 0 && r.to() <= Character.MAX_CODE_POINT,
                        where + ": pattern at " + span + " has a range outside the code points");
            }
        } else if (regex instanceof Regex.Concat c) {
            c.parts().forEach(p -> dialect(p, span));
        } else if (regex instanceof Regex.Union u) {
            u.alternatives().forEach(a -> dialect(a, span));
        } else if (regex instanceof Regex.Repeat r) {
            validator.require(
                    r.min() >= 0
                            && r.min() <= Regex.MAX_REPEAT
                            && r.max() <= Regex.MAX_REPEAT
                            && (r.max() == Regex.Repeat.UNBOUNDED || r.max() >= r.min()),
                    where + ": pattern at " + span + " repeats {" + r.min() + "," + r.max() + "}, outside 0.."
                            + Regex.MAX_REPEAT);
            dialect(r.body(), span);
        }
    }

    public Void visitLength(Expr.Length l) {
        string(l.operand());
        return null;
    }

    public Void visitAtom(Expr.Atom a) {
        Relation r = validator.relation(a.relation());
        if (r == null || r.arity() != a.arguments().size()) {
            validator.report(where + ": relation " + a.relation() + " unknown or used with the wrong arity");
            return null;
        }
        for (int i = 0; i < r.arity(); i++) {
            Expr arg = a.arguments().get(i);
            if (!(arg instanceof Expr.Wildcard)) {
                check(arg);
            }
            validator.require(
                    arg.type().equals(r.columns().get(i).type()),
                    where + ": argument " + (i + 1) + " of " + r.name() + " has the wrong type");
        }
        return null;
    }

    public Void visitWildcard(Expr.Wildcard w) {
        validator.report(where + ": _ outside an atom at " + w.span());
        return null;
    }

    private void bool(Expr e) {
        check(e);
        validator.require(e.type() == PrimitiveType.BOOL, where + ": expected a condition at " + e.span());
    }

    private void numeric(Expr e) {
        check(e);
        validator.require(e.type().isNumeric(), where + ": expected a number at " + e.span());
    }

    private void string(Expr e) {
        check(e);
        validator.require(e.type() == PrimitiveType.STRING, where + ": expected a string at " + e.span());
    }

    public Void visitVar(Expr.Var v) {
        validator.require(
                v.type().equals(variables.get(v.name())),
                where + ": variable " + v.name() + " is not bound here with type "
                        + v.type().displayName() + " at " + v.span());
        return null;
    }

    /**
     * Each variable is new, takes the type of the column where it first occurs as an argument of
     * one of the atoms, and is read only after that occurrence; it is out of scope after the node.
     */
    public Void visitExists(Expr.Exists e) {
        List<String> introduced = e.variables().stream().map(Expr.Var::name).toList();
        validator.require(
                !e.variables().isEmpty()
                        && !e.atoms().isEmpty()
                        && introduced.stream().distinct().count() == introduced.size(),
                where + ": exists without variables, atoms, or with a variable twice at " + e.span());
        for (String name : introduced) {
            validator.require(!variables.containsKey(name), where + ": variable " + name + " bound twice");
        }
        Map<String, ValueType> declared = new HashMap<>();
        e.variables().forEach(v -> declared.put(v.name(), v.type()));
        for (Expr.Atom atom : e.atoms()) {
            Relation r = validator.relation(atom.relation());
            if (r == null || r.arity() != atom.arguments().size()) {
                validator.report(where + ": relation " + atom.relation() + " unknown or used with the wrong arity");
                continue;
            }
            for (int i = 0; i < r.arity(); i++) {
                Expr arg = atom.arguments().get(i);
                if (arg instanceof Expr.Var v && declared.containsKey(v.name()) && !variables.containsKey(v.name())) {
                    validator.require(
                            declared.get(v.name()).equals(r.columns().get(i).type()),
                            where + ": variable " + v.name() + " bound to a column of another type");
                    variables.put(v.name(), declared.get(v.name()));
                }
            }
            visitAtom(atom);
        }
        validator.require(
                variables.keySet().containsAll(introduced),
                where + ": a variable of exists is bound by none of its atoms at " + e.span());
        bool(e.body());
        introduced.forEach(variables::remove);
        return null;
    }

    /**
     * The list is a list parameter; the variable is new (no enclosing quantifier binds it) and is
     * read only in the body; {@code any} and {@code all} have a condition as body, {@code count} too.
     */
    public Void visitQuantifier(Expr.Quantifier q) {
        list(q.list());
        if (!(q.list().type() instanceof ListType)) {
            return null;
        }
        validator.require(
                !q.variable().isEmpty() && !elements.containsKey(q.variable()),
                where + ": quantifier variable " + q.variable() + " rebound at " + q.span());
        elements.put(q.variable(), q.elementType());
        bool(q.body());
        elements.remove(q.variable());
        return null;
    }

    public Void visitElement(Expr.Element e) {
        validator.require(
                e.type().equals(elements.get(e.variable())),
                where + ": element " + e.variable() + " is not bound here with type "
                        + e.type().displayName() + " at " + e.span());
        return null;
    }

    public Void visitElementField(Expr.ElementField e) {
        ValueType element = elements.get(e.variable());
        validator.require(
                element instanceof RecordType r
                        && r.member(e.member())
                                .map(m -> !m.optional() && m.type().equals(e.type()))
                                .orElse(false),
                where + ": " + e.variable() + "." + e.member() + " is not a required member of type "
                        + e.type().displayName() + " at " + e.span());
        return null;
    }

    public Void visitListLength(Expr.ListLength l) {
        list(l.list());
        return null;
    }

    public Void visitListContains(Expr.ListContains c) {
        list(c.list());
        check(c.value());
        if (c.list().type() instanceof ListType l) {
            ValueType v = c.value().type();
            validator.require(
                    !(l.element() instanceof RecordType)
                            && (l.element().equals(v) || (l.element().isNumeric() && v.isNumeric())),
                    where + ": a list of " + l.element().displayName() + " cannot contain " + v.displayName() + " at "
                            + c.span());
        }
        return null;
    }

    private void list(Expr.Attribute list) {
        check(list);
        validator.require(
                list.scope() == Expr.Scope.REQUEST && list.type() instanceof ListType,
                where + ": expected a list parameter at " + list.span());
    }

    /**
     * The pattern could name an action, the window is 1 minute to {@link HistoryQuery#MAX_WINDOW_MINUTES},
     * no equality is repeated, a summand is a number, and every declared action the pattern
     * matches declares the compared and summed parameters with their types.
     */
    public Void visitHistory(Expr.History h) {
        HistoryQuery q = h.query();
        String at = where + ": history term at " + h.span();
        (q.isPrefix()
                        ? ActionNames.problemOfPrefix(
                                q.actions().substring(0, q.actions().length() - 1))
                        : ActionNames.problem(q.actions()))
                .ifPresent(problem -> validator.report(at + ": " + problem));
        if (q.window() instanceof HistoryQuery.Window.Within w) {
            validator.require(
                    w.minutes() >= 1 && w.minutes() <= HistoryQuery.MAX_WINDOW_MINUTES,
                    at + ": a window is 1 minute to " + HistoryQuery.MAX_WINDOW_MINUTES + " minutes");
        }
        validator.require(q.matches().stream().distinct().count() == q.matches().size(), at + ": repeats an equality");
        q.summed()
                .ifPresent(
                        s -> validator.require(s.type().isNumeric(), at + ": sums a parameter that is not a number"));
        for (String action : validator.actionNames()) {
            if (!q.matchesAction(action)) {
                continue;
            }
            ActionDecl decl = validator.action(action);
            for (HistoryQuery.Match m : q.matches()) {
                if (m instanceof HistoryQuery.Match.SameParameter p) {
                    validator.require(
                            decl.parameter(p.path())
                                    .map(f -> f.type().equals(p.type()))
                                    .orElse(false),
                            at + ": action " + action + " has no parameter " + p.path() + " of type "
                                    + p.type().displayName());
                }
            }
            q.summed()
                    .ifPresent(s -> validator.require(
                            decl.parameter(s.path())
                                    .map(f -> f.type().equals(s.type()))
                                    .orElse(false),
                            at + ": action " + action + " has no parameter " + s.path() + " of type "
                                    + s.type().displayName()));
        }
        return null;
    }
}
