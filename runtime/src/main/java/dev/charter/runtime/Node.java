package dev.charter.runtime;

import java.math.BigDecimal;
import java.util.List;

/**
 * A compiled condition or value: evaluated against a {@link Frame} with no look-ups by name.
 * Values are in evaluation form ({@code Long}, {@code BigDecimal}, {@code Boolean},
 * {@code LocalDate}, {@code String}); conditions override {@link #test} to avoid boxing.
 */
abstract class Node {

    abstract Object eval(Frame f);

    boolean test(Frame f) {
        return (Boolean) eval(f);
    }

    static BigDecimal decimal(Object number) {
        return number instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) number;
    }

    /** A boolean-valued node. */
    abstract static class Condition extends Node {
        @Override
        final Object eval(Frame f) {
            return test(f);
        }

        @Override
        abstract boolean test(Frame f);
    }

    static final class Constant extends Node {
        private final Object value;

        Constant(Object value) {
            this.value = value;
        }

        Object eval(Frame f) {
            return value;
        }
    }

    static final class Slot extends Node {
        private final int slot;

        Slot(int slot) {
            this.slot = slot;
        }

        Object eval(Frame f) {
            return f.read(slot);
        }
    }

    /** Whether an optional parameter's slot holds a value (the request carried it, not as null). */
    static final class Present extends Condition {
        private final int slot;

        Present(int slot) {
            this.slot = slot;
        }

        boolean test(Frame f) {
            return f.read(slot) != null;
        }
    }

    /** A variable bound by a {@link FactBinding}, in evaluation form. */
    static final class Variable extends Node {
        private final int slot;

        Variable(int slot) {
            this.slot = slot;
        }

        Object eval(Frame f) {
            return f.vars[slot];
        }
    }

    static final class Agent extends Node {
        Object eval(Frame f) {
            return f.agent;
        }
    }

    static final class ActionName extends Node {
        private final String[] names;

        ActionName(List<String> names) {
            this.names = names.toArray(String[]::new);
        }

        Object eval(Frame f) {
            return names[f.action];
        }
    }

    static final class ActionIs extends Condition {
        private final int action;

        ActionIs(int action) {
            this.action = action;
        }

        boolean test(Frame f) {
            return f.action == action;
        }
    }

    static final class Not extends Condition {
        private final Node operand;

        Not(Node operand) {
            this.operand = operand;
        }

        Node operand() {
            return operand;
        }

        boolean test(Frame f) {
            return !operand.test(f);
        }
    }

    static final class And extends Condition {
        private final Node[] operands;

        And(Node[] operands) {
            this.operands = operands;
        }

        Node[] operands() {
            return operands.clone();
        }

        boolean test(Frame f) {
            for (Node n : operands) {
                if (!n.test(f)) {
                    return false;
                }
            }
            return true;
        }
    }

    static final class Or extends Condition {
        private final Node[] operands;

        Or(Node[] operands) {
            this.operands = operands;
        }

        Node[] operands() {
            return operands.clone();
        }

        boolean test(Frame f) {
            for (Node n : operands) {
                if (n.test(f)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class Implies extends Condition {
        private final Node premise;
        private final Node conclusion;

        Implies(Node premise, Node conclusion) {
            this.premise = premise;
            this.conclusion = conclusion;
        }

        boolean test(Frame f) {
            return !premise.test(f) || conclusion.test(f);
        }
    }
}
