package dev.charter.runtime.ir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the reads of an optional parameter's value that no presence test guards. A read is
 * guarded when the condition can only reach it with the parameter known present: in
 * {@code A and B}, {@code B} is read knowing what {@code A} true implies; in {@code A or B},
 * knowing what {@code A} false implies; in {@code A => B}, knowing what {@code A} true implies;
 * {@code not} flips what an operand implies. A rule's condition is {@code when and not unless},
 * so what {@code when} implies holds in {@code unless}. Presence comes from
 * {@link Expr.Present} true (written {@code request.x != null}) or false under {@code not}
 * ({@code request.x == null} false).
 *
 * <p>The runtime and the solver both evaluate such a condition left to right with short-circuit,
 * so a guarded read is never made on an absent parameter.
 */
public final class OptionalGuards {

    private final Predicate<String> optional;
    private final List<Expr.Attribute> unguarded = new ArrayList<>();

    private OptionalGuards(Predicate<String> optional) {
        this.optional = optional;
    }

    /**
     * The reads of {@code request.x} in {@code condition}, in order, where {@code x} is optional
     * ({@code optional} says which names are) and not known to be present.
     */
    public static List<Expr.Attribute> unguarded(Expr condition, Predicate<String> optional) {
        OptionalGuards guards = new OptionalGuards(optional);
        guards.check(condition, Set.of());
        return List.copyOf(guards.unguarded);
    }

    private void check(Expr e, Set<String> known) {
        if (e instanceof Expr.Attribute a) {
            if (a.scope() == Expr.Scope.REQUEST
                    && paths(a.name()).stream().anyMatch(p -> optional.test(p) && !known.contains(p))) {
                unguarded.add(a);
            }
        } else if (e instanceof Expr.And and) {
            Set<String> sofar = new HashSet<>(known);
            for (Expr operand : and.operands()) {
                check(operand, sofar);
                sofar.addAll(implied(operand, true));
            }
        } else if (e instanceof Expr.Or or) {
            Set<String> sofar = new HashSet<>(known);
            for (Expr operand : or.operands()) {
                check(operand, sofar);
                sofar.addAll(implied(operand, false));
            }
        } else if (e instanceof Expr.Implies i) {
            check(i.premise(), known);
            Set<String> then = new HashSet<>(known);
            then.addAll(implied(i.premise(), true));
            check(i.conclusion(), then);
        } else {
            for (Expr child : e.children()) {
                check(child, known);
            }
        }
    }

    /** The optional parameters known present when {@code e} evaluates to {@code outcome}. */
    static Set<String> implied(Expr e, boolean outcome) {
        if (e instanceof Expr.Present p) {
            return outcome ? paths(p.name()) : Set.of();
        }
        if (e instanceof Expr.Not n) {
            return implied(n.operand(), !outcome);
        }
        if (e instanceof Expr.And and) {
            return outcome ? union(and.operands(), true) : intersection(and.operands(), false);
        }
        if (e instanceof Expr.Or or) {
            return outcome ? intersection(or.operands(), true) : union(or.operands(), false);
        }
        if (e instanceof Expr.Implies i && !outcome) {
            Set<String> out = new HashSet<>(implied(i.premise(), true));
            out.addAll(implied(i.conclusion(), false));
            return out;
        }
        return Set.of();
    }

    /**
     * {@code path} and the objects that hold it: {@code a.b.c}, {@code a.b}, {@code a}. Reading
     * {@code a.b.c} needs each of them present; any of them present implies those that hold it.
     */
    static Set<String> paths(String path) {
        Set<String> out = new HashSet<>();
        for (String p = path; p != null; p = ObjectParameter.parent(p)) {
            out.add(p);
        }
        return out;
    }

    private static Set<String> union(List<Expr> operands, boolean outcome) {
        Set<String> out = new HashSet<>();
        operands.forEach(o -> out.addAll(implied(o, outcome)));
        return out;
    }

    private static Set<String> intersection(List<Expr> operands, boolean outcome) {
        Set<String> out = new HashSet<>(implied(operands.get(0), outcome));
        operands.forEach(o -> out.retainAll(implied(o, outcome)));
        return out;
    }
}
