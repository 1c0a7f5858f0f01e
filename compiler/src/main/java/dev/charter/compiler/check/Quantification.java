package dev.charter.compiler.check;

import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places the {@link Expr.Exists} of a typed, safe condition's variables: in each conjunction (the
 * whole condition, the operands of {@code and}, each side of {@code or}, the conclusion of
 * {@code =>}), the atoms that bind a variable not bound above become one {@code exists} at the
 * place of the first of them; its body is the conjunction's other operands that use those
 * variables, in the order written. The operands that use none of them stay outside, where they
 * stand, so a condition without variables is unchanged.
 */
final class Quantification {

    private Quantification() {}

    static Expr apply(Expr condition) {
        return conjunction(condition, Set.of());
    }

    private static Expr conjunction(Expr e, Set<String> bound) {
        List<Expr> operands = e instanceof Expr.And and ? and.operands() : List.of(e);
        Map<String, Expr.Var> introduced = new LinkedHashMap<>();
        List<Expr.Atom> binders = new ArrayList<>();
        for (Expr operand : operands) {
            if (operand instanceof Expr.Atom atom && binds(atom, bound)) {
                binders.add(atom);
                for (Expr argument : atom.arguments()) {
                    if (argument instanceof Expr.Var v && !bound.contains(v.name())) {
                        introduced.putIfAbsent(v.name(), v);
                    }
                }
            }
        }
        if (binders.isEmpty()) {
            List<Expr> out = operands.stream().map(o -> node(o, bound)).toList();
            return out.size() == 1 ? out.get(0) : new Expr.And(out, e.span());
        }
        Set<String> inner = new HashSet<>(bound);
        inner.addAll(introduced.keySet());
        List<Expr> body = new ArrayList<>();
        List<Expr> out = new ArrayList<>();
        for (Expr operand : operands) {
            if (operand == binders.get(0)) {
                out.add(null);
            } else if (operand instanceof Expr.Atom a && binders.contains(a)) {
                continue;
            } else if (uses(operand, introduced.keySet())) {
                body.add(node(operand, inner));
            } else {
                out.add(node(operand, bound));
            }
        }
        Expr bodyExpr = body.isEmpty()
                ? new Expr.Const(new Value.BoolValue(true), e.span())
                : body.size() == 1 ? body.get(0) : new Expr.And(body, e.span());
        Expr exists = new Expr.Exists(List.copyOf(introduced.values()), binders, bodyExpr, e.span());
        out.set(out.indexOf(null), exists);
        return out.size() == 1 ? out.get(0) : new Expr.And(out, e.span());
    }

    private static boolean binds(Expr.Atom atom, Set<String> bound) {
        return atom.arguments().stream().anyMatch(a -> a instanceof Expr.Var v && !bound.contains(v.name()));
    }

    private static boolean uses(Expr e, Set<String> variables) {
        return e.subtree().stream().anyMatch(n -> n instanceof Expr.Var v && variables.contains(v.name()));
    }

    private static Expr node(Expr e, Set<String> bound) {
        if (e instanceof Expr.And) {
            return conjunction(e, bound);
        }
        if (e instanceof Expr.Or or) {
            return new Expr.Or(
                    or.operands().stream().map(o -> conjunction(o, bound)).toList(), or.span());
        }
        if (e instanceof Expr.Implies i) {
            return new Expr.Implies(conjunction(i.premise(), bound), conjunction(i.conclusion(), bound), i.span());
        }
        if (e instanceof Expr.Not n) {
            return new Expr.Not(conjunction(n.operand(), bound), n.span());
        }
        return e;
    }
}
