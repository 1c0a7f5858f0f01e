package dev.charter.compiler.check;

import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.FieldDecl;
import dev.charter.compiler.ast.Literal;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Assertion;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.EnumDecl;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.ObjectParameter;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lower stage: assembles the checked constitution into the IR {@link Program}. Runs only when
 * no check found an error, so every lookup here succeeds; {@link Program#of} validates the result
 * once more, and a failure there is a compiler bug, not the author's.
 */
final class Lowering {

    private final Declarations declarations;
    private final Typing typing;
    private final List<List<String>> strata;

    private Lowering(Declarations declarations, Typing typing, List<List<String>> strata) {
        this.declarations = declarations;
        this.typing = typing;
        this.strata = strata;
    }

    static Program lower(Declarations declarations, Typing typing, List<List<String>> strata) {
        return new Lowering(declarations, typing, strata).program();
    }

    private Program program() {
        if (typing.clauses.size() != declarations.clauses.size()) {
            throw new IllegalStateException(
                    (declarations.clauses.size() - typing.clauses.size()) + " clause(s) were dropped without an error");
        }
        Metadata metadata = new Metadata(
                declarations.name,
                declarations.version,
                declarations.reviewedBy,
                declarations.reviewedOn,
                declarations.timezone);
        return Program.of(
                metadata,
                schema(),
                relations(),
                strata(),
                rules(),
                outcome(Optional.ofNullable(declarations.defaultDecl)
                        .map(d -> new Declared(d.effect(), d.route(), d.span()))),
                outcome(Optional.ofNullable(declarations.conflictDecl)
                        .map(c -> new Declared(c.effect(), c.route(), c.span()))),
                assertions(),
                List.copyOf(declarations.routes));
    }

    private Schema schema() {
        List<EnumDecl> enums = new ArrayList<>();
        declarations.enumDecls.forEach(
                (name, decl) -> enums.add(new EnumDecl(new EnumType(name), declarations.enums.get(name), decl.span())));
        List<ActionDecl> actions = new ArrayList<>();
        declarations.actions.forEach((name, decl) -> {
            List<Field> parameters = new ArrayList<>();
            List<ObjectParameter> objects = new ArrayList<>();
            declarations.parameters.get(name).forEach((path, f) -> {
                if (f.object().isPresent() && f.list().isEmpty()) {
                    objects.add(new ObjectParameter(
                            path, f.optional(), f.object().get().open(), f.span()));
                } else {
                    parameters.add(new Field(path, declarations.type(f).orElseThrow(), f.span(), f.optional()));
                }
            });
            actions.add(new ActionDecl(name, parameters, decl.span(), decl.open(), objects));
        });
        return new Schema(enums, fields(List.copyOf(declarations.context.values())), actions);
    }

    private List<Field> fields(List<FieldDecl> fields) {
        return fields.stream()
                .map(f -> new Field(f.name().text(), declarations.type(f).orElseThrow(), f.span(), f.optional()))
                .toList();
    }

    /** Declared relations with their columns; derived-only ones with inferred columns {@code _1, _2, ...}. */
    private List<Relation> relations() {
        List<Relation> relations = new ArrayList<>();
        for (String name : declarations.relationOrder) {
            Declaration.RelationDecl decl = declarations.relations.get(name);
            if (decl != null) {
                relations.add(new Relation(name, fields(decl.columns()), decl.input(), decl.span()));
                continue;
            }
            List<ValueType> types = typing.columns.get(name);
            SourceSpan span = declarations.clausesByHead.get(name).get(0).head().span();
            List<Field> columns = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
                columns.add(new Field("_" + (i + 1), types.get(i), span));
            }
            relations.add(new Relation(name, columns, false, span));
        }
        return relations;
    }

    /** Clauses in source order within each stratum; facts are clauses with an empty body. */
    private List<Stratum> strata() {
        List<Stratum> result = new ArrayList<>();
        for (List<String> relations : strata) {
            List<Clause> clauses = typing.clauses.stream()
                    .filter(c -> relations.contains(c.head().relation()))
                    .toList();
            result.add(new Stratum(relations, clauses));
        }
        return result;
    }

    private List<DecisionRule> rules() {
        List<DecisionRule> rules = new ArrayList<>();
        for (Declaration.RuleDecl rule : declarations.rules) {
            rules.add(new DecisionRule(
                    rule.name().text(),
                    rule.effect(),
                    declarations.ruleActions.get(rule),
                    rule.route().map(Literal.StringLiteral::value).orElse(null),
                    condition(rule),
                    typed(typing.priorities, rule, "priority"),
                    rule.because().map(Literal.StringLiteral::value).orElse(null),
                    rule.span()));
        }
        return rules;
    }

    /** {@code when C unless U} is {@code C and not U}; a rule with neither always applies to its actions. */
    private Expr condition(Declaration.RuleDecl rule) {
        Expr when = rule.when().isPresent() ? typed(typing.when, rule, "when") : null;
        Expr unless = rule.unless().isPresent() ? typed(typing.unless, rule, "unless") : null;
        Expr notUnless = unless == null ? null : new Expr.Not(unless, unless.span());
        if (when != null && notUnless != null) {
            List<Expr> operands = new ArrayList<>(when instanceof Expr.And and ? and.operands() : List.of(when));
            operands.add(notUnless);
            return new Expr.And(operands, rule.span());
        }
        if (when != null) {
            return when;
        }
        return notUnless != null ? notUnless : new Expr.Const(new Value.BoolValue(true), rule.span());
    }

    private List<Assertion> assertions() {
        List<Assertion> assertions = new ArrayList<>();
        for (Declaration.AssertDecl assertion : declarations.assertions) {
            assertions.add(new Assertion(
                    assertion.name().text(), typed(typing.assertions, assertion, "condition"), assertion.span()));
        }
        return assertions;
    }

    /**
     * What the types stage made of a part that is there in the source. Missing means a check
     * dropped it without reporting why; carrying on would lower, say, a rule without its
     * {@code when}, which applies to every request, so this refuses.
     */
    private static <K, V> V typed(Map<K, V> typed, K key, String part) {
        V value = typed.get(key);
        if (value == null) {
            throw new IllegalStateException(
                    "the " + part + " of " + key.getClass().getSimpleName() + " was not typed");
        }
        return value;
    }

    /** An absent {@code default} or {@code on conflict} is a deny that points at no source. */
    private static Outcome outcome(Optional<Declared> declared) {
        return declared.map(d -> new Outcome(
                        d.effect(), d.route().map(Literal.StringLiteral::value).orElse(null), d.span()))
                .orElseGet(() -> Outcome.deny(SourceSpan.builtin()));
    }

    /** A {@code default} or {@code on conflict} declaration, alike for lowering. */
    private record Declared(Effect effect, Optional<Literal.StringLiteral> route, SourceSpan span) {}
}
