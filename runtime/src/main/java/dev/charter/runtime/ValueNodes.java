package dev.charter.runtime;

import com.google.re2j.Pattern;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.Expr;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Compiled comparisons, arithmetic and string tests. Integer arithmetic is exact 64-bit and
 * fails closed on overflow; decimal arithmetic is exact {@link BigDecimal}.
 */
final class ValueNodes {

    private ValueNodes() {}

    /** How two ordered values compare: ints without leaving {@code long}, numbers with a decimal side numerically. */
    enum Order {
        INT,
        DECIMAL,
        DATE;

        int compare(Object left, Object right) {
            return switch (this) {
                case INT -> Long.compare((Long) left, (Long) right);
                case DECIMAL -> Node.decimal(left).compareTo(Node.decimal(right));
                case DATE -> ((LocalDate) left).compareTo((LocalDate) right);
            };
        }
    }

    static final class Compare extends Node.Condition {
        private final CompareOp op;
        private final Order order;
        private final Node left;
        private final Node right;

        Compare(CompareOp op, Order order, Node left, Node right) {
            this.op = op;
            this.order = order;
            this.left = left;
            this.right = right;
        }

        boolean test(Frame f) {
            return op.test(order.compare(left.eval(f), right.eval(f)));
        }
    }

    /** {@code ==} or {@code !=} on strings, enum values, action names and booleans. */
    static final class Equality extends Node.Condition {
        private final boolean equal;
        private final Node left;
        private final Node right;

        Equality(boolean equal, Node left, Node right) {
            this.equal = equal;
            this.left = left;
            this.right = right;
        }

        boolean test(Frame f) {
            return left.eval(f).equals(right.eval(f)) == equal;
        }
    }

    /** {@code x in {..}}: numbers compared numerically, everything else by equality. */
    static final class InSet extends Node.Condition {
        private final Node operand;
        private final Object[] members;
        private final boolean numeric;

        InSet(Node operand, List<Object> members, boolean numeric) {
            this.operand = operand;
            this.members = members.toArray();
            this.numeric = numeric;
        }

        boolean test(Frame f) {
            Object v = operand.eval(f);
            for (Object m : members) {
                if (numeric ? decimal(v).compareTo(decimal(m)) == 0 : v.equals(m)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code + - *}: exact 64-bit on ints (overflow fails closed), exact {@link BigDecimal} otherwise. */
    static final class Arithmetic extends Node {
        private final Expr.ArithmeticOp op;
        private final boolean integral;
        private final Node left;
        private final Node right;

        Arithmetic(Expr.ArithmeticOp op, boolean integral, Node left, Node right) {
            this.op = op;
            this.integral = integral;
            this.left = left;
            this.right = right;
        }

        Object eval(Frame f) {
            return integral
                    ? longs((Long) left.eval(f), (Long) right.eval(f))
                    : decimals(decimal(left.eval(f)), decimal(right.eval(f)));
        }

        private long longs(long l, long r) {
            try {
                return switch (op) {
                    case ADD -> Math.addExact(l, r);
                    case SUB -> Math.subtractExact(l, r);
                    case MUL -> Math.multiplyExact(l, r);
                };
            } catch (ArithmeticException e) {
                throw new EvaluationFailure(
                        ReasonCode.ARITHMETIC_OVERFLOW, l + " " + op.symbol() + " " + r + " overflows a 64-bit int");
            }
        }

        private BigDecimal decimals(BigDecimal l, BigDecimal r) {
            return switch (op) {
                case ADD -> l.add(r);
                case SUB -> l.subtract(r);
                case MUL -> l.multiply(r);
            };
        }
    }

    static final class Negate extends Node {
        private final Node operand;

        Negate(Node operand) {
            this.operand = operand;
        }

        Object eval(Frame f) {
            Object v = operand.eval(f);
            if (v instanceof Long l) {
                if (l == Long.MIN_VALUE) {
                    throw new EvaluationFailure(ReasonCode.ARITHMETIC_OVERFLOW, "-(" + l + ") overflows a 64-bit int");
                }
                return -l;
            }
            return ((BigDecimal) v).negate();
        }
    }

    static final class StringTest extends Node.Condition {
        private final Expr.StringOp op;
        private final Node left;
        private final Node right;

        StringTest(Expr.StringOp op, Node left, Node right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        boolean test(Frame f) {
            String l = (String) left.eval(f);
            String r = (String) right.eval(f);
            return switch (op) {
                case STARTS_WITH -> l.startsWith(r);
                case ENDS_WITH -> l.endsWith(r);
                case CONTAINS -> l.contains(r);
            };
        }
    }

    /**
     * A date minus a date: the days from the right one to the left one, negative when the left is
     * earlier. Epoch days lie within ±2^39, so the difference never overflows.
     */
    static final class DaysBetween extends Node {
        private final Node later;
        private final Node earlier;

        DaysBetween(Node later, Node earlier) {
            this.later = later;
            this.earlier = earlier;
        }

        Object eval(Frame f) {
            return ((LocalDate) later.eval(f)).toEpochDay() - ((LocalDate) earlier.eval(f)).toEpochDay();
        }
    }

    static final class Length extends Node {
        private final Node operand;

        Length(Node operand) {
            this.operand = operand;
        }

        Object eval(Frame f) {
            String s = (String) operand.eval(f);
            return (long) s.codePointCount(0, s.length());
        }
    }

    /** {@code matches}: the length of the text is charged to the decision's budget before the linear-time match. */
    static final class Matches extends Node.Condition {
        private final Node operand;
        private final Pattern pattern;

        Matches(Node operand, Pattern pattern) {
            this.operand = operand;
            this.pattern = pattern;
        }

        boolean test(Frame f) {
            String text = (String) operand.eval(f);
            f.regexRead(text.length());
            return pattern.matcher(text).find();
        }
    }
}
