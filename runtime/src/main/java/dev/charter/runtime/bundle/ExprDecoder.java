package dev.charter.runtime.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Regex;
import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.Optional;

/** Reads the expression forms {@link ExprEncoder} writes; anything else is malformed. */
final class ExprDecoder {

    private ExprDecoder() {}

    static Expr decode(JsonNode node, String path) {
        return StrictObject.read(node, path, ExprDecoder::expr);
    }

    private static Expr expr(StrictObject o) {
        String kind = o.string("kind");
        SourceSpan span = IrJson.span(o);
        return switch (kind) {
            case "const" -> new Expr.Const(IrJson.value(o.node("value"), o.at("value")), span);
            case "attribute" ->
                new Expr.Attribute(
                        IrJson.constant(Expr.Scope.values(), Expr.Scope::keyword, o.string("scope"), o.at("scope")),
                        o.string("name"),
                        IrJson.type(o),
                        span);
            case "present" -> new Expr.Present(o.string("name"), span);
            case "agent" -> new Expr.Agent(span);
            case "action" -> new Expr.CurrentAction(span);
            case "action_is" -> new Expr.ActionIs(o.string("action"), span);
            case "decision" -> new Expr.DecisionRef(span);
            case "route" -> new Expr.RouteRef(span);
            case "not" -> new Expr.Not(operand(o), span);
            case "and" -> new Expr.And(o.list("operands", ExprDecoder::decode), span);
            case "or" -> new Expr.Or(o.list("operands", ExprDecoder::decode), span);
            case "implies" -> new Expr.Implies(child(o, "premise"), child(o, "conclusion"), span);
            case "compare" ->
                new Expr.Compare(
                        IrJson.constant(CompareOp.values(), CompareOp::symbol, o.string("op"), o.at("op")),
                        child(o, "left"),
                        child(o, "right"),
                        span);
            case "in" -> new Expr.InSet(operand(o), o.list("values", IrJson::value), span);
            case "arithmetic" ->
                new Expr.Arithmetic(
                        IrJson.constant(
                                Expr.ArithmeticOp.values(), Expr.ArithmeticOp::symbol, o.string("op"), o.at("op")),
                        child(o, "left"),
                        child(o, "right"),
                        IrJson.type(o),
                        span);
            case "negate" -> new Expr.Negate(operand(o), span);
            case "string_test" ->
                new Expr.StringTest(
                        IrJson.constant(Expr.StringOp.values(), Expr.StringOp::keyword, o.string("op"), o.at("op")),
                        child(o, "left"),
                        child(o, "right"),
                        span);
            case "matches" ->
                new Expr.Matches(
                        operand(o),
                        StrictObject.read(o.node("pattern"), o.at("pattern"), ExprDecoder::pattern),
                        o.string("source"),
                        span);
            case "length" -> new Expr.Length(operand(o), span);
            case "atom" -> new Expr.Atom(o.string("relation"), o.list("arguments", ExprDecoder::decode), span);
            case "wildcard" -> new Expr.Wildcard(IrJson.type(o), span);
            case "var" -> new Expr.Var(o.string("name"), IrJson.type(o), span);
            case "exists" ->
                new Expr.Exists(
                        o.list("variables", (n, p) -> kind(n, p, Expr.Var.class)),
                        o.list("atoms", (n, p) -> kind(n, p, Expr.Atom.class)),
                        child(o, "body"),
                        span);
            case "quantifier" ->
                new Expr.Quantifier(
                        IrJson.constant(
                                Expr.QuantifierKind.values(),
                                Expr.QuantifierKind::keyword,
                                o.string("quantifier"),
                                o.at("quantifier")),
                        o.string("variable"),
                        list(o),
                        child(o, "body"),
                        span);
            case "element" -> new Expr.Element(o.string("variable"), IrJson.type(o), span);
            case "element_field" ->
                new Expr.ElementField(o.string("variable"), o.string("member"), IrJson.type(o), span);
            case "list_length" -> new Expr.ListLength(list(o), span);
            case "list_contains" -> new Expr.ListContains(list(o), child(o, "value"), span);
            case "history" -> history(o, span);
            default -> throw new MalformedJsonException(o.at("kind"), "unknown expression kind '" + kind + "'");
        };
    }

