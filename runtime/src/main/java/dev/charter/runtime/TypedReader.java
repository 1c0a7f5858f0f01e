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
 * <p>Ints and decimals are read by {@link ParameterNumbers}, as the ledger's history reads them.
 */
abstract class TypedReader {

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
            return ParameterNumbers.intOf(raw);
        }
    }

    private static final class Decimals extends TypedReader {
        Decimals() {
            super(PrimitiveType.DECIMAL);
        }

        Object read(Object raw) {
            // One form per value, however the host wrote it ("1.50", 1.5, "15e-1"): traces and
            // records show it, and equal decimals must read as equal values everywhere.
            return ParameterNumbers.decimalOf(raw);
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
