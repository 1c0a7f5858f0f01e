package dev.charter.runtime.datalog;

import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.ir.Term;
import dev.charter.runtime.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference semantics: for each stratum, apply every clause to all facts, by brute-force
 * enumeration of variable bindings, until nothing changes. Slow and obviously right.
 */
final class NaiveEvaluator {

    private final Map<String, Set<List<Value>>> facts = new HashMap<>();

    NaiveEvaluator(Program program, Map<String, List<List<Value>>> input) {
        for (Relation r : program.relations()) {
            facts.put(r.name(), new HashSet<>(input.getOrDefault(r.name(), List.of())));
        }
        for (Stratum stratum : program.strata()) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Clause clause : stratum.clauses()) {
                    for (List<Value> head : consequences(clause)) {
                        changed |= facts.get(clause.head().relation()).add(head);
                    }
                }
            }
        }
    }

    Set<List<Value>> tuples(String relation) {
        return facts.get(relation);
    }

    private List<List<Value>> consequences(Clause clause) {
        List<List<Value>> out = new ArrayList<>();
        bind(clause, 0, new HashMap<>(), out);
        return out;
    }

    private void bind(Clause clause, int literal, Map<String, Value> env, List<List<Value>> out) {
        if (literal == clause.body().size()) {
            if (filtersHold(clause, env)) {
                out.add(ground(clause.head().terms(), env));
            }
            return;
        }
        if (!(clause.body().get(literal) instanceof BodyLiteral.Positive p)) {
            bind(clause, literal + 1, env, out);
            return;
        }
        for (List<Value> tuple : new ArrayList<>(facts.get(p.atom().relation()))) {
            Map<String, Value> next = new HashMap<>(env);
            if (unify(p.atom().terms(), tuple, next)) {
                bind(clause, literal + 1, next, out);
            }
        }
    }

    private boolean filtersHold(Clause clause, Map<String, Value> env) {
        for (BodyLiteral literal : clause.body()) {
            if (literal instanceof BodyLiteral.Negated n
                    && facts.get(n.atom().relation()).contains(ground(n.atom().terms(), env))) {
                return false;
            }
            if (literal instanceof BodyLiteral.Comparison c) {
                List<Value> sides = ground(List.of(c.left(), c.right()), env);
                if (!ValueOrder.holds(c.op(), sides.get(0), sides.get(1))) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean unify(List<Term> terms, List<Value> tuple, Map<String, Value> env) {
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            Value expected = t instanceof Term.Constant c ? c.value() : env.get(((Term.Variable) t).name());
            if (expected == null) {
                env.put(((Term.Variable) t).name(), tuple.get(i));
            } else if (!expected.equals(tuple.get(i))) {
                return false;
            }
        }
        return true;
    }

    static List<Value> ground(List<Term> terms, Map<String, Value> env) {
        List<Value> out = new ArrayList<>();
        for (Term t : terms) {
            out.add(t instanceof Term.Constant c ? c.value() : env.get(((Term.Variable) t).name()));
        }
        return out;
    }
}
