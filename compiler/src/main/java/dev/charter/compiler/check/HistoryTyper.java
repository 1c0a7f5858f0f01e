package dev.charter.compiler.check;

import dev.charter.compiler.ast.ActionPattern;
import dev.charter.compiler.ast.Expression;
import dev.charter.compiler.ast.FieldDecl;
import dev.charter.compiler.ast.NameRef;
import dev.charter.compiler.parse.ActionNameSyntax;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.RecordType;
import dev.charter.runtime.ir.ValueType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Types a history term ({@code count(...)}, {@code sum(...)}, {@code exists(...)}) into an
 * {@link Expr.History}: its pattern names declared actions; a sum, and only a sum, names the
 * parameter it adds up, a number every matched action declares with one type; {@code same} compares
 * the agent, the session, or a parameter that every matched action and (in a rule) every action of
 * the rule declares with one type; at most one window, of 1 minute to 366 days. Returns null after
 * reporting what is wrong.
 */
final class HistoryTyper {

    private static final Map<String, Long> UNITS = Map.of(
            "minute", 1L, "minutes", 1L, "hour", 60L, "hours", 60L, "day", 24L * 60, "days", 24L * 60);

    private final Declarations declarations;
    private final Diagnostics diagnostics;
    private final RequestAttributes current;

