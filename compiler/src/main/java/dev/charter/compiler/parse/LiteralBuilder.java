package dev.charter.compiler.parse;

import dev.charter.compiler.ast.Literal;
import dev.charter.compiler.ast.Name;
import dev.charter.grammar.CharterParser;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Literals and names from the parse tree, as written; the leaves every other builder shares. */
final class LiteralBuilder {

    private final Spans spans;
    private final SyntaxErrorLog log;

    LiteralBuilder(Spans spans, SyntaxErrorLog log) {
        this.spans = spans;
        this.log = log;
    }

    Spans spans() {
        return spans;
    }

    SyntaxErrorLog log() {
        return log;
    }

    Literal literal(CharterParser.LiteralContext context) {
        if (context instanceof CharterParser.StringLiteralContext) {
            return string(
                    ((CharterParser.StringLiteralContext) context).STRING().getSymbol());
        }
        if (context instanceof CharterParser.NumberLiteralContext) {
            return number(null, ((CharterParser.NumberLiteralContext) context).number());
        }
        if (context instanceof CharterParser.DateLiteralContext) {
            return date(((CharterParser.DateLiteralContext) context).DATE().getSymbol());
        }
        if (context instanceof CharterParser.ClockLiteralContext) {
            return clock(((CharterParser.ClockLiteralContext) context).CLOCK().getSymbol());
        }
        CharterParser.BooleanLiteralContext bool = (CharterParser.BooleanLiteralContext) context;
        return new Literal.BoolLiteral(spans.of(bool), bool.TRUE() != null);
    }

    Literal.StringLiteral string(Token token) {
        return new Literal.StringLiteral(spans.of(token), StringEscapes.unquote(token.getText()));
    }

    /** A number, negative when {@code minus} (a `-` the grammar glues to it) is present. */
    Literal number(Token minus, CharterParser.NumberContext number) {
        String sign = minus == null ? "" : "-";
        var span = minus == null ? spans.of(number) : spans.between(minus, number.getStop());
        if (number.INT() != null) {
            return new Literal.IntLiteral(span, sign + number.INT().getText());
        }
        return new Literal.DecimalLiteral(span, sign + number.DECIMAL().getText());
    }

    Literal.IntLiteral integer(Token token) {
        return new Literal.IntLiteral(spans.of(token), token.getText());
    }

    private Literal.DateLiteral date(Token token) {
        try {
            LocalDate.parse(token.getText());
        } catch (DateTimeParseException e) {
            log.error(
                    DiagnosticCode.INVALID_DATE,
                    spans.of(token),
                    "`" + token.getText() + "` is not a calendar date",
                    "dates are written YYYY-MM-DD with a valid month and day");
        }
        return new Literal.DateLiteral(spans.of(token), token.getText());
    }

    private Literal.ClockLiteral clock(Token token) {
        String text = token.getText();
        if (Integer.parseInt(text.substring(0, 2)) > 23 || Integer.parseInt(text.substring(3)) > 59) {
            log.error(
                    DiagnosticCode.INVALID_TIME_OF_DAY,
                    spans.of(token),
                    "`" + token.getText() + "` is not a time of day",
                    "times of day are written HH:MM on a 24-hour clock, from 00:00 to 23:59");
        }
        return new Literal.ClockLiteral(spans.of(token), text);
    }

    /** A name as written; a dotted one reads back without spaces ({@code crm.delete}) as comments and blanks are not tokens. */
    Name name(ParserRuleContext name) {
        return new Name(spans.of(name), name.getText());
    }
}
