package dev.charter.compiler.check;

import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.Literal;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.ObjectParameter;
import dev.charter.runtime.ir.OptionalGuards;
import dev.charter.runtime.ir.ValueType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The types stage: relation column types (declared and inferred), typed clauses, typed rule and
 * assertion conditions, and priorities. What it produces is what lowering assembles.
 */
final class Typing {

    final Map<String, List<ValueType>> columns;
    final List<Clause> clauses = new ArrayList<>();
    final Map<Declaration.RuleDecl, Expr> when = new IdentityHashMap<>();
    final Map<Declaration.RuleDecl, Expr> unless = new IdentityHashMap<>();
    final Map<Declaration.RuleDecl, Long> priorities = new IdentityHashMap<>();
    final Map<Declaration.AssertDecl, Expr> assertions = new IdentityHashMap<>();

    private Typing(Map<String, List<ValueType>> columns) {
        this.columns = columns;
    }

    static Typing check(Declarations declarations, Diagnostics diagnostics) {
        Typing typing = new Typing(RelationTypes.infer(declarations, diagnostics));
        ClauseTyper clauses = new ClauseTyper(declarations, diagnostics, typing.columns);
        for (Declaration.ClauseDecl clause : declarations.clauses) {
            Clause typed = clauses.type(clause);
            if (typed != null) {
                typing.clauses.add(typed);
            }
        }
        for (Declaration.RuleDecl rule : declarations.rules) {
            ConditionTyper typer = new ConditionTyper(
                    declarations, diagnostics, typing.columns, declarations.ruleActions.get(rule), false);
            rule.when().map(typer::whole).ifPresent(e -> typing.when.put(rule, e));
            rule.unless().map(typer::whole).ifPresent(e -> typing.unless.put(rule, e));
            boolean whenTyped = rule.when().isEmpty() || typing.when.containsKey(rule);
            boolean unlessTyped = rule.unless().isEmpty() || typing.unless.containsKey(rule);
            if (whenTyped && unlessTyped) {
                Expr when = typing.when.get(rule);
                Expr unless = typing.unless.get(rule);
                Expr notUnless = unless == null ? null : new Expr.Not(unless, unless.span());
                Expr condition = when != null && notUnless != null
                        ? new Expr.And(List.of(when, notUnless), rule.span())
                        : when != null ? when : notUnless;
                checkGuards(condition, typer, diagnostics);
            }
            Long priority = rule.priority().map(p -> priority(p, diagnostics)).orElse(0L);
            if (priority != null) {
                typing.priorities.put(rule, priority);
            }
        }
        for (Declaration.AssertDecl assertion : declarations.assertions) {
            ConditionTyper typer = new ConditionTyper(
                    declarations, diagnostics, typing.columns, List.copyOf(declarations.actions.keySet()), true);
            Expr condition = typer.whole(assertion.condition());
            if (condition != null) {
                typing.assertions.put(assertion, condition);
                checkGuards(condition, typer, diagnostics);
            }
        }
        return typing;
    }

    /** Reports each read of an optional parameter that no presence test guards (see {@link OptionalGuards}). */
    private static void checkGuards(Expr condition, ConditionTyper typer, Diagnostics diagnostics) {
        if (condition == null) {
            return;
        }
        for (Expr.Attribute read : OptionalGuards.unguarded(condition, typer::optional)) {
            // The innermost optional one of the field and the objects holding it: its presence implies theirs.
            String guard = read.name();
            while (!typer.optional(guard)) {
                guard = ObjectParameter.parent(guard);
            }
            String guardPath = Expr.Scope.REQUEST.keyword() + "." + guard;
            diagnostics.report(
                    DiagnosticCode.UNGUARDED_OPTIONAL,
                    read.span(),
                    guard.equals(read.name())
                            ? "`" + read.path() + "` is optional, and may be absent where it is read here"
                            : "`" + read.path() + "` is a field of the optional object `" + guardPath
                                    + "`, which may be absent where it is read here",
                    "guard it: `" + guardPath + " != null and ...` (or `" + guardPath + " == null or ...`)");
        }
    }

    private static Long priority(Literal literal, Diagnostics diagnostics) {
        if (literal instanceof Literal.IntLiteral i) {
            BigInteger value = i.value();
            if (value.bitLength() <= 63) {
                return value.longValue();
            }
            diagnostics.report(
                    DiagnosticCode.INVALID_PRIORITY,
                    literal.span(),
                    "priority " + i.text() + " does not fit in 64 bits",
                    "use a smaller integer; only the order of priorities matters");
            return null;
        }
        String written = literal instanceof Literal.StringLiteral s
                ? "\"" + s.value() + "\""
                : literal instanceof Literal.DecimalLiteral d
                        ? d.text()
                        : literal instanceof Literal.DateLiteral d
                                ? d.text()
                                : literal instanceof Literal.ClockLiteral c
                                        ? c.text()
                                        : String.valueOf(((Literal.BoolLiteral) literal).value());
        diagnostics.report(
                DiagnosticCode.INVALID_PRIORITY,
                literal.span(),
                "priority must be an integer, but is " + written,
                "write a whole number such as `10`; higher wins");
        return null;
    }
}
