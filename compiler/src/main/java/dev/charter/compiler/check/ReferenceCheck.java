package dev.charter.compiler.check;

import dev.charter.compiler.ast.Argument;
import dev.charter.compiler.ast.BodyLiteral;
import dev.charter.compiler.ast.DatalogAtom;
import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.Expression;
import dev.charter.compiler.ast.ExpressionVisitor;
import dev.charter.compiler.ast.Literal;
import dev.charter.compiler.ast.Name;
import dev.charter.compiler.ast.NameRef;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.TimeAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The resolve stage's checks of references: relations named in clauses and conditions exist,
 * clauses do not define {@code input} relations, facts have a declared relation, and every
 * {@code request.x}, {@code context.x} and {@code time.x} names a declared attribute.
 * Bare names are resolved later, by the type they are expected to have.
 */
final class ReferenceCheck {

    static final String LENGTH = "len";
    static final List<String> TIME_ATTRIBUTES = Arrays.stream(TimeAttribute.values())
            .map(TimeAttribute::attributeName)
            .toList();

    private final Declarations declarations;
    private final Diagnostics diagnostics;

    private ReferenceCheck(Declarations declarations, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    static void check(Declarations declarations, Diagnostics diagnostics) {
        ReferenceCheck check = new ReferenceCheck(declarations, diagnostics);
        declarations.clauses.forEach(check::clause);
        for (Declaration.RuleDecl rule : declarations.rules) {
            Conditions walker = check.new Conditions(declarations.ruleActions.get(rule), true);
            rule.when().ifPresent(walker::walk);
            rule.unless().ifPresent(walker::walk);
        }
        for (Declaration.AssertDecl assertion : declarations.assertions) {
            check.new Conditions(List.copyOf(declarations.actions.keySet()), false).walk(assertion.condition());
        }
    }

    private void clause(Declaration.ClauseDecl clause) {
        Name head = clause.head().relation();
        if (declarations.isInput(head.text())) {
            diagnostics.report(
                    DiagnosticCode.INPUT_RELATION_DEFINED,
                    head.span(),
                    "`" + head.text() + "` is an input relation: its facts come from the host, not from clauses",
                    "supply these facts in the fact snapshot, or declare `relation " + head.text()
                            + "` without `input`");
        } else if (clause.isFact() && !declarations.relations.containsKey(head.text())) {
            diagnostics.report(
                    DiagnosticCode.UNDECLARED_RELATION,
                    head.span(),
                    "facts of `" + head.text() + "` need a declared relation",
                    "declare its columns, e.g. `relation " + head.text() + "(name: string)`");
        }
        for (BodyLiteral literal : clause.body()) {
            if (literal instanceof DatalogAtom atom) {
                relation(atom.relation());
            } else if (literal instanceof BodyLiteral.NegatedAtom negated) {
                relation(negated.atom().relation());
            }
        }
    }

    /** Reports a relation name that is neither declared nor defined; true when it exists. */
    private boolean relation(Name name) {
        if (declarations.isRelation(name.text())) {
            return true;
        }
        List<String> candidates = new ArrayList<>(declarations.relationOrder);
        String help = DidYouMean.help(name.text(), candidates);
        diagnostics.report(
                DiagnosticCode.UNDEFINED_RELATION,
                name.span(),
                "no relation named `" + name.text() + "`",
                help != null ? help : "declare it with `relation " + name.text() + "(...)` or define it with a clause");
        return false;
    }

    /** Walks one rule's or assertion's conditions; reports each missing attribute once. */
    private final class Conditions implements ExpressionVisitor<Void> {
        private final List<String> actions;
        private final boolean inRule;
        private final Set<String> reported = new HashSet<>();
        /** The parameter names of all the actions, computed on the first {@code request.x}. */
        private Set<String> parameters;

        /** {@code actions} are the ones {@code request.x} may come from; null when unknown. */
        Conditions(List<String> actions, boolean inRule) {
            this.actions = actions;
            this.inRule = inRule;
        }

        void walk(Expression e) {
            e.accept(this);
        }

        public Void visitAttribute(Expression.AttributeRef a) {
            String name = a.attribute().text();
            String path = a.scope().keyword() + "." + name;
            switch (a.scope()) {
                case CONTEXT -> {
                    if (!declarations.context.containsKey(name)) {
                        undefined(
                                a,
                                path,
                                declarations.context.keySet(),
                                "declare it in `context { " + name + ": TYPE }`");
                    }
                }
                case TIME -> {
                    if (!TIME_ATTRIBUTES.contains(name)) {
                        undefined(
                                a,
                                path,
                                TIME_ATTRIBUTES,
                                "the time attributes are "
                                        + TIME_ATTRIBUTES.stream()
                                                .map(t -> "time." + t)
                                                .collect(Collectors.joining(", ")));
                    }
                }
                case REQUEST -> request(a, name, path);
            }
            return null;
        }

        private void request(Expression.AttributeRef a, String name, String path) {
            if (actions == null) {
                return;
            }
            if (parameters == null) {
                parameters = new LinkedHashSet<>();
                actions.forEach(action ->
                        parameters.addAll(declarations.parameters.get(action).keySet()));
            }
            if (!parameters.contains(name)) {
                String where = inRule
                        ? (actions.size() == 1 ? "action `" + actions.get(0) + "`" : "the rule's actions")
                        : "any action";
                undefined(a, path, parameters, "no parameter `" + name + "` is declared by " + where);
            }
        }

        private void undefined(
                Expression.AttributeRef a, String path, Collection<String> candidates, String otherwise) {
            if (!reported.add(path)) {
                return;
            }
            String help = DidYouMean.suggest(a.attribute().text(), candidates)
                    .map(s -> "did you mean `" + a.scope().keyword() + "." + s + "`?")
                    .orElse(otherwise);
            diagnostics.report(DiagnosticCode.UNDEFINED_ATTRIBUTE, a.span(), "unknown attribute `" + path + "`", help);
        }

        public Void visitCall(Expression.Call c) {
            if (!c.callee().text().equals(LENGTH)) {
                relation(c.callee());
            }
            for (Argument argument : c.arguments()) {
                if (argument instanceof Expression e) {
                    walk(e);
                }
            }
            return null;
        }

        public Void visitImplies(Expression.Implies e) {
            return walk(e.left(), e.right());
        }

        public Void visitOr(Expression.Or e) {
            return walk(e.left(), e.right());
        }

        public Void visitAnd(Expression.And e) {
            return walk(e.left(), e.right());
        }

        public Void visitNot(Expression.Not e) {
            walk(e.operand());
            return null;
        }

        public Void visitComparison(Expression.Comparison e) {
            return walk(e.left(), e.right());
        }

        public Void visitInSet(Expression.InSet e) {
            walk(e.operand());
            return null;
        }

        public Void visitMatches(Expression.Matches e) {
            walk(e.operand());
            return null;
        }

        public Void visitStringTest(Expression.StringTest e) {
            return walk(e.left(), e.right());
        }

        public Void visitArithmetic(Expression.Arithmetic e) {
            return walk(e.left(), e.right());
        }

        public Void visitNegate(Expression.Negate e) {
            walk(e.operand());
            return null;
        }

        private Void walk(Expression first, Expression second) {
            walk(first);
            walk(second);
            return null;
        }

        public Void visitCurrentAction(Expression.CurrentAction e) {
            return null;
        }

        public Void visitEffect(Expression.EffectRef e) {
            return null;
        }

        public Void visitNull(Expression.NullRef e) {
            return null;
        }

        public Void visitVariable(Expression.Variable e) {
            return null;
        }

        public Void visitQuantified(Expression.Quantified e) {
            return walk(e.list(), e.body());
        }

        /** A history term's parameters are the earlier requests': the type check resolves them against its pattern. */
        public Void visitHistory(Expression.History e) {
            return null;
        }

        public Void visitName(NameRef e) {
            return null;
        }

        public Void visitString(Literal.StringLiteral e) {
            return null;
        }

        public Void visitInt(Literal.IntLiteral e) {
            return null;
        }

        public Void visitDecimal(Literal.DecimalLiteral e) {
            return null;
        }

        public Void visitDate(Literal.DateLiteral e) {
            return null;
        }

        public Void visitClock(Literal.ClockLiteral e) {
            return null;
        }

        public Void visitBool(Literal.BoolLiteral e) {
            return null;
        }
    }
}
