package dev.charter.bench.sidebyside.contender;

import dev.charter.bench.sidebyside.model.Attribute;
import dev.charter.bench.sidebyside.model.Condition;
import dev.charter.bench.sidebyside.model.Facts;
import dev.charter.bench.sidebyside.model.PolicyModel;
import dev.charter.bench.sidebyside.model.PolicyRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A policy model written as a Charter constitution (LANGUAGE.md), knowledge included: the header,
 * schema, knowledge and default in a first file, the decision rules in files of
 * {@value #RULES_PER_FILE} (the compiler takes files of up to 1 MiB).
 */
final class CharterText {

    static final int RULES_PER_FILE = 2_000;

    private CharterText() {}

    /** The constitution's files, in order. */
    static List<String> of(PolicyModel model) {
        List<String> files = new ArrayList<>();
        files.add(declarations(model));
        List<PolicyRule> rules = model.rules();
        for (int from = 0; from < rules.size(); from += RULES_PER_FILE) {
            StringBuilder out = new StringBuilder();
            for (PolicyRule rule : rules.subList(from, Math.min(rules.size(), from + RULES_PER_FILE))) {
                rule(rule, out);
            }
            files.add(out.toString());
        }
        return files;
    }

    private static String declarations(PolicyModel model) {
        StringBuilder out = new StringBuilder();
        out.append("constitution \"")
                .append(model.name())
                .append("\" version 1 {\n")
                .append("  reviewed_by \"bench\"\n  reviewed_on 2026-01-01\n  timezone \"UTC\"\n}\n\n");
        for (Map.Entry<String, List<String>> e : model.enums().entrySet()) {
            out.append("enum ")
                    .append(e.getKey())
                    .append(" { ")
                    .append(String.join(", ", e.getValue()))
                    .append(" }\n");
        }
        if (!model.context().isEmpty()) {
            out.append("\ncontext {\n");
            model.context()
                    .forEach(a -> out.append("  ")
                            .append(a.name())
                            .append(": ")
                            .append(type(a))
                            .append('\n'));
            out.append("}\n");
        }
        out.append('\n');
        model.actions().forEach((name, params) -> {
            StringJoiner fields = new StringJoiner(", ", " { ", " }").setEmptyValue(" {}");
            params.forEach(a -> fields.add(a.name() + ": " + type(a)));
            out.append("action ").append(name).append(fields).append('\n');
        });
        if (model.usesKnowledge()) {
            knowledge(model.facts(), out);
        }
        out.append("\ndefault deny;\n");
        return out.toString();
    }

    private static void knowledge(Facts facts, StringBuilder out) {
        out.append("\ninput relation role(agent: string, role: Role)\n")
                .append("input relation delegates(from: string, to: string, act: action)\n")
                .append("relation grants(role: Role, act: action)\n\n");
        facts.grants()
                .forEach(g -> out.append("grants(")
                        .append(g.role())
                        .append(", ")
                        .append(g.action())
                        .append(").\n"));
        out.append("\nmay(A, X) :- role(A, R), grants(R, X).\n")
                .append("may(B, X) :- delegates(A, B, X), may(A, X).\n");
    }

    private static void rule(PolicyRule rule, StringBuilder out) {
        out.append("\nrule ")
                .append(rule.name())
                .append(":\n  ")
                .append(rule.effect().name().toLowerCase())
                .append(' ')
                .append(rule.action());
        if (rule.route() != null) {
            out.append(" to \"").append(rule.route()).append('"');
        }
        out.append('\n');
        if (!rule.conditions().isEmpty()) {
            StringJoiner when = new StringJoiner("\n   and ", "  when ", "\n");
            rule.conditions().forEach(c -> when.add(condition(c)));
            out.append(when);
        }
        if (rule.priority() != 0) {
            out.append("  priority ").append(rule.priority()).append('\n');
        }
        if (rule.reason() != null) {
            out.append("  because \"").append(rule.reason()).append("\"\n");
        }
        out.setLength(out.length() - 1);
        out.append(";\n");
    }

    private static String condition(Condition c) {
        if (c instanceof Condition.May) {
            return "may(agent, " + ((Condition.May) c).action() + ")";
        }
        Condition.Compare cmp = (Condition.Compare) c;
        return cmp.attribute().path() + " " + cmp.op().symbol() + " " + literal(cmp.attribute(), cmp.constant());
    }

    private static String literal(Attribute attribute, Object constant) {
        switch (attribute.kind()) {
            case DECIMAL:
                return ((BigDecimal) constant).toPlainString();
            case STRING:
                return '"' + ((String) constant).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            default:
                return constant.toString();
        }
    }

    private static String type(Attribute a) {
        return a.kind() == Attribute.Kind.ENUM ? a.enumName() : a.kind().name().toLowerCase();
    }
}
