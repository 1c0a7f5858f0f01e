package dev.charter.runtime;

import dev.charter.runtime.ir.Expr;

/**
 * Compiled reads of a list parameter, whose slot holds its elements' evaluation forms as an
 * {@code Object[]} bound once per decision ({@link ArgumentBinder}). A quantifier puts each
 * element in turn into its variable's slot of {@link Frame#vars}, read by {@link Node.Variable};
 * nothing is allocated per element.
 */
final class ListNodes {

    private ListNodes() {}

    /** {@code any}, {@code all} (a condition) and {@code count} (an int) over a list. */
    static final class Quantifier extends Node {
        private final Expr.QuantifierKind kind;
        private final int list;
        private final int variable;
        private final Node body;

        Quantifier(Expr.QuantifierKind kind, int list, int variable, Node body) {
            this.kind = kind;
            this.list = list;
            this.variable = variable;
            this.body = body;
        }

        @Override
        Object eval(Frame f) {
            return kind == Expr.QuantifierKind.COUNT ? Long.valueOf(count(f)) : Boolean.valueOf(test(f));
        }

        @Override
        boolean test(Frame f) {
            Object[] elements = (Object[]) f.read(list);
            boolean any = kind == Expr.QuantifierKind.ANY;
            for (Object element : elements) {
                f.vars[variable] = element;
                if (body.test(f) == any) {
                    return any;
                }
            }
            return !any;
        }

        private long count(Frame f) {
            Object[] elements = (Object[]) f.read(list);
            long n = 0;
            for (Object element : elements) {
                f.vars[variable] = element;
                if (body.test(f)) {
                    n++;
                }
            }
            return n;
        }
    }

    /** {@code len(request.paths)}. */
    static final class Length extends Node {
        private final int list;

        Length(int list) {
            this.list = list;
        }

        @Override
        Object eval(Frame f) {
            return Long.valueOf(((Object[]) f.read(list)).length);
        }
    }

    /** {@code request.paths contains v}: numbers compared numerically, everything else by equality. */
    static final class Contains extends Node.Condition {
        private final int list;
        private final Node value;
        private final boolean numeric;

        Contains(int list, Node value, boolean numeric) {
            this.list = list;
            this.value = value;
            this.numeric = numeric;
        }

        @Override
        boolean test(Frame f) {
            Object[] elements = (Object[]) f.read(list);
            Object v = value.eval(f);
            for (Object element : elements) {
                if (numeric ? decimal(element).compareTo(decimal(v)) == 0 : element.equals(v)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code e.sku}: a member of the element at hand of a list of objects. */
    static final class Member extends Node {
        private final int variable;
        private final int index;

        Member(int variable, int index) {
            this.variable = variable;
            this.index = index;
        }

        @Override
        Object eval(Frame f) {
            return ((RecordForm) f.vars[variable]).values[index];
        }
    }
}
