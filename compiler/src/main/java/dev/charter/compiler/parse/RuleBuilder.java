package dev.charter.compiler.parse;

import dev.charter.compiler.ast.ActionPattern;
import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.Expression;
import dev.charter.compiler.ast.Literal;
import dev.charter.grammar.CharterParser;
import dev.charter.runtime.diagnostics.DiagnosticCode;
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

    RuleBuilder(LiteralBuilder leaves, ExpressionBuilder expressions) {
        this.leaves = leaves;
        this.actionNames = new ActionNameBuilder(leaves);
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
            return single(((CharterParser.SingleActionPatternContext) c).actionGlob());
        }
        List<ActionPattern.Single> items = ((CharterParser.ActionListPatternContext) c)
                .actionGlob().stream().map(this::single).collect(Collectors.toList());
        return new ActionPattern.ActionList(spans.of(c), items);
    }

    private ActionPattern.Single single(CharterParser.ActionGlobContext c) {
        if (c instanceof CharterParser.AnyActionContext) {
            return new ActionPattern.ActionWildcard(spans.of(c), "");
        }
        if (c instanceof CharterParser.QuotedActionContext quoted) {
            return actionNames.pattern(quoted);
        }
        CharterParser.NamedActionContext named = (CharterParser.NamedActionContext) c;
        if (named.STAR() == null) {
            return new ActionPattern.ActionName(spans.of(c), leaves.name(named.actionName()));
        }
        requireGlued(named);
        String prefix = named.actionName().getText() + (named.DOT() != null ? "." : "");
        return new ActionPattern.ActionWildcard(spans.of(c), prefix);
    }

    /** {@code crm.delete_ *} would read as two things; a wildcard is part of the name it ends. */
    private void requireGlued(CharterParser.NamedActionContext named) {
        Token previous = named.actionName().getStop();
        Token[] rest = named.DOT() != null
                ? new Token[] {named.DOT().getSymbol(), named.STAR().getSymbol()}
                : new Token[] {named.STAR().getSymbol()};
        for (Token token : rest) {
            if (token.getStartIndex() != previous.getStopIndex() + 1) {
                String glued = named.actionName().getText() + (named.DOT() != null ? ".*" : "*");
                leaves.log()
                        .error(
                                DiagnosticCode.DETACHED_WILDCARD,
                                spans.of(named),
                                "a wildcard must be written against the name it ends",
                                "write `" + glued + "` without spaces");
                return;
            }
            previous = token;
        }
    }
}
