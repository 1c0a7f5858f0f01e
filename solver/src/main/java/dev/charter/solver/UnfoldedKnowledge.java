package dev.charter.solver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.BoolSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.Sort;
import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Term;
import dev.charter.runtime.ir.ValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The proof encoding: an {@code input relation} is an uninterpreted predicate — any fact snapshot
 * at all — and a relation derived from input relations is unfolded into its defining clauses, so
 * that it means what its clauses say (not "anything", which proves too little and, shared by two
 * versions, far too much).
 *
 * <p>A clause's body variables are existential; each becomes a Skolem function of the atom's
 * arguments, named by the clause and by the {@linkplain RelationGraph#definitionKey definition}
 * of its relation. Every fact snapshot is then a model (choose each Skolem value as a witness of
 * its body when one exists), which is what a proof needs: unsat here is unsat under every
 * snapshot. The converse does not hold — under negation a Skolem value need not be the witness —
 * so models of this encoding are never reported as witnesses; {@link BoundedKnowledge} finds those.
 * Two versions whose definitions of a relation agree share its Skolem functions, so their atoms
 * are the same terms and an unchanged relation can be proved unchanged.
 *
 * <p>Recursion is unfolded {@value #RECURSION_DEPTH} levels; below that a recursive atom is an
 * uninterpreted predicate of its definition. The relation's real contents are one interpretation
 * of it, so the encoding stays an over-approximation and its proofs stay proofs. Unfolding nested
 * relations of many clauses each multiplies their clauses, so one atom of a condition unfolds at
 * most {@value #MAX_CLAUSES} clauses; the atoms left over are that same uninterpreted predicate —
 * still an over-approximation, which {@link #capped()} owns up to: what it cannot prove is
 * inconclusive, never proved.
 */
final class UnfoldedKnowledge implements Knowledge {

    static final int RECURSION_DEPTH = 3;
    static final int MAX_CLAUSES = 4096;

    private final ValueCodec codec;
    private final Context z3;
    private final RelationGraph graph;
    private final ExactRelations exact;
    private final Map<List<Object>, BoolExpr> unfolded = new HashMap<>();
    private int budget;
    private boolean capped;

    UnfoldedKnowledge(ValueCodec codec, RelationGraph graph, ExactRelations exact) {
        this.codec = codec;
        this.z3 = codec.z3();
        this.graph = graph;
        this.exact = exact;
    }

    @Override
    public BoolExpr atom(String relation, List<Expr<?>> arguments) {
        budget = MAX_CLAUSES;
        return atom(relation, arguments, RECURSION_DEPTH);
    }

    /** Whether some atom was left unknown for want of clause budget rather than by recursion depth. */
    boolean capped() {
        return capped;
    }

    private BoolExpr atom(String relation, List<Expr<?>> arguments, int depth) {
        if (exact.contains(relation)) {
            return SymbolicTuple.member(z3, exact.tuples(relation), arguments);
        }
        Relation r = graph.relation(relation);
        List<Expr<?>> args = coerced(r, arguments);
        if (r.input()) {
            return input(r, args);
        }
        if (depth == 0) {
            return cut(relation, r, args);
        }
        List<Object> key = List.of(relation, depth, Arrays.asList(args.toArray()));
        BoolExpr known = unfolded.get(key);
        if (known != null) {
            return known;
        }
        List<Clause> clauses = graph.clauses(relation);
        if (clauses.size() > budget) {
            capped = true;
            return cut(relation, r, args);
        }
        budget -= clauses.size();
        List<BoolExpr> options = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            options.add(clause(clauses.get(i), i, args, depth));
        }
        BoolExpr result = (BoolExpr) z3.mkOr(options.toArray(new BoolExpr[0])).simplify();
        unfolded.put(key, result);
        return result;
    }

    /** The relation left unknown: a predicate of its definition, which the relation's contents interpret. */
    private BoolExpr cut(String relation, Relation r, List<Expr<?>> args) {
        return (BoolExpr) predicate("cut." + relation + "." + graph.definitionKey(relation), r, args, z3.getBoolSort())
                .apply(present(args));
    }

    /**
     * An input atom; a wildcard position holds the Skolem value of "some value there". The
     * predicate is named by the relation's {@linkplain FactSlots#signature signature}, so two
     * versions share it only when they read the relation's facts alike: columns of two enums (or
     * of an enum and {@code action}) are both small ints, and one name would make "admin" of one
     * the "teller" of the other.
     */
    private BoolExpr input(Relation relation, List<Expr<?>> args) {
        String signature = FactSlots.signature(relation);
        List<Expr<?>> filled = new ArrayList<>(args);
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) == null) {
                filled.set(
                        i,
                        skolem(
                                "sk.input." + signature + "." + i,
                                relation,
                                args,
                                codec.sort(relation.columns().get(i).type())));
            }
        }
        Sort[] domain =
                relation.columns().stream().map(c -> codec.sort(c.type())).toArray(Sort[]::new);
        FuncDecl<BoolSort> predicate = z3.mkFuncDecl("input." + signature, domain, z3.getBoolSort());
        return (BoolExpr) predicate.apply(filled.toArray(new Expr<?>[0]));
    }

    /** One clause applied to the atom's arguments: the head unified with them, the body under Skolem values. */
    private BoolExpr clause(Clause clause, int index, List<Expr<?>> args, int depth) {
        String head = clause.head().relation();
        Relation relation = graph.relation(head);
        ClauseTerms terms = new ClauseTerms(codec, graph.program(), clause);
        Map<String, Expr<?>> binding = new HashMap<>();
        List<BoolExpr> parts = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Term term = clause.head().terms().get(i);
            if (args.get(i) == null) {
                continue;
            }
            if (term instanceof Term.Constant c) {
                parts.add(Terms.equal(z3, args.get(i), codec.encode(c.value())));
            } else {
                String name = ((Term.Variable) term).name();
                if (binding.containsKey(name)) {
                    parts.add(Terms.equal(z3, args.get(i), binding.get(name)));
                } else {
                    binding.put(name, args.get(i));
                }
            }
        }
        String prefix = "sk." + head + "." + graph.definitionKey(head) + "." + index + ".";
        for (Map.Entry<String, ValueType> variable : terms.types().entrySet()) {
            if (!binding.containsKey(variable.getKey())) {
                binding.put(
                        variable.getKey(),
                        skolem(prefix + variable.getKey(), relation, args, codec.sort(variable.getValue())));
            }
        }
        for (BodyLiteral literal : clause.body()) {
            if (literal instanceof BodyLiteral.Positive p) {
                parts.add(atom(
                        p.atom().relation(),
                        terms.arguments(p.atom(), binding),
                        next(head, p.atom().relation(), depth)));
            } else if (literal instanceof BodyLiteral.Negated n) {
                parts.add(z3.mkNot(atom(
                        n.atom().relation(),
                        terms.arguments(n.atom(), binding),
                        next(head, n.atom().relation(), depth))));
            } else {
                BodyLiteral.Comparison c = (BodyLiteral.Comparison) literal;
                parts.add(DatalogComparison.encode(
                        z3, c.op(), terms.typed(c.left(), binding), terms.typed(c.right(), binding)));
            }
        }
        return z3.mkAnd(parts.toArray(new BoolExpr[0]));
    }

    private int next(String caller, String callee, int depth) {
        return graph.recursive(caller, callee) ? depth - 1 : RECURSION_DEPTH;
    }

    /** The Skolem function {@code name}, over the atom's present arguments (its mask in the name), applied to them. */
    private Expr<?> skolem(String name, Relation relation, List<Expr<?>> args, Sort range) {
        return predicate(name, relation, args, range).apply(present(args));
    }

    private <R extends Sort> FuncDecl<R> predicate(String name, Relation relation, List<Expr<?>> args, R range) {
        List<Sort> domain = new ArrayList<>();
        StringBuilder mask = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) != null) {
                domain.add(codec.sort(relation.columns().get(i).type()));
            }
            mask.append(args.get(i) == null ? '_' : 'x');
        }
        return z3.mkFuncDecl(name + "." + mask, domain.toArray(new Sort[0]), range);
    }

    private static Expr<?>[] present(List<Expr<?>> args) {
        return args.stream().filter(a -> a != null).toArray(Expr<?>[]::new);
    }

    /** Arguments in the sorts of the relation's columns: an int given for a decimal column is converted, as the runtime does. */
    @SuppressWarnings("unchecked")
    private List<Expr<?>> coerced(Relation relation, List<Expr<?>> arguments) {
        List<Expr<?>> out = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            Expr<?> a = arguments.get(i);
            Sort column = codec.sort(relation.columns().get(i).type());
            if (a != null
                    && !a.getSort().equals(column)
                    && column.equals(z3.getRealSort())
                    && a.getSort().equals(z3.getIntSort())) {
                a = z3.mkInt2Real((Expr<com.microsoft.z3.IntSort>) a);
            }
            out.add(a);
        }
        return out;
    }

    /** A fixed relation's tuples; the others are any set (or unfold into such), so not finitely many. */
    @Override
    public Optional<List<SymbolicTuple>> tuples(String relation) {
        return exact.contains(relation) ? Optional.of(exact.tuples(relation)) : Optional.empty();
    }

    @Override
    public boolean witnesses() {
        return false;
    }

    @Override
    public boolean exactWitnesses() {
        return false;
    }

    @Override
    public Optional<ObjectNode> facts(Z3Session.IncrementalSolver.Query query) {
        throw new IllegalStateException("a model of the proof encoding is not a witness");
    }
}
