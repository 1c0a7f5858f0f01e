package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.DatalogAtom;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.ir.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The witness encoding: input relations hold the facts of {@link FactSlots}, and every relation
 * that depends on them is evaluated bottom-up, stratum by stratum, over those symbolic facts —
 * each clause joined like the runtime joins it, comparisons and negations becoming guards — so
 * a model is a request and a fact snapshot on which every atom has exactly the value the runtime
 * derives. Recursion is unfolded {@value #EXTRA_ROUNDS} rounds past the number of slots, and a
 * relation is cut at {@value #MAX_TUPLES} symbolic tuples, keeping the shallower derivations
 * (each round keeps the tuples of the rounds before it first); a witness found past either bound
 * is still run by the runtime, but is no longer claimed exact.
 */
final class BoundedKnowledge implements Knowledge {

    static final int MAX_TUPLES = 512;
    private static final int EXTRA_ROUNDS = 1;

    private final ValueCodec codec;
    private final Context z3;
    private final RelationGraph graph;
    private final ExactRelations exact;
    private final FactSlots slots;
    private final Map<String, List<SymbolicTuple>> derived = new HashMap<>();
    private boolean bounded;

    BoundedKnowledge(ValueCodec codec, RelationGraph graph, ExactRelations exact, FactSlots slots) {
        this.codec = codec;
        this.z3 = codec.z3();
        this.graph = graph;
        this.exact = exact;
        this.slots = slots;
        for (Relation r : graph.program().relations()) {
            if (r.input()) {
                derived.put(r.name(), slots.of(r));
            }
        }
        for (Stratum stratum : graph.program().strata()) {
            evaluate(stratum);
        }
    }

    private void evaluate(Stratum stratum) {
        List<String> defined = stratum.relations().stream()
                .filter(r -> graph.dependsOnInput(r) && !graph.isInput(r))
                .toList();
        if (defined.isEmpty()) {
            return;
        }
        Map<String, Set<SymbolicTuple>> current = new LinkedHashMap<>();
        defined.forEach(r -> current.put(r, new LinkedHashSet<>()));
        int rounds = FactSlots.PER_RELATION + EXTRA_ROUNDS + 1;
        boolean converged = false;
        for (int round = 0; round < rounds && !converged; round++) {
            Map<String, Set<SymbolicTuple>> next = new LinkedHashMap<>();
            defined.forEach(r -> next.put(r, new LinkedHashSet<>(current.get(r))));
            for (Clause clause : stratum.clauses()) {
                if (next.containsKey(clause.head().relation())) {
                    next.get(clause.head().relation()).addAll(derive(clause, current));
                }
            }
            for (Set<SymbolicTuple> tuples : next.values()) {
                if (tuples.size() > MAX_TUPLES) {
                    List<SymbolicTuple> kept = new ArrayList<>(tuples).subList(0, MAX_TUPLES);
                    tuples.clear();
                    tuples.addAll(kept);
                    bounded = true;
                }
            }
            converged = next.equals(current);
            current.clear();
            current.putAll(next);
        }
        bounded |= !converged;
        current.forEach((r, tuples) -> derived.put(r, List.copyOf(tuples)));
    }

    private List<SymbolicTuple> tuples(String relation, Map<String, Set<SymbolicTuple>> current) {
        if (exact.contains(relation)) {
            return exact.tuples(relation);
        }
        if (current.containsKey(relation)) {
            return List.copyOf(current.get(relation));
        }
        return derived.getOrDefault(relation, List.of());
    }

    /** A partial join: the guard so far and the terms bound to the clause's variables. */
    private record Branch(List<BoolExpr> guard, Map<String, Expr<?>> binding) {}

    private List<SymbolicTuple> derive(Clause clause, Map<String, Set<SymbolicTuple>> current) {
        ClauseTerms terms = new ClauseTerms(codec, graph.program(), clause);
        List<Branch> branches = List.of(new Branch(List.of(), Map.of()));
        for (BodyLiteral literal : clause.body()) {
            if (literal instanceof BodyLiteral.Positive p) {
                branches = join(branches, p.atom(), tuples(p.atom().relation(), current));
            }
        }
        List<SymbolicTuple> out = new ArrayList<>();
        for (Branch branch : branches) {
            List<BoolExpr> guard = new ArrayList<>(branch.guard());
            for (BodyLiteral literal : clause.body()) {
                if (literal instanceof BodyLiteral.Negated n) {
                    guard.add(z3.mkNot(SymbolicTuple.member(
                            z3, tuples(n.atom().relation(), current), terms.arguments(n.atom(), branch.binding()))));
                } else if (literal instanceof BodyLiteral.Comparison c) {
                    guard.add(DatalogComparison.encode(
                            z3,
                            c.op(),
                            terms.typed(c.left(), branch.binding()),
                            terms.typed(c.right(), branch.binding())));
                }
            }
            BoolExpr all = (BoolExpr) z3.mkAnd(guard.toArray(new BoolExpr[0])).simplify();
            if (!all.isFalse()) {
                out.add(new SymbolicTuple(all, terms.arguments(clause.head(), branch.binding())));
            }
        }
        return out;
    }

    private List<Branch> join(List<Branch> branches, DatalogAtom atom, List<SymbolicTuple> tuples) {
        List<Branch> out = new ArrayList<>();
        for (Branch branch : branches) {
            for (SymbolicTuple tuple : tuples) {
                List<BoolExpr> guard = new ArrayList<>(branch.guard());
                guard.add(tuple.guard());
                Map<String, Expr<?>> binding = new HashMap<>(branch.binding());
                for (int i = 0; i < atom.arity(); i++) {
                    Term term = atom.terms().get(i);
                    Expr<?> value = tuple.terms().get(i);
                    if (term instanceof Term.Constant c) {
                        guard.add(Terms.equal(z3, value, codec.encode(c.value())));
                    } else if (binding.containsKey(((Term.Variable) term).name())) {
                        guard.add(Terms.equal(z3, value, binding.get(((Term.Variable) term).name())));
                    } else {
                        binding.put(((Term.Variable) term).name(), value);
                    }
                }
                BoolExpr all =
                        (BoolExpr) z3.mkAnd(guard.toArray(new BoolExpr[0])).simplify();
                if (!all.isFalse()) {
                    out.add(new Branch(List.of(all), binding));
                }
                if (out.size() > MAX_TUPLES) {
                    bounded = true;
                    return out;
                }
            }
        }
        return out;
    }

    @Override
    public BoolExpr atom(String relation, List<Expr<?>> arguments) {
        return SymbolicTuple.member(z3, tuples(relation, Map.of()), arguments);
    }

    @Override
    public Optional<List<SymbolicTuple>> tuples(String relation) {
        return Optional.of(tuples(relation, Map.of()));
    }

    @Override
    public boolean witnesses() {
        return true;
    }

    @Override
    public boolean exactWitnesses() {
        return !bounded;
    }

    @Override
    public Optional<ObjectNode> facts(Z3Session.IncrementalSolver.Query query) {
        return slots.read(query);
    }
}