    private static Expr.History history(StrictObject o, SourceSpan span) {
        Expr.HistoryAggregate aggregate = IrJson.constant(
                Expr.HistoryAggregate.values(),
                Expr.HistoryAggregate::keyword,
                o.string("aggregate"),
                o.at("aggregate"));
        String actions = o.string("actions");
        HistoryQuery.EffectFilter effect = IrJson.constant(
                HistoryQuery.EffectFilter.values(),
                HistoryQuery.EffectFilter::keyword,
                o.string("effect"),
                o.at("effect"));
        List<HistoryQuery.Match> matches = o.list("matches", ExprDecoder::match);
        HistoryQuery.Window window = o.node("window_minutes").isNull()
                ? new HistoryQuery.Window.Always()
                : new HistoryQuery.Window.Within(o.longString("window_minutes"));
        Optional<HistoryQuery.Summand> summed = aggregate == Expr.HistoryAggregate.SUM
                ? Optional.of(StrictObject.read(o.node("summand"), o.at("summand"), ExprDecoder::summand))
                : Optional.empty();
        return new Expr.History(aggregate, new HistoryQuery(actions, effect, matches, window, summed), span);
    }

    private static HistoryQuery.Match match(JsonNode node, String path) {
        return StrictObject.read(node, path, o -> {
            String same = o.string("same");
            return switch (same) {
                case "agent" -> new HistoryQuery.Match.SameAgent();
                case "session" -> new HistoryQuery.Match.SameSession();
                case "request" -> new HistoryQuery.Match.SameParameter(o.string("path"), IrJson.type(o));
                default -> throw new MalformedJsonException(o.at("same"), "unknown history equality '" + same + "'");
            };
        });
    }

    private static HistoryQuery.Summand summand(StrictObject o) {
        String path = o.string("path");
        if (!(IrJson.type(o) instanceof PrimitiveType type)) {
            throw new MalformedJsonException(o.at("type"), "a history sum adds up an int or a decimal");
        }
        return new HistoryQuery.Summand(path, type);
    }

    private static Expr.Attribute list(StrictObject o) {
        return kind(o.node("list"), o.at("list"), Expr.Attribute.class);
    }

    /** An expression that must be of one kind, e.g. the variables of an {@code exists}. */
    private static <T extends Expr> T kind(JsonNode node, String path, Class<T> kind) {
        Expr e = decode(node, path);
        if (!kind.isInstance(e)) {
            throw new MalformedJsonException(path, "expected an expression of kind " + kind.getSimpleName());
        }
        return kind.cast(e);
    }

    private static Expr child(StrictObject o, String member) {
        return decode(o.node(member), o.at(member));
    }

    private static Expr operand(StrictObject o) {
        return child(o, "operand");
    }

    private static Regex.Pattern pattern(StrictObject o) {
        return new Regex.Pattern(regex(o.node("body"), o.at("body")), o.bool("anchored_start"), o.bool("anchored_end"));
    }

    private static Regex regex(JsonNode node, String path) {
        return StrictObject.read(node, path, ExprDecoder::regex);
    }

    private static Regex regex(StrictObject o) {
        String kind = o.string("kind");
        return switch (kind) {
            case "literal" -> new Regex.Literal(o.string("text"));
            case "any" -> new Regex.AnyChar();
            case "class" -> new Regex.CharClass(o.list("ranges", ExprDecoder::range), o.bool("negated"));
            case "concat" -> new Regex.Concat(o.list("parts", ExprDecoder::regex));
            case "union" -> new Regex.Union(o.list("alternatives", ExprDecoder::regex));
            case "repeat" -> repeat(o);
            default -> throw new MalformedJsonException(o.at("kind"), "unknown pattern kind '" + kind + "'");
        };
    }

    private static Regex repeat(StrictObject o) {
        int min = o.integer("min");
        int max = o.integer("max");
        if (min < 0 || (max != Regex.Repeat.UNBOUNDED && max < min)) {
            throw o.error("repetition bounds " + min + ".." + max + " are out of order");
        }
        return new Regex.Repeat(regex(o.node("body"), o.at("body")), min, max);
    }

    private static Regex.Range range(JsonNode pair, String path) {
        if (!pair.isArray()
                || pair.size() != 2
                || !pair.get(0).isInt()
                || !pair.get(1).isInt()) {
            throw new MalformedJsonException(path, "expected a code point range [from, to]");
        }
        try {
            return new Regex.Range(pair.get(0).intValue(), pair.get(1).intValue());
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException(path, e.getMessage());
        }
    }
}
