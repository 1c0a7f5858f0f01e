package dev.charter.runtime;

import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a raw host value as one declared type, prepared once per type so that checking a request
 * costs no schema look-ups. A read yields the value's evaluation form — {@code Long} (int),
 * {@code BigDecimal} (decimal), {@code Boolean}, {@code LocalDate}, or {@code String} (string,
 * enum value, action name) — or null when the raw value does not have the type.
 *
 * <p>A decimal's evaluation form is normalised as {@link RawJson#normalise} does, whether it was
 * given as a number or as a string. Decimals are bounded (at most {@value #MAX_DIGITS} digits before and after the point) so that
 * no input can make exact arithmetic expensive; ints and decimals also accept their digits as a
 * string ({@code "15000.00"}), as docs/requests.md describes.
 */
abstract class TypedReader {

    static final int MAX_DIGITS = 40;

    final ValueType type;

    private TypedReader(ValueType type) {
        this.type = type;
    }

    /** The evaluation form of {@code raw}, or null when it is not a value of the type. */
    abstract Object read(Object raw);

    /** The IR value of an evaluation form this reader produced. */
    Value value(Object form) {
        return valueOf(form, type);
    }

    static Value valueOf(Object form, ValueType type) {
        if (type instanceof EnumType e) {
            return new Value.EnumValue(e, (String) form);
        }
        return switch ((PrimitiveType) type) {
            case BOOL -> new Value.BoolValue((Boolean) form);
            case INT -> new Value.IntValue((Long) form);
            case DECIMAL -> new Value.DecimalValue((BigDecimal) form);
            case STRING -> new Value.StringValue((String) form);
            case DATE -> new Value.DateValue((LocalDate) form);
            case ACTION -> new Value.ActionValue((String) form);
            case EFFECT -> throw new IllegalArgumentException("no host value has type effect");
        };
    }

    static TypedReader forType(ValueType type, Schema schema) {
        if (type instanceof ListType) {
            throw new IllegalArgumentException("a list is read element by element (ArgumentBinder)");
        }
        if (type instanceof EnumType e) {
            Set<String> values = new HashSet<>(schema.enumValues(e)
                    .orElseThrow(() -> new IllegalArgumentException("undeclared enum " + e.name())));
            return new Members(type, values);
        }
        return switch ((PrimitiveType) type) {
            case BOOL -> new Bools();
            case INT -> new Ints();
            case DECIMAL -> new Decimals();
            case STRING -> new Strings();
            case DATE -> new Dates();
            case ACTION ->
                new Members(
                        type,
                        new HashSet<>(
                                schema.actions().stream().map(a -> a.name()).toList()));
            case EFFECT -> throw new IllegalArgumentException("no host value has type effect");
        };
    }

    /** Whether a decimal stays within the bounds every decimal on the decision path respects. */
    static boolean inBounds(BigDecimal d) {
        if (d.signum() == 0) {
            return true;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        int integerDigits = stripped.precision() - stripped.scale();
        return stripped.scale() <= MAX_DIGITS && integerDigits <= MAX_DIGITS;
    }

    /** {@code -?[0-9]{1,19}}, checked by hand: this runs for every attribute of every request. */
    static boolean isInteger(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        return s.length() > start && s.length() - start <= 19 && digits(s, start, s.length()) == s.length();
    }

    /** {@code -?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]{1,4})?}, at most 200 characters. */
    static boolean isDecimal(String s) {
        if (s.length() > 200) {
            return false;
        }
        int i = s.startsWith("-") ? 1 : 0;
        int end = digits(s, i, s.length());
        if (end == i) {
            return false;
        }
        if (end < s.length() && s.charAt(end) == '.') {
            int fraction = end + 1;
            end = digits(s, fraction, s.length());
            if (end == fraction) {
                return false;
            }
        }
        if (end < s.length() && (s.charAt(end) == 'e' || s.charAt(end) == 'E')) {
            int exponent =
                    end + 1 < s.length() && (s.charAt(end + 1) == '+' || s.charAt(end + 1) == '-') ? end + 2 : end + 1;
            end = digits(s, exponent, s.length());
            return end > exponent && end - exponent <= 4 && end == s.length();
        }
        return end == s.length();
    }

    /** The index of the first non-digit at or after {@code from}. */
    private static int digits(String s, int from, int to) {
        int i = from;
        while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static final class Bools extends TypedReader {
        Bools() {
            super(PrimitiveType.BOOL);
        }

        Object read(Object raw) {
            return raw instanceof Boolean ? raw : null;
        }
    }

    private static final class Strings extends TypedReader {
        Strings() {
            super(PrimitiveType.STRING);
        }

        Object read(Object raw) {
            return raw instanceof String ? raw : null;
        }
    }

    private static final class Ints extends TypedReader {
        Ints() {
            super(PrimitiveType.INT);
        }

        Object read(Object raw) {
            try {
                if (raw instanceof BigDecimal d) {
                    return d.longValueExact();
                }
                if (raw instanceof String s && isInteger(s)) {
                    return Long.parseLong(s);
                }
            } catch (ArithmeticException | NumberFormatException e) {
                return null;
            }
            return null;
        }
    }

    private static final class Decimals extends TypedReader {
        Decimals() {
            super(PrimitiveType.DECIMAL);
        }

        Object read(Object raw) {
            BigDecimal d = null;
            if (raw instanceof BigDecimal n) {
                d = n;
            } else if (raw instanceof String s && isDecimal(s)) {
                d = new BigDecimal(s);
            }
            // One form per value, however the host wrote it ("1.50", 1.5, "15e-1"): traces and
            // records show it, and equal decimals must read as equal values everywhere.
            return d != null && inBounds(d) ? RawJson.normalise(d) : null;
        }
    }

    private static final class Dates extends TypedReader {
        Dates() {
            super(PrimitiveType.DATE);
        }

        Object read(Object raw) {
            if (raw instanceof String s && s.length() == 10) {
                try {
                    return LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
            return null;
        }
    }

    /** Enum values and action names: a string from a fixed set. */
    private static final class Members extends TypedReader {
        private final Set<String> members;

        Members(ValueType type, Set<String> members) {
            super(type);
            this.members = Set.copyOf(members);
        }

        Object read(Object raw) {
            return raw instanceof String s && members.contains(s) ? s : null;
        }
    }
}
