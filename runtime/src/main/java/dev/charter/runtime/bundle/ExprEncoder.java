package dev.charter.runtime.bundle;

import static dev.charter.runtime.bundle.IrJson.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.ExprVisitor;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.Regex;
import dev.charter.runtime.ir.SourceSpan;
import java.util.List;

/**
 * Writes an expression as a JSON object tagged by {@code kind}; the forms are listed in
 * {@code docs/bundle-format.md}. {@link ExprDecoder} reads them back.
 */
final class ExprEncoder implements ExprVisitor<ObjectNode> {

    static ObjectNode encode(Expr expr) {
        return expr.accept(new ExprEncoder());
    }

    private static ObjectNode node(String kind, SourceSpan span) {
        ObjectNode node = JSON.objectNode().put("kind", kind);
        node.set("span", IrJson.span(span));
        return node;
    }

    private ArrayNode all(List<Expr> exprs) {
        ArrayNode array = JSON.arrayNode();
        exprs.forEach(e -> array.add(e.accept(this)));
        return array;
    }

    private ObjectNode unary(String kind, Expr operand, SourceSpan span) {
        ObjectNode node = node(kind, span);
        node.set("operand", operand.accept(this));
        return node;
    }

    private ObjectNode binary(String kind, String op, Expr left, Expr right, SourceSpan span) {
        ObjectNode node = node(kind, span).put("op", op);
        node.set("left", left.accept(this));
        node.set("right", right.accept(this));
        return node;
    }

    public ObjectNode visitConst(Expr.Const c) {
        ObjectNode node = node("const", c.span());
        node.set("value", IrJson.value(c.value()));
        return node;
    }

    public ObjectNode visitAttribute(Expr.Attribute a) {
        return node("attribute", a.span())
                .put("scope", a.scope().keyword())
                .put("name", a.name())
                .put("type", IrJson.type(a.type()));
    }

    public ObjectNode visitPresent(Expr.Present p) {
        return node("present", p.span()).put("name", p.name());
    }

    public ObjectNode visitAgent(Expr.Agent a) {
        return node("agent", a.span());
    }

    public ObjectNode visitCurrentAction(Expr.CurrentAction a) {
        return node("action", a.span());
    }

    public ObjectNode visitActionIs(Expr.ActionIs a) {
        return node("action_is", a.span()).put("action", a.action());
    }

    public ObjectNode visitDecisionRef(Expr.DecisionRef d) {
        return node("decision", d.span());
    }

    public ObjectNode visitRouteRef(Expr.RouteRef r) {
        return node("route", r.span());
    }

    public ObjectNode visitNot(Expr.Not n) {
        return unary("not", n.operand(), n.span());
    }

    public ObjectNode visitAnd(Expr.And a) {
        ObjectNode node = node("and", a.span());
        node.set("operands", all(a.operands()));
        return node;
    }

    public ObjectNode visitOr(Expr.Or o) {
        ObjectNode node = node("or", o.span());
        node.set("operands", all(o.operands()));
        return node;
    }

    public ObjectNode visitImplies(Expr.Implies i) {
        ObjectNode node = node("implies", i.span());
        node.set("premise", i.premise().accept(this));
        node.set("conclusion", i.conclusion().accept(this));
        return node;
    }

    public ObjectNode visitCompare(Expr.Compare c) {
        return binary("compare", c.op().symbol(), c.left(), c.right(), c.span());
    }

    public ObjectNode visitInSet(Expr.InSet s) {
        ObjectNode node = unary("in", s.operand(), s.span());
        ArrayNode values = JSON.arrayNode();
        s.values().forEach(v -> values.add(IrJson.value(v)));
        node.set("values", values);
        return node;
    }

    public ObjectNode visitArithmetic(Expr.Arithmetic a) {
        return binary("arithmetic", a.op().symbol(), a.left(), a.right(), a.span())
                .put("type", IrJson.type(a.type()));
    }

    public ObjectNode visitNegate(Expr.Negate n) {
        return unary("negate", n.operand(), n.span());
    }

    public ObjectNode visitStringTest(Expr.StringTest s) {
        return binary("string_test", s.op().keyword(), s.left(), s.right(), s.span());
    }

    public ObjectNode visitMatches(Expr.Matches m) {
        ObjectNode node = unary("matches", m.operand(), m.span()).put("source", m.source());
        node.set("pattern", pattern(m.pattern()));
        return node;
    }

    public ObjectNode visitLength(Expr.Length l) {
        return unary("length", l.operand(), l.span());
    }

    public ObjectNode visitAtom(Expr.Atom a) {
        ObjectNode node = node("atom", a.span()).put("relation", a.relation());
        node.set("arguments", all(a.arguments()));
        return node;
    }

