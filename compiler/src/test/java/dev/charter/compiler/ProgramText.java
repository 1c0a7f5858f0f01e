package dev.charter.compiler;

import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Assertion;
import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.DatalogAtom;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.EnumDecl;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.ExprVisitor;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.ir.Term;
import dev.charter.runtime.ir.Value;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A lowered program as text, one fact per line, with every IR node kind spelt out (so that
 * {@code may(agent, initiate_payment)} shows as an atom over {@code Agent} and an action constant).
 * Tests compare programs through it.
 */
final class ProgramText {

    private ProgramText() {}

    static String of(Program p) {
        StringBuilder out = new StringBuilder();
        var m = p.metadata();
        out.append("constitution ")
                .append(m.name())
                .append(" v")
                .append(m.version())
                .append(" reviewed_by=")
                .append(m.reviewedBy())
                .append(" reviewed_on=")
                .append(m.reviewedOn())
                .append(" timezone=")
                .append(m.timezone())
                .append('\n');
        for (EnumDecl e : p.schema().enums()) {
            out.append("enum ").append(e.name()).append(' ').append(e.values()).append('\n');
        }
        out.append("context ").append(fields(p.schema().context())).append('\n');
        for (ActionDecl a : p.schema().actions()) {
            out.append("action ")
                    .append(a.name())
                    .append(' ')
                    .append(fields(a.parameters()))
                    .append(a.open() ? " open" : "")
                    .append(
                            a.objects().isEmpty()
                                    ? ""
                                    : " objects "
                                            + a.objects().stream()
                                                    .map(o -> o.path()
                                                            + (o.optional() ? "?" : "")
                                                            + (o.open() ? " open" : ""))
                                                    .toList())
                    .append('\n');
        }
        for (Relation r : p.relations()) {
            out.append(r.input() ? "input relation " : "relation ")
                    .append(r.name())
                    .append(fields(r.columns()))
                    .append('\n');
        }
        for (int i = 0; i < p.strata().size(); i++) {
            Stratum s = p.strata().get(i);
            out.append("stratum ").append(i).append(' ').append(s.relations()).append('\n');
            for (Clause c : s.clauses()) {
                out.append("  ").append(clause(c)).append('\n');
            }
        }
        for (DecisionRule r : p.rules()) {
            out.append("rule ")
                    .append(r.name())
                    .append(": ")
                    .append(r.effect().keyword())
                    .append(' ')
                    .append(r.actions())
                    .append(r.route() == null ? "" : " to " + r.route())
                    .append(" priority ")
                    .append(r.priority())
                    .append(r.reason() == null ? "" : " because \"" + r.reason() + "\"")
                    .append('\n')
                    .append("  when ")
                    .append(expr(r.condition()))
                    .append('\n');
        }
        out.append("default ")
                .append(p.defaultOutcome().effect().keyword())
                .append(
                        p.defaultOutcome().route() == null
                                ? ""
                                : " to " + p.defaultOutcome().route())
                .append('\n');
        out.append("on conflict ")
                .append(p.conflictOutcome().effect().keyword())
                .append(
                        p.conflictOutcome().route() == null
                                ? ""
                                : " to " + p.conflictOutcome().route())
                .append('\n');
        for (Assertion a : p.assertions()) {
            out.append("assert ")
                    .append(a.name())
                    .append(": ")
                    .append(expr(a.condition()))
                    .append('\n');
        }
        out.append("routes ").append(p.routes()).append('\n');
        return out.toString();
    }

