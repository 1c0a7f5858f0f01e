package dev.charter.compiler.check;

import dev.charter.compiler.ast.Literal;
import dev.charter.compiler.parse.ActionNameSyntax;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/**
 * Turns literals and bare names into values of the type their position expects: a Datalog
 * column, the other side of a comparison, the operand of {@code in}. This is where {@code teller}
 * becomes a {@code Role} and {@code initiate_payment} an action. Returns null after reporting
 * when the constant does not fit.
 */
final class Constants {

    private final Declarations declarations;
    private final Diagnostics diagnostics;

    Constants(Declarations declarations, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    /** A literal's own type, as written: {@code 3} is an int, {@code 3.0} a decimal. */
    static ValueType typeOf(Literal literal) {
        if (literal instanceof Literal.StringLiteral) {
            return PrimitiveType.STRING;
        }
        if (literal instanceof Literal.IntLiteral) {
            return PrimitiveType.INT;
        }
        if (literal instanceof Literal.DecimalLiteral) {
            return PrimitiveType.DECIMAL;
        }
        return literal instanceof Literal.DateLiteral ? PrimitiveType.DATE : PrimitiveType.BOOL;
    }

    /** A literal's own value, without an expected type ({@code 3} is an int, {@code 3.0} a decimal). */
    Value literal(Literal literal) {
        if (literal instanceof Literal.StringLiteral s) {
            return new Value.StringValue(s.value());
        }
        if (literal instanceof Literal.IntLiteral i) {
            return integer(i);
        }
        if (literal instanceof Literal.DecimalLiteral d) {
            return new Value.DecimalValue(d.value());
        }
        if (literal instanceof Literal.DateLiteral d) {
            return new Value.DateValue(LocalDate.parse(d.text()));
        }
        if (literal instanceof Literal.ClockLiteral c) {
            return new Value.IntValue(c.minutes());
        }
        return new Value.BoolValue(((Literal.BoolLiteral) literal).value());
    }

    /**
     * A literal as a value of {@code expected}; an int is accepted where a decimal is expected, and
     * a string names an action where an action is expected ({@code action == "write:refund"}).
     */
    Value literal(Literal literal, ValueType expected) {
        if (literal instanceof Literal.StringLiteral s && expected == PrimitiveType.ACTION) {
            return action(s.value(), s.span());
        }
        Value value = literal(literal);
        if (value == null || expected == null || value.type().equals(expected)) {
            return value;
        }
        if (value instanceof Value.IntValue i && expected == PrimitiveType.DECIMAL) {
            return new Value.DecimalValue(BigDecimal.valueOf(i.value()));
        }
        mismatch(literal.span(), describe(value), expected, null);
        return null;
    }

    /** An int literal, reported when it does not fit in 64 bits. */
    Value integer(Literal.IntLiteral literal) {
        BigInteger value = literal.value();
        if (value.bitLength() > 63) {
            diagnostics.report(
                    DiagnosticCode.INT_OUT_OF_RANGE,
                    literal.span(),
                    "integer " + literal.text() + " does not fit in 64 bits",
                    "integers range from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
            return null;
        }
        return new Value.IntValue(value.longValue());
    }

    /**
     * A bare name as a value of {@code expected}: an enum value or an action. A string is expected
     * only in Datalog, where lower-case constants may stand for strings, so {@code stringNames}
     * says whether that reading is allowed.
     */
    Value name(String name, SourceSpan span, ValueType expected, boolean stringNames) {
        if (expected instanceof EnumType e) {
            return enumValue(name, span, e);
        }
        if (expected == PrimitiveType.ACTION) {
            return action(name, span);
        }
        if (expected == PrimitiveType.STRING && stringNames) {
            return new Value.StringValue(name);
        }
        if (expected != null) {
            mismatch(
                    span,
                    "the name `" + name + "`",
                    expected,
                    expected == PrimitiveType.STRING ? "write a string in quotes: \"" + name + "\"" : null);
        }
        return null;
    }

    Value enumValue(String name, SourceSpan span, EnumType type) {
        List<String> values = declarations.enums.get(type.name());
        if (values == null) {
            return null;
        }
        if (values.contains(name)) {
            return new Value.EnumValue(type, name);
        }
        String other = kindOf(name);
        if (other != null) {
            diagnostics.report(
                    DiagnosticCode.TYPE_MISMATCH,
                    span,
                    "`" + name + "` is " + other + ", not a value of " + type.name(),
                    "the values of " + type.name() + " are " + String.join(", ", values));
            return null;
        }
        String help = DidYouMean.help(name, values);
        diagnostics.report(
                DiagnosticCode.UNDEFINED_ENUM_VALUE,
                span,
                "`" + name + "` is not a value of " + type.name(),
                help != null ? help : "the values of " + type.name() + " are " + String.join(", ", values));
        return null;
    }

    Value action(String name, SourceSpan span) {
        if (declarations.actions.containsKey(name)) {
            return new Value.ActionValue(name);
        }
        String other = kindOf(name);
        if (other != null) {
            diagnostics.report(
                    DiagnosticCode.TYPE_MISMATCH, span, "`" + name + "` is " + other + ", not an action", null);
            return null;
        }
        String help = DidYouMean.help(name, declarations.actions.keySet());
        diagnostics.report(
                DiagnosticCode.UNDEFINED_ACTION,
                span,
                "no action named `" + name + "`",
                help != null ? help : "declare it: `action " + ActionNameSyntax.written(name) + " { }`");
        return null;
    }

    /** What else a name is, "an action" or "a value of Role", for messages; null when nothing. */
    private String kindOf(String name) {
        if (declarations.actions.containsKey(name)) {
            return "an action";
        }
        return declarations.enums.entrySet().stream()
                .filter(e -> e.getValue().contains(name))
                .findFirst()
                .map(e -> "a value of " + e.getKey())
                .orElse(null);
    }

    void mismatch(SourceSpan span, String found, ValueType expected, String help) {
        diagnostics.report(
                DiagnosticCode.TYPE_MISMATCH,
                span,
                "expected " + article(expected) + " here, but found " + found,
                help);
    }

    static String describe(Value value) {
        if (value instanceof Value.StringValue s) {
            return "the string \"" + s.value() + "\"";
        }
        return article(value.type()) + " `" + value + "`";
    }

    /** "a decimal", "an int", "an AccountStatus". */
    static String article(ValueType type) {
        String name = type.displayName();
        return ("aeiouAEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
