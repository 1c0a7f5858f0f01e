package dev.charter.bench.sidebyside.contender;

import dev.charter.bench.sidebyside.model.Attribute;
import dev.charter.bench.sidebyside.model.Condition;
import dev.charter.bench.sidebyside.model.PolicyModel;
import dev.charter.bench.sidebyside.model.PolicyRule;
import java.math.BigDecimal;
import java.util.StringJoiner;

/**
 * A policy model written in DRL: a declared {@code Req} fact type with one field per attribute,
 * one rule per decision rule (salience = priority) whose consequence reports its effect to the
 * {@link DroolsOutcome} global, and, when the model uses knowledge, declared fact types for the
 * relations with two forward-chaining rules that derive {@code May} facts, so Drools computes the
 * delegation closure itself in working memory.
 */
final class DroolsText {

    static final String PACKAGE = "dev.charter.bench.drools";

    private DroolsText() {}

    static String of(PolicyModel model) {
        StringBuilder out = new StringBuilder();
        out.append("package ")
                .append(PACKAGE)
                .append(";\n\n")
                .append("import ")
                .append(DroolsOutcome.class.getName())
                .append(";\n")
                .append("import dev.charter.bench.sidebyside.model.Verdict;\n\n")
                .append("global DroolsOutcome outcome;\n\n")
                .append("declare Req\n  agent: String\n  action: String\n");
        for (Attribute a : model.allAttributes()) {
            out.append("  ")
                    .append(a.flatName())
                    .append(": ")
                    .append(javaType(a))
                    .append('\n');
        }
        out.append("end\n\n");
        if (model.usesKnowledge()) {
            knowledge(out);
        }
        for (PolicyRule rule : model.rules()) {
            out.append("rule \"")
                    .append(rule.name())
                    .append("\" salience ")
                    .append(rule.priority())
                    .append("\nwhen\n")
                    .append("  $r: Req(")
                    .append(constraints(rule))
                    .append(")\n");
            for (Condition c : rule.conditions()) {
                if (c instanceof Condition.May) {
                    out.append("  May(agent == $r.agent, act == \"")
                            .append(((Condition.May) c).action())
                            .append("\")\n");
                }
            }
            out.append("then\n  outcome.record(Verdict.")
                    .append(rule.effect().name())
                    .append(");\nend\n\n");
        }
        return out.toString();
    }

    private static void knowledge(StringBuilder out) {
        out.append("declare Role\n  agent: String\n  role: String\nend\n")
                .append("declare Grants\n  role: String\n  act: String\nend\n")
                .append("declare Delegates\n  delegator: String\n  delegate: String\n  act: String\nend\n")
                .append("declare May\n  agent: String\n  act: String\nend\n\n")
                .append(
                        "rule \"may from a role\"\nwhen\n  Role($a: agent, $role: role)\n  Grants(role == $role, $x: act)\n")
                .append("  not May(agent == $a, act == $x)\nthen\n  insert(new May($a, $x));\nend\n\n")
                .append("rule \"may by delegation\"\nwhen\n  Delegates($a: delegator, $b: delegate, $x: act)\n")
                .append("  May(agent == $a, act == $x)\n  not May(agent == $b, act == $x)\nthen\n")
                .append("  insert(new May($b, $x));\nend\n\n");
    }

    private static String constraints(PolicyRule rule) {
        StringJoiner constraints = new StringJoiner(", ");
        constraints.add("action == \"" + rule.action() + "\"");
        for (Condition c : rule.conditions()) {
            if (c instanceof Condition.Compare) {
                Condition.Compare cmp = (Condition.Compare) c;
                constraints.add(cmp.attribute().flatName() + " " + cmp.op().symbol() + " " + literal(cmp));
            }
        }
        return constraints.toString();
    }

    private static String literal(Condition.Compare cmp) {
        switch (cmp.attribute().kind()) {
            case DECIMAL:
                return ((BigDecimal) cmp.constant()).toPlainString() + "B";
            case STRING:
            case ENUM:
                return '"' + (String) cmp.constant() + '"';
            default:
                return cmp.constant().toString();
        }
    }

    static String javaType(Attribute a) {
        switch (a.kind()) {
            case INT:
                return "long";
            case DECIMAL:
                return "java.math.BigDecimal";
            case BOOL:
                return "boolean";
            default:
                return "String";
        }
    }
}
