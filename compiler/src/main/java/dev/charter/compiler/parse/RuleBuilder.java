package dev.charter.compiler.parse;

import dev.charter.compiler.ast.ActionPattern;
import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.Expression;
import dev.charter.compiler.ast.Literal;
import dev.charter.grammar.CharterParser;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;

/** Decisions: rules with their action patterns, the default, the conflict policy and assertions. */
final class RuleBuilder {

    private final LiteralBuilder leaves;
    private final ExpressionBuilder expressions;
    private final ActionNameBuilder actionNames;
    private final Spans spans;

    RuleBuilder(LiteralBuilder leaves, ExpressionBuilder expressions, ActionNameBuilder actionNames) {
        this.leaves = leaves;
        this.actionNames = actionNames;
        this.expressions = expressions;
        this.spans = leaves.spans();
    }

    Declaration.RuleDecl rule(CharterParser.DecisionRuleContext c) {
        return new Declaration.RuleDecl(
                spans.of(c),
                leaves.name(c.name),
                ExpressionBuilder.effect(c.effect()),
                pattern(c.actionPattern()),
                quoted(c.route),
                condition(c.when),
                condition(c.unless),
                Optional.ofNullable(c.priority).map(this::priority),
                quoted(c.reason));
    }

    Declaration.DefaultDecl defaultDecision(CharterParser.DefaultDeclContext c) {
        return new Declaration.DefaultDecl(spans.of(c), ExpressionBuilder.effect(c.effect()), quoted(c.route));
    }

    Declaration.ConflictDecl conflictPolicy(CharterParser.ConflictDeclContext c) {
        return new Declaration.ConflictDecl(spans.of(c), ExpressionBuilder.effect(c.effect()), quoted(c.route));
    }

    Declaration.AssertDecl assertion(CharterParser.AssertionContext c) {
        return new Declaration.AssertDecl(spans.of(c), leaves.name(c.name), expressions.build(c.expression()));
    }

    private Optional<Literal.StringLiteral> quoted(Token string) {
        return Optional.ofNullable(string).map(leaves::string);
    }

    private Optional<Expression> condition(CharterParser.ExpressionContext c) {
        return Optional.ofNullable(c).map(expressions::build);
    }

    private Literal priority(CharterParser.PriorityValueContext c) {
        if (c.MINUS() != null) {
            return leaves.number(c.MINUS().getSymbol(), c.number());
        }
        return leaves.literal(c.literal());
    }

    private ActionPattern pattern(CharterParser.ActionPatternContext c) {
        if (c instanceof CharterParser.SingleActionPatternContext) {
            return actionNames.glob(((CharterParser.SingleActionPatternContext) c).actionGlob());
        }
        List<ActionPattern.Single> items = ((CharterParser.ActionListPatternContext) c)
                .actionGlob().stream().map(actionNames::glob).collect(Collectors.toList());
        return new ActionPattern.ActionList(spans.of(c), items);
    }
}
