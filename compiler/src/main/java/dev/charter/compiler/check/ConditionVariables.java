package dev.charter.compiler.check;

import dev.charter.compiler.ast.Argument;
import dev.charter.compiler.ast.Expression;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.ValueType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables of one {@code when}, {@code unless} or assertion condition ({@code L} in
 * {@code limit(agent, L) and request.amount <= L}): their types, and their safety.
 *
 * <p>A variable is bound by a relation atom that stands as an operand of a conjunction
 * ({@code and}, or the whole condition, or one side of an {@code or} or the conclusion of
 * {@code =>}), not under {@code not} and not in the premise of {@code =>}; it may be used in that
 * conjunction and anywhere below it. Any other use is reported, saying where it could be bound. A
 * variable's type is the column where it is first bound.
 */
final class ConditionVariables {

    private final Map<String, List<ValueType>> columns;
    private final Diagnostics diagnostics;
    private final Map<String, ValueType> types = new HashMap<>();
    private final Set<Expression.Variable> unsafe = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Expression.Call> positiveBinders = new LinkedHashMap<>();
    private final Map<String, Expression.Call> negatedAtoms = new LinkedHashMap<>();
    private final Set<String> reported = new HashSet<>();

    private ConditionVariables(Map<String, List<ValueType>> columns, Diagnostics diagnostics) {
        this.columns = columns;
        this.diagnostics = diagnostics;
    }

    /** Checks the condition's variables, reporting each unsafe one once. */
    static ConditionVariables of(Expression condition, Map<String, List<ValueType>> columns, Diagnostics diagnostics) {
        ConditionVariables variables = new ConditionVariables(columns, diagnostics);
        variables.collect(condition, true);
        variables.conjunction(condition, Set.of(), Map.of());
        return variables;
    }

    /** The variable's type, or null when no atom of a known relation binds it. */
    ValueType type(String name) {
        return types.get(name);
    }

    /** Whether this occurrence was reported as unbound (its typing then stays silent). */
    boolean unsafe(Expression.Variable variable) {
        return unsafe.contains(variable);
    }

    /** Finds every atom with a variable argument, positive or not, and types variables from the positive ones. */
    private void collect(Expression e, boolean positive) {
        if (e instanceof Expression.And a) {
            collect(a.left(), positive);
            collect(a.right(), positive);
        } else if (e instanceof Expression.Or o) {
            collect(o.left(), positive);
            collect(o.right(), positive);
        } else if (e instanceof Expression.Implies i) {
            collect(i.left(), false);
            collect(i.right(), positive);
        } else if (e instanceof Expression.Not n) {
            collect(n.operand(), false);
        } else if (e instanceof Expression.Call c && isAtom(c)) {
            List<ValueType> cols = columns.get(c.callee().text());
            for (int i = 0; i < c.arguments().size(); i++) {
                if (c.arguments().get(i) instanceof Expression.Variable v) {
                    if (positive) {
                        positiveBinders.putIfAbsent(v.name(), c);
                        if (cols != null && i < cols.size() && cols.get(i) != null) {
                            types.putIfAbsent(v.name(), cols.get(i));
                        }
                    } else {
                        negatedAtoms.putIfAbsent(v.name(), c);
                    }
                }
            }
        }
    }

    private static boolean isAtom(Expression.Call c) {
        return !c.callee().text().equals(ReferenceCheck.LENGTH);
    }

    /**
     * A conjunction: its atoms bind their variables for every operand.
     *
     * @param elsewhere variables bound on another side of an enclosing {@code or}, with their atom
     */
    private void conjunction(Expression e, Set<String> bound, Map<String, Expression.Call> elsewhere) {
        List<Expression> operands = new ArrayList<>();
        flatten(e, operands);
        Set<String> here = new HashSet<>(bound);
        for (Expression operand : operands) {
            if (operand instanceof Expression.Call c && isAtom(c)) {
                for (Argument a : c.arguments()) {
                    if (a instanceof Expression.Variable v) {
                        here.add(v.name());
                    }
                }
            }
        }
        for (Expression operand : operands) {
            if (operand instanceof Expression.Call c && isAtom(c)) {
                for (Argument a : c.arguments()) {
                    if (a instanceof Expression arg && !(arg instanceof Expression.Variable)) {
                        use(arg, here, elsewhere);
                    }
                }
            } else {
                use(operand, here, elsewhere);
            }
        }
    }

    private static void flatten(Expression e, List<Expression> into) {
        if (e instanceof Expression.And a) {
            flatten(a.left(), into);
            flatten(a.right(), into);
        } else {
            into.add(e);
        }
    }