    /** @param current the parameters of the requests the rule or assertion decides, for {@code same request.x} */
    HistoryTyper(Declarations declarations, Diagnostics diagnostics, RequestAttributes current) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
        this.current = current;
    }

    Expr type(Expression.History e) {
        boolean ok = form(e);
        String pattern = pattern(e.actions());
        List<String> matched = pattern == null ? List.of() : matched(pattern);
        ok &= pattern != null && !matched.isEmpty();
        Optional<HistoryQuery.Summand> summed = Optional.empty();
        if (ok && e.summand().isPresent()) {
            summed = summand(e.summand().get(), matched);
            ok = summed.isPresent();
        }
        List<HistoryQuery.Match> matches = new ArrayList<>();
        HistoryQuery.Window window = new HistoryQuery.Window.Always();
        boolean windowed = false;
        for (Expression.HistoryClause clause : e.clauses()) {
            if (clause instanceof Expression.HistoryClause.Within within) {
                if (windowed) {
                    diagnostics.report(
                            DiagnosticCode.INVALID_HISTORY_WINDOW,
                            within.span(),
                            "a history term has at most one window",
                            "keep one `within ...`");
                    ok = false;
                    continue;
                }
                windowed = true;
                Optional<Long> minutes = minutes(within);
                ok &= minutes.isPresent();
                if (minutes.isPresent()) {
                    window = new HistoryQuery.Window.Within(minutes.get());
                }
                continue;
            }
            Expression.HistoryClause.Same same = (Expression.HistoryClause.Same) clause;
            Optional<HistoryQuery.Match> match = ok ? match(same, matched) : Optional.empty();
            ok &= match.isPresent();
            if (match.isPresent()) {
                if (matches.contains(match.get())) {
                    diagnostics.report(
                            DiagnosticCode.INVALID_HISTORY_TERM,
                            same.span(),
                            "`same " + match.get().text() + "` is given twice",
                            "remove the repeated equality");
                    ok = false;
                }
                matches.add(match.get());
            }
        }
        if (!ok) {
            return null;
        }
        return new Expr.History(e.aggregate(), new HistoryQuery(pattern, e.effect(), matches, window, summed), e.span());
    }

    /** A sum names its parameter, a count or an existence test none. */
    private boolean form(Expression.History e) {
        if (e.aggregate() == Expr.HistoryAggregate.SUM && e.summand().isEmpty()) {
            diagnostics.report(
                    DiagnosticCode.INVALID_HISTORY_TERM,
                    e.span(),
                    "`sum` needs the parameter it adds up",
                    "name it before the pattern, as in `sum(request.amount of "
                            + e.effect().keyword() + " ...)`");
            return false;
        }
        if (e.aggregate() != Expr.HistoryAggregate.SUM && e.summand().isPresent()) {
            diagnostics.report(
                    DiagnosticCode.INVALID_HISTORY_TERM,
                    e.summand().get().span(),
                    "`" + e.aggregate().keyword() + "` adds nothing up, so it takes no parameter",
                    "remove `request." + e.summand().get().attribute().text() + " of`, or use `sum(...)`");
            return false;
        }
        return true;
    }

    /** The pattern as the IR holds it: a name, or a prefix and {@code *}; null when it names no declared action. */
    private String pattern(ActionPattern.Single actions) {
        if (actions instanceof ActionPattern.ActionName named) {
            String action = named.name().text();
            if (declarations.actions.containsKey(action)) {
                return action;
            }
            String help = DidYouMean.help(action, declarations.actions.keySet());
            diagnostics.report(
                    DiagnosticCode.UNDEFINED_ACTION,
                    named.span(),
                    "no action named `" + action + "`",
                    help != null ? help : "declare it: `action " + ActionNameSyntax.written(action) + " { }`");
            return null;
        }
        ActionPattern.ActionWildcard wildcard = (ActionPattern.ActionWildcard) actions;
        if (declarations.actions.keySet().stream().noneMatch(a -> a.startsWith(wildcard.prefix()))) {
            diagnostics.report(
                    DiagnosticCode.EMPTY_ACTION_PATTERN,
                    wildcard.span(),
                    "`" + wildcard.prefix() + "*` matches no declared action",
                    "the declared actions are " + String.join(", ", declarations.actions.keySet()));
            return null;
        }
        return wildcard.prefix() + "*";
    }

    private List<String> matched(String pattern) {
        HistoryQuery probe = new HistoryQuery(
                pattern, HistoryQuery.EffectFilter.ANY, List.of(), new HistoryQuery.Window.Always(), Optional.empty());
        return declarations.actions.keySet().stream().filter(probe::matchesAction).toList();
    }

    private Optional<HistoryQuery.Summand> summand(Expression.AttributeRef summand, List<String> matched) {
        String name = summand.attribute().text();
        Optional<ValueType> type = declaredByEvery(summand, matched, "sums");
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (!type.get().isNumeric()) {
            diagnostics.report(
                    DiagnosticCode.HISTORY_PARAMETER,
                    summand.span(),
                    "`sum` adds up numbers, but `request." + name + "` is " + Constants.article(type.get()),
                    "sum an int or a decimal parameter, or count the decisions with `count(...)`");
            return Optional.empty();
        }
        return Optional.of(new HistoryQuery.Summand(name, (PrimitiveType) type.get()));
    }

    private Optional<HistoryQuery.Match> match(Expression.HistoryClause.Same same, List<String> matched) {
        if (same.subject() instanceof NameRef name) {
            switch (name.name()) {
                case "agent":
                    return Optional.of(new HistoryQuery.Match.SameAgent());
                case "session":
                    return Optional.of(new HistoryQuery.Match.SameSession());
                default:
                    diagnostics.report(
                            DiagnosticCode.INVALID_HISTORY_TERM,
                            name.span(),
                            "`same " + name.name() + "` compares nothing a request has",
                            "compare `same agent`, `same session` or a parameter, as in `same request."
                                    + name.name() + "`");
                    return Optional.empty();
            }
        }
        Expression.AttributeRef parameter = (Expression.AttributeRef) same.subject();
        Optional<ValueType> earlier = declaredByEvery(parameter, matched, "compares");
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (earlier.get() instanceof ListType || earlier.get() instanceof RecordType) {
            diagnostics.report(
                    DiagnosticCode.HISTORY_PARAMETER,
                    parameter.span(),
                    "`request." + parameter.attribute().text() + "` is a list or an object, which a history term"
                            + " cannot compare",
                    "compare a parameter with a single value, such as a string or an int");
            return Optional.empty();
        }
        String name = parameter.attribute().text();
        if (!current.declared(name)) {
            diagnostics.report(
                    DiagnosticCode.HISTORY_PARAMETER,
                    parameter.span(),
                    "`same request." + name + "` compares the current request's `" + name
                            + "`, but no action this rule matches declares it",
                    "declare `" + name + "` on the rule's actions, or compare `same agent` or `same session`");
            return Optional.empty();
        }
        ValueType now = current.type(parameter);
        if (now == null) {
            return Optional.empty();
        }
        if (!now.equals(earlier.get()) && !(now.isNumeric() && earlier.get().isNumeric())) {
            diagnostics.report(
                    DiagnosticCode.HISTORY_PARAMETER,
                    parameter.span(),
                    "`request." + parameter.attribute().text() + "` is " + Constants.article(now)
                            + " in this request but " + Constants.article(earlier.get())
                            + " in the decisions the term reads",
                    "give the parameter one type in every action");
            return Optional.empty();
        }
        return Optional.of(new HistoryQuery.Match.SameParameter(parameter.attribute().text(), earlier.get()));
    }

    /** The one type every action in {@code matched} declares the parameter with; empty after a report. */
    private Optional<ValueType> declaredByEvery(Expression.AttributeRef parameter, List<String> matched, String verb) {
        String name = parameter.attribute().text();
        Map<ValueType, String> byType = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String action : matched) {
            Optional<FieldDecl> field = declarations.parameter(action, name);
            if (field.isEmpty()) {
                missing.add(action);
                continue;
            }
            Optional<ValueType> type = declarations.type(field.get());
            if (type.isEmpty()) {
                return Optional.empty();
            }
            byType.putIfAbsent(type.get(), action);
        }
        if (!missing.isEmpty()) {
            diagnostics.report(
                    DiagnosticCode.HISTORY_PARAMETER,
                    parameter.span(),
                    "the history term " + verb + " `request." + name + "`, but `" + String.join("`, `", missing)
                            + "`, which its pattern matches, " + (missing.size() == 1 ? "has" : "have") + " no `"
                            + name + "`",
                    "narrow the pattern to actions that declare `" + name + "`, or declare it on every one");
            return Optional.empty();
        }
        if (byType.size() > 1) {
            List<String> descriptions = new ArrayList<>();
            byType.forEach((t, action) -> descriptions.add(Constants.article(t) + " in `" + action + "`"));
            diagnostics.report(
                    DiagnosticCode.HISTORY_PARAMETER,
                    parameter.span(),
                    "`request." + name + "` has no single type in the decisions the term reads: it is "
                            + String.join(" but ", descriptions),
                    "give `" + name + "` the same type in every action the pattern matches");
            return Optional.empty();
        }
        return Optional.of(byType.keySet().iterator().next());
    }

    /** The window in minutes: a positive amount of minutes, hours or days, at most 366 days. */
    private Optional<Long> minutes(Expression.HistoryClause.Within within) {
        Long unit = UNITS.get(within.unit().text());
        if (unit == null) {
            diagnostics.report(
                    DiagnosticCode.INVALID_HISTORY_WINDOW,
                    within.unit().span(),
                    "`" + within.unit().text() + "` is not a unit of time a window is given in",
                    "give the window in minutes, hours or days, as in `within 1 hour`");
            return Optional.empty();
        }
        BigInteger minutes = within.amount().value().multiply(BigInteger.valueOf(unit));
        if (minutes.signum() <= 0 || minutes.compareTo(BigInteger.valueOf(HistoryQuery.MAX_WINDOW_MINUTES)) > 0) {
            diagnostics.report(
                    DiagnosticCode.INVALID_HISTORY_WINDOW,
                    within.span(),
                    "a window is 1 minute to 366 days, but this one is " + within.amount().text() + " "
                            + within.unit().text(),
                    "leave the window out to read the whole history");
            return Optional.empty();
        }
        return Optional.of(minutes.longValueExact());
    }
}
