package dev.charter.compiler.check;

import dev.charter.compiler.ast.Argument;
import dev.charter.compiler.ast.Expression;
import java.util.ArrayList;
import java.util.List;

/** The direct sub-expressions of a condition's syntax tree node, in the order written. */
final class ExpressionChildren {

    private ExpressionChildren() {}

    static List<Expression> of(Expression e) {
        if (e instanceof Expression.Implies i) {
            return List.of(i.left(), i.right());
        }
        if (e instanceof Expression.Or o) {
            return List.of(o.left(), o.right());
        }
        if (e instanceof Expression.And a) {
            return List.of(a.left(), a.right());
        }
        if (e instanceof Expression.Not n) {
            return List.of(n.operand());
        }
        if (e instanceof Expression.Comparison c) {
            return List.of(c.left(), c.right());
        }
        if (e instanceof Expression.InSet s) {
            return List.of(s.operand());
        }
        if (e instanceof Expression.Matches m) {
            return List.of(m.operand());
        }
        if (e instanceof Expression.StringTest s) {
            return List.of(s.left(), s.right());
        }
        if (e instanceof Expression.Arithmetic a) {
            return List.of(a.left(), a.right());
        }
        if (e instanceof Expression.Negate n) {
            return List.of(n.operand());
        }
        if (e instanceof Expression.Quantified q) {
            return List.of(q.list(), q.body());
        }
        if (e instanceof Expression.Call c) {
            List<Expression> out = new ArrayList<>();
            for (Argument a : c.arguments()) {
                if (a instanceof Expression arg) {
                    out.add(arg);
                }
            }
            return out;
        }
        return List.of();
    }
}