    /** An expression where variables are used, not bound (except in the conjunctions below it). */
    private void use(Expression e, Set<String> bound, Map<String, Expression.Call> elsewhere) {
        if (e instanceof Expression.Or o) {
            List<Expression> sides = new ArrayList<>();
            disjuncts(o, sides);
            for (Expression side : sides) {
                Map<String, Expression.Call> others = new HashMap<>(elsewhere);
                for (Expression other : sides) {
                    if (other != side) {
                        bindersIn(other, others);
                    }
                }
                conjunction(side, bound, others);
            }
        } else if (e instanceof Expression.And) {
            conjunction(e, bound, elsewhere);
        } else if (e instanceof Expression.Implies i) {
            negative(i.left(), bound, elsewhere);
            conjunction(i.right(), bound, elsewhere);
        } else if (e instanceof Expression.Not n) {
            negative(n.operand(), bound, elsewhere);
        } else if (e instanceof Expression.Quantified q) {
            // A quantifier's body is evaluated per element: like `not`, it binds nothing.
            use(q.list(), bound, elsewhere);
            negative(q.body(), bound, elsewhere);
        } else if (e instanceof Expression.Variable v) {
            check(v, bound, elsewhere);
        } else {
            for (Expression child : ExpressionChildren.of(e)) {
                use(child, bound, elsewhere);
            }
        }
    }

    /** Under {@code not} or before {@code =>}: nothing binds, every variable is a use. */
    private void negative(Expression e, Set<String> bound, Map<String, Expression.Call> elsewhere) {
        if (e instanceof Expression.And a) {
            negative(a.left(), bound, elsewhere);
            negative(a.right(), bound, elsewhere);
        } else if (e instanceof Expression.Call c && isAtom(c)) {
            for (Argument a : c.arguments()) {
                if (a instanceof Expression arg) {
                    use(arg, bound, elsewhere);
                }
            }
        } else if (e instanceof Expression.Or o) {
            negative(o.left(), bound, elsewhere);
            negative(o.right(), bound, elsewhere);
        } else if (e instanceof Expression.Implies i) {
            negative(i.left(), bound, elsewhere);
            negative(i.right(), bound, elsewhere);
        } else {
            use(e, bound, elsewhere);
        }
    }

    private static void disjuncts(Expression e, List<Expression> into) {
        if (e instanceof Expression.Or o) {
            disjuncts(o.left(), into);
            disjuncts(o.right(), into);
        } else {
            into.add(e);
        }
    }

    /** The variables a positive atom of {@code e} binds (at any depth), for the message about {@code or}. */
    private void bindersIn(Expression e, Map<String, Expression.Call> into) {
        if (e instanceof Expression.And a) {
            bindersIn(a.left(), into);
            bindersIn(a.right(), into);
        } else if (e instanceof Expression.Or o) {
            bindersIn(o.left(), into);
            bindersIn(o.right(), into);
        } else if (e instanceof Expression.Implies i) {
            bindersIn(i.right(), into);
        } else if (e instanceof Expression.Call c && isAtom(c)) {
            for (Argument a : c.arguments()) {
                if (a instanceof Expression.Variable v) {
                    into.putIfAbsent(v.name(), c);
                }
            }
        }
    }

    private void check(Expression.Variable v, Set<String> bound, Map<String, Expression.Call> elsewhere) {
        if (bound.contains(v.name())) {
            return;
        }
        unsafe.add(v);
        if (!reported.add(v.name())) {
            return;
        }
        String name = "`" + v.name() + "`";
        Expression.Call other = elsewhere.get(v.name());
        Expression.Call positive = positiveBinders.get(v.name());
        Expression.Call negated = negatedAtoms.get(v.name());
        Diagnostic d;
        if (other != null) {
            d = Diagnostic.of(
                            DiagnosticCode.UNBOUND_VARIABLE,
                            v.span(),
                            "variable " + name + " is bound on the other side of `or`, not on this one",
                            "each side of `or` must bind the variables it uses: add the atom to this side, "
                                    + "or bind " + name + " before the `or`, e.g. `"
                                    + other.callee().text() + "(...) and (... or ...)`")
                    .withLabel(other.span(), name + " is bound here, for that side only");
        } else if (positive != null) {
            d = Diagnostic.of(
                            DiagnosticCode.UNBOUND_VARIABLE,
                            v.span(),
                            "variable " + name + " is not bound where it is used",
                            "a variable is bound by a relation atom joined to its use by `and`, outside `not`"
                                    + " and before no `=>`")
                    .withLabel(positive.span(), name + " is bound here, which does not reach that use");
        } else if (negated != null) {
            d = Diagnostic.of(
                            DiagnosticCode.UNBOUND_VARIABLE,
                            v.span(),
                            "variable " + name + " is bound only under `not` (or before `=>`), which binds nothing",
                            "bind it with a relation atom outside the `not`, joined by `and`, e.g. `"
                                    + negated.callee().text() + "(..., " + v.name() + ") and not ...`")
                    .withLabel(negated.span(), "a negated atom only tests values already bound");
        } else {
            d = Diagnostic.of(
                    DiagnosticCode.UNBOUND_VARIABLE,
                    v.span(),
                    "variable " + name + " is not bound by any relation atom",
                    "a variable takes its values from a relation's facts: join an atom such as `limit(agent, "
                            + v.name() + ")` to its use with `and`; a comparison cannot bind it");
        }
        diagnostics.add(d);
    }
}