    public ObjectNode visitWildcard(Expr.Wildcard w) {
        return node("wildcard", w.span()).put("type", IrJson.type(w.type()));
    }

    public ObjectNode visitVar(Expr.Var v) {
        return node("var", v.span()).put("name", v.name()).put("type", IrJson.type(v.type()));
    }

    public ObjectNode visitExists(Expr.Exists e) {
        ObjectNode node = node("exists", e.span());
        node.set("variables", all(List.copyOf(e.variables())));
        node.set("atoms", all(List.copyOf(e.atoms())));
        node.set("body", e.body().accept(this));
        return node;
    }

    public ObjectNode visitQuantifier(Expr.Quantifier q) {
        ObjectNode node = node("quantifier", q.span())
                .put("quantifier", q.kind().keyword())
                .put("variable", q.variable());
        node.set("list", q.list().accept(this));
        node.set("body", q.body().accept(this));
        return node;
    }

    public ObjectNode visitElement(Expr.Element e) {
        return node("element", e.span()).put("variable", e.variable()).put("type", IrJson.type(e.type()));
    }

    public ObjectNode visitElementField(Expr.ElementField e) {
        return node("element_field", e.span())
                .put("variable", e.variable())
                .put("member", e.member())
                .put("type", IrJson.type(e.type()));
    }

    public ObjectNode visitListLength(Expr.ListLength l) {
        ObjectNode node = node("list_length", l.span());
        node.set("list", l.list().accept(this));
        return node;
    }

    public ObjectNode visitListContains(Expr.ListContains c) {
        ObjectNode node = node("list_contains", c.span());
        node.set("list", c.list().accept(this));
        node.set("value", c.value().accept(this));
        return node;
    }

    private static ObjectNode pattern(Regex.Pattern pattern) {
        ObjectNode node = JSON.objectNode()
                .put("anchored_start", pattern.anchoredStart())
                .put("anchored_end", pattern.anchoredEnd());
        node.set("body", regex(pattern.body()));
        return node;
    }

    /** A regular expression node; {@code Regex} has no visitor, and its six kinds are fixed. */
    private static ObjectNode regex(Regex regex) {
        if (regex instanceof Regex.Literal l) {
            return JSON.objectNode().put("kind", "literal").put("text", l.text());
        }
        if (regex instanceof Regex.AnyChar) {
            return JSON.objectNode().put("kind", "any");
        }
        if (regex instanceof Regex.CharClass c) {
            ArrayNode ranges = JSON.arrayNode();
            c.ranges().forEach(r -> ranges.add(JSON.arrayNode().add(r.from()).add(r.to())));
            ObjectNode node = JSON.objectNode().put("kind", "class").put("negated", c.negated());
            node.set("ranges", ranges);
            return node;
        }
        if (regex instanceof Regex.Concat c) {
            return regexList("concat", "parts", c.parts());
        }
        if (regex instanceof Regex.Union u) {
            return regexList("union", "alternatives", u.alternatives());
        }
        Regex.Repeat r = (Regex.Repeat) regex;
        ObjectNode node =
                JSON.objectNode().put("kind", "repeat").put("min", r.min()).put("max", r.max());
        node.set("body", regex(r.body()));
        return node;
    }

    private static ObjectNode regexList(String kind, String member, List<Regex> parts) {
        ArrayNode array = JSON.arrayNode();
        parts.forEach(p -> array.add(regex(p)));
        ObjectNode node = JSON.objectNode().put("kind", kind);
        node.set(member, array);
        return node;
    }

    public ObjectNode visitHistory(Expr.History h) {
        HistoryQuery q = h.query();
        ObjectNode node = node("history", h.span())
                .put("aggregate", h.aggregate().keyword())
                .put("actions", q.actions())
                .put("effect", q.effect().keyword());
        ArrayNode matches = JSON.arrayNode();
        for (HistoryQuery.Match m : q.matches()) {
            ObjectNode match = matches.addObject();
            if (m instanceof HistoryQuery.Match.SameParameter p) {
                match.put("same", "request").put("path", p.path()).put("type", IrJson.type(p.type()));
            } else {
                match.put("same", m.text());
            }
        }
        node.set("matches", matches);
        if (q.window() instanceof HistoryQuery.Window.Within w) {
            node.put("window_minutes", Long.toString(w.minutes()));
        } else {
            node.putNull("window_minutes");
        }
        q.summed()
                .ifPresent(s -> node.putObject("summand").put("path", s.path()).put("type", IrJson.type(s.type())));
        return node;
    }
}
