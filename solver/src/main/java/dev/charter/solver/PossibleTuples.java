package dev.charter.solver;

import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.DatalogAtom;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.ir.Term;
import dev.charter.runtime.ir.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An upper bound on the tuples a relation that depends on {@code input relation}s can hold, over
 * every fact snapshot: the program evaluated with each input relation holding "any tuple" (a
 * null position stands for any value), the fixed relations exactly, negations and comparisons
 * assumed to pass. A derived atom can only hold on a tuple this bound covers — which rules out,
 * for instance, {@code may(agent, x)} for an action no role is ever granted.
 */
final class PossibleTuples {

    /** Beyond this many patterns a relation is bounded by "anything", which stays sound. */
    private static final int LIMIT = 10_000;

    private final Map<String, Set<List<Value>>> patterns = new HashMap<>();

    PossibleTuples(Program program, Map<String, Set<List<Value>>> exact) {
        for (Relation r : program.relations()) {
            if (exact.containsKey(r.name())) {
                Set<List<Value>> tuples = new LinkedHashSet<>();
                exact.get(r.name()).forEach(t -> tuples.add(new ArrayList<>(t)));
                patterns.put(r.name(), tuples);
            } else if (r.input()) {
                patterns.put(r.name(), new LinkedHashSet<>(List.of(anything(r.arity()))));
            } else {
                patterns.put(r.name(), new LinkedHashSet<>());
            }
        }
        for (Stratum stratum : program.strata()) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Clause clause : stratum.clauses()) {
                    if (!exact.containsKey(clause.head().relation())) {
                        changed |= fire(clause);
                    }
                }
            }
        }
    }

    /** The patterns of a relation; a null position matches any value. */
    Set<List<Value>> of(String relation) {
        return patterns.getOrDefault(relation, Set.of());
    }

    private static List<Value> anything(int arity) {
        return Arrays.asList(new Value[arity]);
    }

    private boolean fire(Clause clause) {
        List<Map<String, Value>> bindings = new ArrayList<>();
        join(clause.body(), 0, new HashMap<>(), bindings);
        Set<List<Value>> head = patterns.get(clause.head().relation());
        boolean changed = false;
        for (Map<String, Value> binding : bindings) {
            List<Value> tuple = new ArrayList<>();
            for (Term t : clause.head().terms()) {
                tuple.add(t instanceof Term.Constant c ? c.value() : binding.get(((Term.Variable) t).name()));
            }
            changed |= head.add(tuple);
        }
        if (head.size() > LIMIT) {
            head.clear();
            head.add(anything(clause.head().arity()));
        }
        return changed;
    }

    private void join(List<BodyLiteral> body, int index, Map<String, Value> binding, List<Map<String, Value>> out) {
        if (index == body.size()) {
            out.add(binding);
            return;
        }
        if (!(body.get(index) instanceof BodyLiteral.Positive positive)) {
            join(body, index + 1, binding, out);
            return;
        }
        DatalogAtom atom = positive.atom();
        for (List<Value> tuple : List.copyOf(patterns.get(atom.relation()))) {
            Map<String, Value> extended = unify(atom, tuple, binding);
            if (extended != null) {
                join(body, index + 1, extended, out);
            }
        }
    }

    private static Map<String, Value> unify(DatalogAtom atom, List<Value> tuple, Map<String, Value> binding) {
        Map<String, Value> extended = new HashMap<>(binding);
        for (int i = 0; i < atom.terms().size(); i++) {
            Value known = tuple.get(i);
            Term term = atom.terms().get(i);
            if (term instanceof Term.Constant c) {
                if (known != null && !known.equals(c.value())) {
                    return null;
                }
            } else {
                String name = ((Term.Variable) term).name();
                Value bound = extended.get(name);
                if (bound != null && known != null && !bound.equals(known)) {
                    return null;
                }
                if (bound == null) {
                    extended.put(name, known);
                }
            }
        }
        return extended;
    }
}
