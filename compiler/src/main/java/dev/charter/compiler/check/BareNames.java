package dev.charter.compiler.check;

import dev.charter.compiler.ast.NameRef;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The meaning of a bare lower-case name in a condition, decided by the type its position
 * expects: the value of the expected enum, an action where an action is expected, a test of the
 * requested action where a condition is expected, or one of the built-in names {@code agent},
 * {@code decision} and {@code route}.
 */
final class BareNames {

    /** Names with a meaning of their own, whatever type their position expects. */
    static final Set<String> BUILT_IN = Set.of("agent", "decision", "route");

    private final Declarations declarations;
    private final Diagnostics diagnostics;
    private final Constants constants;
    private final boolean inAssertion;

    BareNames(Declarations declarations, Diagnostics diagnostics, Constants constants, boolean inAssertion) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
        this.constants = constants;
        this.inAssertion = inAssertion;
    }

    /** What {@code n} stands for where a value of {@code expected} (null: anything) is wanted; null after reporting. */
    Expr resolve(NameRef n, ValueType expected) {
        String name = n.name();
        if (expected instanceof EnumType e
                && declarations.enums.getOrDefault(e.name(), List.of()).contains(name)) {
            return new Expr.Const(new Value.EnumValue(e, name), n.span());
        }
        switch (name) {
            case "agent":
                return new Expr.Agent(n.span());
            case "decision":
                return assertionOnly(name, n.span()) ? new Expr.DecisionRef(n.span()) : null;
            case "route":
                return assertionOnly(name, n.span()) ? new Expr.RouteRef(n.span()) : null;
            default:
                break;
        }
        if (expected != null && expected != PrimitiveType.BOOL) {
            Value value = constants.name(name, n.span(), expected, false);
            return value == null ? null : new Expr.Const(value, n.span());
        }
        if (declarations.actions.containsKey(name)) {
            return new Expr.ActionIs(name, n.span());
        }
        List<String> owners = declarations.enums.entrySet().stream()
                .filter(en -> en.getValue().contains(name))
                .map(Map.Entry::getKey)
                .toList();
        if (owners.size() == 1 && expected == null) {
            return new Expr.Const(new Value.EnumValue(new EnumType(owners.get(0)), name), n.span());
        }
        String help = DidYouMean.help(name, declarations.valueNames());
        diagnostics.report(
                DiagnosticCode.UNDEFINED_NAME,
                n.span(),
                "`" + name + "` is not an action, an enum value or a built-in name",
                help != null
                        ? help
                        : "a condition names actions, enum values, `agent` and `action`; strings go in quotes");
        return null;
    }

    /** Whether {@code decision}, {@code route} and effects may be used here; reports when not. */
    boolean assertionOnly(String what, SourceSpan span) {
        if (!inAssertion) {
            diagnostics.report(
                    DiagnosticCode.DECISION_OUTSIDE_ASSERTION,
                    span,
                    "`" + what + "` is only known in assertions",
                    "a rule's condition is about the request; only `assert` can talk about the decision reached");
        }
        return inAssertion;
    }
}
