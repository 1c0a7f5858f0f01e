package dev.charter.runtime.ir;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A constant of the language: in conditions, in Datalog facts, and in solver witnesses.
 * Decimals are exact; two decimals that differ only in trailing zeros are equal.
 */
public sealed interface Value {

    ValueType type();

    record BoolValue(boolean value) implements Value {
        public ValueType type() {
            return PrimitiveType.BOOL;
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    record IntValue(long value) implements Value {
        public ValueType type() {
            return PrimitiveType.INT;
        }

        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    record DecimalValue(BigDecimal value) implements Value {
        public DecimalValue {
            value = normalise(value);
        }

        private static BigDecimal normalise(BigDecimal value) {
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }

        public ValueType type() {
            return PrimitiveType.DECIMAL;
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    record StringValue(String value) implements Value {
        public ValueType type() {
            return PrimitiveType.STRING;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    record DateValue(LocalDate value) implements Value {
        public ValueType type() {
            return PrimitiveType.DATE;
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    record EnumValue(EnumType enumType, String value) implements Value {
        public ValueType type() {
            return enumType;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    record ActionValue(String name) implements Value {
        public ValueType type() {
            return PrimitiveType.ACTION;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record EffectValue(Effect effect) implements Value {
        public ValueType type() {
            return PrimitiveType.EFFECT;
        }

        @Override
        public String toString() {
            return effect.keyword();
        }
    }
}
