package dev.charter.bench.sidebyside.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One conjunct of a rule's condition. The set is deliberately small: exactly what the three
 * workloads need and every engine can express natively.
 */
public sealed interface Condition {

    /** Comparison operators; ordering ones only on numbers. */
    enum Op {
        EQ("=="),
        NE("!="),
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        /** The operator as Charter, Cedar, Drools, Biscuit and Aviator (jCasbin) all write it. */
        public String symbol() {
            return symbol;
        }

        /** Whether {@code comparison} (the sign of left.compareTo(right)) satisfies the operator. */
        public boolean holds(int comparison) {
            switch (this) {
                case EQ:
                    return comparison == 0;
                case NE:
                    return comparison != 0;
                case LT:
                    return comparison < 0;
                case LE:
                    return comparison <= 0;
                case GT:
                    return comparison > 0;
                default:
                    return comparison >= 0;
            }
        }
    }

    /**
     * {@code attribute op constant}; the constant's Java type matches the attribute's kind
     * ({@code Long}, {@code BigDecimal}, {@code Boolean}, {@code String}).
     */
    record Compare(Attribute attribute, Op op, Object constant) implements Condition {
        public Compare {
            Objects.requireNonNull(attribute);
            Objects.requireNonNull(op);
            Objects.requireNonNull(constant);
            boolean numeric = attribute.kind() == Attribute.Kind.INT || attribute.kind() == Attribute.Kind.DECIMAL;
            if (!numeric && op != Op.EQ && op != Op.NE) {
                throw new IllegalArgumentException("only numbers are ordered: " + attribute.path() + " " + op.symbol());
            }
            Class<?> expected = javaType(attribute.kind());
            if (!expected.isInstance(constant)) {
                throw new IllegalArgumentException(attribute.path() + " compares with a " + expected.getSimpleName());
            }
        }
    }

    /** The Datalog atom {@code may(agent, action)}: the acting agent is entitled to {@code action}. */
    record May(String action) implements Condition {
        public May {
            Objects.requireNonNull(action);
        }
    }

    /** The Java type of request values and constants of a kind. */
    static Class<?> javaType(Attribute.Kind kind) {
        switch (kind) {
            case INT:
                return Long.class;
            case DECIMAL:
                return BigDecimal.class;
            case BOOL:
                return Boolean.class;
            default:
                return String.class;
        }
    }
}
