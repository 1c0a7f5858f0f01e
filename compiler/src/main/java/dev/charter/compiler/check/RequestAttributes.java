package dev.charter.compiler.check;

import dev.charter.compiler.ast.Expression;
import dev.charter.compiler.ast.FieldDecl;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The type of {@code request.x} in one rule or assertion. In a rule, every action the rule
 * matches must declare {@code x}, all with one type, since the condition is evaluated for each
 * of them. In an assertion, which is about every request, the actions that declare {@code x}
 * must agree on its type. Each attribute is judged once per rule.
 */
final class RequestAttributes {

    private final Declarations declarations;
    private final Diagnostics diagnostics;
    private final List<String> actions;
    private final boolean everyActionMustDeclare;
    private final Map<String, Optional<ValueType>> judged = new LinkedHashMap<>();

    /** {@code actions} is null when the rule's pattern did not resolve: then nothing is judged. */
    RequestAttributes(Declarations declarations, Diagnostics diagnostics, List<String> actions, boolean inRule) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
        this.actions = actions;
        this.everyActionMustDeclare = inRule;
    }

    /** The attribute's type, or null when it has none (reported once, here or by the resolve stage). */
    ValueType type(Expression.AttributeRef attribute) {
        if (actions == null) {
            return null;
        }
        String name = attribute.attribute().text();
        Optional<ValueType> type = judged.get(name);
        if (type == null) {
            type = judge(attribute, name);
            judged.put(name, type);
        }
        return type.orElse(null);
    }

    /** Whether an action {@code request.x} may come from declares {@code x}; true when the actions are unknown. */
    boolean declared(String name) {
        return actions == null || actions.stream().anyMatch(a -> declarations.parameter(a, name).isPresent());
    }

    /** Whether an action {@code request.x} may come from declares {@code x} optional ({@code x?: T}). */
    boolean optional(String name) {
        return actions != null
                && actions.stream()
                        .map(action -> declarations.parameter(action, name))
                        .anyMatch(p -> p.map(FieldDecl::optional).orElse(false));
    }

    private String firstField(String name) {
        return actions.stream()
                .map(action -> declarations.parameter(action, name))
                .flatMap(Optional::stream)
                .flatMap(f -> f.object().stream())
                .flatMap(o -> o.fields().stream())
                .map(f -> f.name().text())
                .findFirst()
                .orElse("field");
    }

    /** Whether an action {@code request.x} may come from declares {@code x} an object ({@code x: { ... }}). */
    boolean object(String name) {
        return actions != null
                && actions.stream()
                        .map(action -> declarations.parameter(action, name))
                        .anyMatch(p -> p.map(
                                        f -> f.object().isPresent() && f.list().isEmpty())
                                .orElse(false));
    }

    private Optional<ValueType> judge(Expression.AttributeRef attribute, String name) {
        if (object(name)) {
            diagnostics.report(
                    DiagnosticCode.OBJECT_AS_VALUE,
                    attribute.span(),
                    "`request." + name + "` is an object, which has no value of its own to compare",
                    "read one of its fields, as in `request." + name + "." + firstField(name)
                            + "`, or test its presence with `!= null`");
            return Optional.empty();
        }
        Map<String, FieldDecl> declaring = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String action : actions) {
            Optional<FieldDecl> parameter = declarations.parameter(action, name);
            if (parameter.isPresent()) {
                declaring.put(action, parameter.get());
            } else {
                missing.add(action);
            }
        }
        if (declaring.isEmpty()) {
            return Optional.empty();
        }
        if (everyActionMustDeclare && !missing.isEmpty()) {
            diagnostics.report(
                    DiagnosticCode.ATTRIBUTE_NOT_IN_EVERY_ACTION,
                    attribute.span(),
                    "`request." + name + "` is not a parameter of every action this rule matches: " + quoted(missing)
                            + (missing.size() == 1 ? " has" : " have") + " no `" + name + "`",
                    "narrow the rule to " + quoted(List.copyOf(declaring.keySet())) + ", or declare `" + name
                            + "` on every action it matches");
            return Optional.empty();
        }
        Map<ValueType, String> byType = new LinkedHashMap<>();
        Set<String> unresolved = new HashSet<>();
        declaring.forEach((action, field) -> {
            Optional<ValueType> t = declarations.type(field);
            if (t.isPresent()) {
                byType.putIfAbsent(t.get(), action);
            } else {
                unresolved.add(action);
            }
        });
        if (!unresolved.isEmpty()) {
            return Optional.empty();
        }
        if (byType.size() > 1) {
            List<String> descriptions = new ArrayList<>();
            byType.forEach((t, action) -> descriptions.add(Constants.article(t) + " in `" + action + "`"));
            Diagnostic d = Diagnostic.of(
                    DiagnosticCode.AMBIGUOUS_ATTRIBUTE_TYPE,
                    attribute.span(),
                    "`request." + name + "` has no single type: it is " + String.join(" but ", descriptions),
                    "give `" + name + "` the same type in every action, or split the rule by action");
            diagnostics.add(d);
            return Optional.empty();
        }
        return Optional.of(byType.keySet().iterator().next());
    }

    private static String quoted(List<String> names) {
        List<String> shown = names.size() > 5 ? names.subList(0, 5) : names;
        String text = "`" + String.join("`, `", shown) + "`";
        return names.size() > 5 ? text + " and " + (names.size() - 5) + " more" : text;
    }
}
