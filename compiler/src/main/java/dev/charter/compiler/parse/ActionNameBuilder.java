package dev.charter.compiler.parse;

import dev.charter.compiler.ast.ActionPattern;
import dev.charter.compiler.ast.Name;
import dev.charter.grammar.CharterParser;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.ActionNames;
import dev.charter.runtime.ir.SourceSpan;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Action names as declared and as named by rules, bare ({@code crm.delete_contact}) or quoted
 * ({@code "write:refund"}, {@code "delete:*"}), each checked against {@link ActionNames}. A quoted
 * pattern is a wildcard when it ends with {@code *}, which may stand nowhere else in it.
 */
final class ActionNameBuilder {

    private static final String HELP = "an action name is 1 to " + ActionNames.MAX_LENGTH
            + " visible ASCII characters other than `\"`, `\\` and `*`, e.g. \"write:refund\"";

    private final LiteralBuilder leaves;

    ActionNameBuilder(LiteralBuilder leaves) {
        this.leaves = leaves;
    }

    /** The name an {@code action} declaration gives, reported when it cannot name an action. */
    Name declared(CharterParser.DeclaredActionContext c) {
        Name name = c.STRING() != null ? quotedName(c.STRING().getSymbol()) : leaves.name(c.actionName());
        report(ActionNames.problem(name.text()), name.span());
        return name;
    }

    /** A quoted action or wildcard of a rule's pattern. */
    ActionPattern.Single pattern(CharterParser.QuotedActionContext c) {
        Name name = quotedName(c.STRING().getSymbol());
        String text = name.text();
        if (text.endsWith("*")) {
            String prefix = text.substring(0, text.length() - 1);
            report(ActionNames.problemOfPrefix(prefix), name.span());
            return new ActionPattern.ActionWildcard(name.span(), prefix);
        }
        report(ActionNames.problem(text), name.span());
        return new ActionPattern.ActionName(name.span(), name);
    }

    private Name quotedName(Token string) {
        return new Name(leaves.spans().of(string), StringEscapes.unquote(string.getText()));
    }

    private void report(Optional<String> problem, SourceSpan span) {
        problem.ifPresent(p -> leaves.log().error(DiagnosticCode.INVALID_ACTION_NAME, span, p, HELP));
    }

    /** One action name or wildcard of a rule's pattern or a history term's. */
    ActionPattern.Single glob(CharterParser.ActionGlobContext c) {
        if (c instanceof CharterParser.AnyActionContext) {
            return new ActionPattern.ActionWildcard(leaves.spans().of(c), "");
        }
        if (c instanceof CharterParser.QuotedActionContext quoted) {
            return pattern(quoted);
        }
        CharterParser.NamedActionContext named = (CharterParser.NamedActionContext) c;
        if (named.STAR() == null) {
            return new ActionPattern.ActionName(leaves.spans().of(c), leaves.name(named.actionName()));
        }
        requireGlued(named);
        String prefix = named.actionName().getText() + (named.DOT() != null ? "." : "");
        return new ActionPattern.ActionWildcard(leaves.spans().of(c), prefix);
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
                                leaves.spans().of(named),
                                "a wildcard must be written against the name it ends",
                                "write `" + glued + "` without spaces");
                return;
            }
            previous = token;
        }
    }
}
