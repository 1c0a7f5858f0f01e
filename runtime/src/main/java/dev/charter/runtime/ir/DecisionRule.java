package dev.charter.runtime.ir;

import java.util.List;

/**
 * A lowered decision rule. {@code actions} is the action pattern expanded against the schema
 * (wildcards resolved, declaration order); {@code condition} is {@code when} and not
 * {@code unless}, or the constant true. {@code route} is present exactly for escalate;
 * {@code reason} may be null.
 */
public record DecisionRule(
        String name,
        Effect effect,
        List<String> actions,
        String route,
        Expr condition,
        long priority,
        String reason,
        SourceSpan span) {

    public DecisionRule {
        actions = List.copyOf(actions);
    }
}
