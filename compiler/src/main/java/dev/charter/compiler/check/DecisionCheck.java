package dev.charter.compiler.check;

import dev.charter.compiler.ast.ActionPattern;
import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.Literal;
import dev.charter.compiler.parse.ActionNameSyntax;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.SourceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resolve stage's checks of decisions: every rule's action pattern names declared actions
 * (and is expanded against them), routes go exactly with {@code escalate} and are declared when a
 * {@code routes} list exists, and neither the default nor the conflict policy is {@code permit}.
 */
final class DecisionCheck {

    private final Declarations declarations;
    private final Diagnostics diagnostics;
    /** Wildcard expansions, shared by the many rules that use one namespace. */
    private final Map<String, List<String>> byPrefix = new HashMap<>();

    private DecisionCheck(Declarations declarations, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    static void check(Declarations declarations, Diagnostics diagnostics) {
        DecisionCheck check = new DecisionCheck(declarations, diagnostics);
        declarations.rules.forEach(check::rule);
        if (declarations.defaultDecl != null) {
            Declaration.DefaultDecl d = declarations.defaultDecl;
            if (d.effect() == Effect.PERMIT) {
                diagnostics.report(
                        DiagnosticCode.DEFAULT_PERMIT,
                        d.span(),
                        "`default permit` would permit every request no rule decides",
                        "write `default deny;` or `default escalate to \"ROUTE\";` and permit with explicit rules");
            } else {
                check.outcomeRoute("the default", d.effect(), d.route(), d.span());
            }
        }
        if (declarations.conflictDecl != null) {
            Declaration.ConflictDecl c = declarations.conflictDecl;
            if (c.effect() == Effect.PERMIT) {
                diagnostics.report(
                        DiagnosticCode.CONFLICT_PERMIT,
                        c.span(),
                        "`on conflict permit` would let a conflict between rules permit",
                        "write `on conflict deny;` or `on conflict escalate to \"ROUTE\";`");
            } else {
                check.outcomeRoute("the conflict policy", c.effect(), c.route(), c.span());
            }
        }
    }

    private void rule(Declaration.RuleDecl rule) {
        String name = rule.name().text();
        if (rule.effect() == Effect.ESCALATE && rule.route().isEmpty()) {
            diagnostics.report(
                    DiagnosticCode.MISSING_ROUTE,
                    rule.name().span(),
                    "rule `" + name + "` escalates but names no route",
                    "add the route to escalate to, e.g. `escalate " + patternText(rule.actions())
                            + " to \"senior_ops\"`");
        }
        if (rule.effect() != Effect.ESCALATE && rule.route().isPresent()) {
            diagnostics.report(
                    DiagnosticCode.UNEXPECTED_ROUTE,
                    rule.route().get().span(),
                    "rule `" + name + "` is a " + rule.effect().keyword() + " rule; only `escalate` takes a route",
                    "remove `to \"" + rule.route().get().value() + "\"`");
        }
        rule.route().ifPresent(this::declaredRoute);
        expand(rule);
    }

    private void outcomeRoute(String what, Effect effect, Optional<Literal.StringLiteral> route, SourceSpan span) {
        if (effect == Effect.ESCALATE && route.isEmpty()) {
            diagnostics.report(
                    DiagnosticCode.MISSING_ROUTE,
                    span,
                    what + " escalates but names no route",
                    "add the route, e.g. `escalate to \"senior_ops\"`");
        } else if (effect != Effect.ESCALATE && route.isPresent()) {
            diagnostics.report(
                    DiagnosticCode.UNEXPECTED_ROUTE,
                    route.get().span(),
                    "only `escalate` takes a route",
                    "remove `to \"" + route.get().value() + "\"`");
        }
        route.ifPresent(this::declaredRoute);
    }

    private void declaredRoute(Literal.StringLiteral route) {
        if (route.value().isEmpty()) {
            diagnostics.report(
                    DiagnosticCode.UNDEFINED_ROUTE,
                    route.span(),
                    "a route cannot be empty",
                    "name the route, e.g. \"senior_ops\"");
        } else if (declarations.routesDeclared && !declarations.routes.contains(route.value())) {
            String help = DidYouMean.help(route.value(), declarations.routes);
            diagnostics.report(
                    DiagnosticCode.UNDEFINED_ROUTE,
                    route.span(),
                    "route \"" + route.value() + "\" is not declared in `routes`",
                    help != null ? help : "add it to the `routes { ... }` declaration");
        }
    }

    /** Expands the pattern in schema order; a pattern with an unresolved part gets no expansion. */
    private void expand(Declaration.RuleDecl rule) {
        List<ActionPattern.Single> items = rule.actions() instanceof ActionPattern.ActionList list
                ? list.items()
                : List.of((ActionPattern.Single) rule.actions());
        Set<String> matched = new LinkedHashSet<>();
        boolean complete = true;
        for (ActionPattern.Single item : items) {
            List<String> actions = matches(item);
            complete &= !actions.isEmpty();
            matched.addAll(actions);
        }
        if (complete) {
            List<String> ordered = new ArrayList<>(declarations.actions.keySet());
            ordered.retainAll(matched);
            declarations.ruleActions.put(rule, List.copyOf(ordered));
        }
    }

    private List<String> matches(ActionPattern.Single item) {
        if (item instanceof ActionPattern.ActionName named) {
            String action = named.name().text();
            if (declarations.actions.containsKey(action)) {
                return List.of(action);
            }
            String help = DidYouMean.help(action, declarations.actions.keySet());
            diagnostics.report(
                    DiagnosticCode.UNDEFINED_ACTION,
                    named.span(),
                    "no action named `" + action + "`",
                    help != null ? help : "declare it: `action " + ActionNameSyntax.written(action) + " { }`");
            return List.of();
        }
        ActionPattern.ActionWildcard wildcard = (ActionPattern.ActionWildcard) item;
        List<String> matched = byPrefix.computeIfAbsent(
                wildcard.prefix(),
                prefix -> declarations.actions.keySet().stream()
                        .filter(a -> a.startsWith(prefix))
                        .toList());
        if (matched.isEmpty()) {
            diagnostics.report(
                    DiagnosticCode.EMPTY_ACTION_PATTERN,
                    wildcard.span(),
                    "`" + wildcard.prefix() + "*` matches no declared action",
                    declarations.actions.isEmpty()
                            ? "declare the actions this rule is about"
                            : "the declared actions are " + String.join(", ", declarations.actions.keySet()));
        }
        return matched;
    }

    private static String patternText(ActionPattern pattern) {
        if (pattern instanceof ActionPattern.ActionName n) {
            return n.name().text();
        }
        if (pattern instanceof ActionPattern.ActionWildcard w) {
            return w.prefix() + "*";
        }
        return "{...}";
    }
}