    private static String fields(List<Field> fields) {
        return fields.stream()
                .map(f -> f.name() + (f.optional() ? "?" : "") + ": " + f.type().displayName())
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String clause(Clause c) {
        String head = atom(c.head());
        if (c.isFact()) {
            return head + ".";
        }
        return head + " :- " + c.body().stream().map(ProgramText::literal).collect(Collectors.joining(", ")) + ".";
    }

    private static String literal(BodyLiteral l) {
        if (l instanceof BodyLiteral.Positive p) {
            return atom(p.atom());
        }
        if (l instanceof BodyLiteral.Negated n) {
            return "not " + atom(n.atom());
        }
        BodyLiteral.Comparison c = (BodyLiteral.Comparison) l;
        return term(c.left()) + " " + c.op().symbol() + " " + term(c.right());
    }

    private static String atom(DatalogAtom a) {
        return a.relation() + a.terms().stream().map(ProgramText::term).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String term(Term t) {
        return t instanceof Term.Variable v ? v.name() : value(((Term.Constant) t).value());
    }

    static String value(Value v) {
        return v.type().displayName() + ":" + (v instanceof Value.StringValue ? "\"" + v + "\"" : v.toString());
    }

    static String expr(Expr e) {
        return e.accept(new Printer());
    }

    /** Prefix notation naming each node kind. */
    private static final class Printer implements ExprVisitor<String> {
        private String all(List<Expr> es) {
            return es.stream().map(x -> x.accept(this)).collect(Collectors.joining(", "));
        }

        public String visitConst(Expr.Const n) {
            return value(n.value());
        }

        public String visitAttribute(Expr.Attribute n) {
            return n.path() + ":" + n.type().displayName();
        }

        public String visitPresent(Expr.Present n) {
            return "Present(" + n.path() + ")";
        }

        public String visitAgent(Expr.Agent n) {
            return "Agent";
        }

        public String visitCurrentAction(Expr.CurrentAction n) {
            return "CurrentAction";
        }

        public String visitActionIs(Expr.ActionIs n) {
            return "ActionIs(" + n.action() + ")";
        }

        public String visitDecisionRef(Expr.DecisionRef n) {
            return "Decision";
        }

        public String visitRouteRef(Expr.RouteRef n) {
            return "Route";
        }

        public String visitNot(Expr.Not n) {
            return "Not(" + n.operand().accept(this) + ")";
        }

        public String visitAnd(Expr.And n) {
            return "And(" + all(n.operands()) + ")";
        }

        public String visitOr(Expr.Or n) {
            return "Or(" + all(n.operands()) + ")";
        }

        public String visitImplies(Expr.Implies n) {
            return "Implies(" + n.premise().accept(this) + ", " + n.conclusion().accept(this) + ")";
        }

        public String visitCompare(Expr.Compare n) {
            return "Compare(" + n.left().accept(this) + " " + n.op().symbol() + " "
                    + n.right().accept(this) + ")";
        }

        public String visitInSet(Expr.InSet n) {
            return "In(" + n.operand().accept(this) + ", "
                    + n.values().stream().map(ProgramText::value).collect(Collectors.joining(", ", "{", "}")) + ")";
        }

        public String visitArithmetic(Expr.Arithmetic n) {
            return "Arith(" + n.left().accept(this) + " " + n.op().symbol() + " "
                    + n.right().accept(this) + "):" + n.type().displayName();
        }

        public String visitNegate(Expr.Negate n) {
            return "Negate(" + n.operand().accept(this) + ")";
        }

        public String visitStringTest(Expr.StringTest n) {
            return "StringTest(" + n.left().accept(this) + " " + n.op().keyword() + " "
                    + n.right().accept(this) + ")";
        }

        public String visitMatches(Expr.Matches n) {
            return "Matches(" + n.operand().accept(this) + ", /" + n.source() + "/ as " + n.pattern() + ")";
        }

        public String visitLength(Expr.Length n) {
            return "Length(" + n.operand().accept(this) + ")";
        }

        public String visitAtom(Expr.Atom n) {
            return "Atom " + n.relation() + "(" + all(n.arguments()) + ")";
        }

        public String visitWildcard(Expr.Wildcard n) {
            return "_:" + n.type().displayName();
        }

        public String visitVar(Expr.Var n) {
            return n.name() + ":" + n.type().displayName();
        }

        public String visitExists(Expr.Exists n) {
            return "Exists " + n.variables().stream().map(this::visitVar).toList() + " " + all(List.copyOf(n.atoms()))
                    + " : " + n.body().accept(this);
        }

        public String visitQuantifier(Expr.Quantifier n) {
            return "Quantifier " + n.kind().keyword() + " " + n.variable() + " in "
                    + n.list().accept(this) + " : " + n.body().accept(this);
        }

        public String visitElement(Expr.Element n) {
            return "Element " + n.variable() + ":" + n.type().displayName();
        }

        public String visitElementField(Expr.ElementField n) {
            return "ElementField " + n.variable() + "." + n.member() + ":"
                    + n.type().displayName();
        }

        public String visitListLength(Expr.ListLength n) {
            return "ListLength(" + n.list().accept(this) + ")";
        }

        public String visitListContains(Expr.ListContains n) {
            return "ListContains(" + n.list().accept(this) + ", " + n.value().accept(this) + ")";
        }

        public String visitHistory(Expr.History n) {
            return "History(" + n.aggregate() + ", " + n.query() + ")";
        }
    }
}
