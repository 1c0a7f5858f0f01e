package dev.charter.compiler.parse;

import dev.charter.compiler.ast.BodyLiteral;
import dev.charter.compiler.ast.DatalogAtom;
import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.NameRef;
import dev.charter.compiler.ast.Term;
import dev.charter.compiler.ast.Wildcard;
import dev.charter.grammar.CharterParser;
import java.util.List;
import java.util.stream.Collectors;

/** Datalog facts and rules: heads, body literals (atoms, negated atoms, comparisons) and terms. */
final class DatalogBuilder {

    private final LiteralBuilder leaves;
    private final Spans spans;

    DatalogBuilder(LiteralBuilder leaves) {
        this.leaves = leaves;
        this.spans = leaves.spans();
    }

    Declaration.ClauseDecl clause(CharterParser.DatalogClauseContext c) {
        List<BodyLiteral> body = c.bodyLiteral().stream().map(this::bodyLiteral).collect(Collectors.toList());
        return new Declaration.ClauseDecl(spans.of(c), atom(c.head), body);
    }

    private DatalogAtom atom(CharterParser.DatalogAtomContext c) {
        List<Term> terms = c.term().stream().map(this::term).collect(Collectors.toList());
        return new DatalogAtom(spans.of(c), leaves.name(c.relation), terms);
    }

    private BodyLiteral bodyLiteral(CharterParser.BodyLiteralContext c) {
        if (c instanceof CharterParser.PositiveLiteralContext) {
            return atom(((CharterParser.PositiveLiteralContext) c).datalogAtom());
        }
        if (c instanceof CharterParser.NegatedLiteralContext) {
            return new BodyLiteral.NegatedAtom(
                    spans.of(c), atom(((CharterParser.NegatedLiteralContext) c).datalogAtom()));
        }
        CharterParser.ComparisonLiteralContext comparison = (CharterParser.ComparisonLiteralContext) c;
        return new BodyLiteral.TermComparison(
                spans.of(c), ExpressionBuilder.compareOp(comparison.op), term(comparison.left), term(comparison.right));
    }

    private Term term(CharterParser.TermContext c) {
        if (c instanceof CharterParser.VariableTermContext) {
            return new Term.Variable(spans.of(c), c.getText());
        }
        if (c instanceof CharterParser.WildcardTermContext) {
            return new Wildcard(spans.of(c));
        }
        if (c instanceof CharterParser.NameTermContext) {
            return new NameRef(spans.of(c), c.getText());
        }
        if (c instanceof CharterParser.LiteralTermContext) {
            return leaves.literal(((CharterParser.LiteralTermContext) c).literal());
        }
        CharterParser.NegativeTermContext negative = (CharterParser.NegativeTermContext) c;
        return leaves.number(negative.MINUS().getSymbol(), negative.number());
    }
}
