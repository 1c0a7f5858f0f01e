package dev.charter.runtime.datalog;

import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.DatalogAtom;
import dev.charter.runtime.ir.Term;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.json.CanonicalWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every fact of one program over one fact snapshot: the snapshot's facts, the constitution's
 * facts and everything its clauses derive, with the first proof of each. Immutable once built by
 * {@link DatalogEvaluator}, so one database serves any number of concurrent decisions.
 *
 * <p>Facts are also addressed by int handles (from {@link Lookup#find}), which the decision plan
 * uses on its hot path and to ask for {@link #derivation(int) derivations} afterwards.
 */
public final class Database {

    /** The most nodes one derivation tree may have before its deeper proofs are elided. */
    public static final int MAX_DERIVATION_NODES = 256;
    /** How many characters of rendered proofs a database keeps, about a megabyte or two. */
    private static final long RENDERED_PROOF_CHARS = 1L << 20;

    private final ValuePool pool;
    private final FactTable table;
    private final Map<String, RelationTable> tables;
    private final List<RelationTable> byId;
    private final List<Clause> clauses;
    /** Proofs already rendered: every decision that checks a fact renders the same proof of it. */
    private final Map<Integer, String> renderedProofs = new ConcurrentHashMap<>();

    private final AtomicLong renderedProofChars = new AtomicLong();

    Database(ValuePool pool, FactTable table, Map<String, RelationTable> tables, List<Clause> clauses) {
        this.pool = pool;
        this.table = table;
        this.tables = Map.copyOf(tables);
        this.byId = List.copyOf(tables.values());
        this.clauses = List.copyOf(clauses);
    }

    /** Every tuple of {@code relation}, in the order they were established. */
    public Set<List<Value>> tuples(String relation) {
        RelationTable t = table(relation);
        Set<List<Value>> tuples = new LinkedHashSet<>();
        t.facts().forEach(fact -> tuples.add(values(table.tuple(fact))));
        return Collections.unmodifiableSet(tuples);
    }

    public boolean contains(String relation, List<Value> tuple) {
        return handle(relation, tuple) >= 0;
    }

    /** The proof of {@code relation(tuple)}, empty when it does not hold. */
    public Optional<Derivation> derivation(String relation, List<Value> tuple) {
        int fact = handle(relation, tuple);
        return fact < 0 ? Optional.empty() : Optional.of(derivation(fact));
    }

    /** The number of facts, input and derived. */
    public int size() {
        return table.size();
    }

    /**
     * Prepares a probe of {@code relation} given the values of {@code boundColumns} (ascending,
     * 0-based), building the hash index it needs now rather than on a decision's path.
     */
    public synchronized Lookup lookup(String relation, int[] boundColumns) {
        RelationTable t = table(relation);
        int mask = 0;
        for (int c : boundColumns) {
            if (c < 0 || c >= t.arity()) {
                throw new IllegalArgumentException("relation " + relation + " has no column " + c);
            }
            mask |= 1 << c;
        }
        boolean direct = boundColumns.length == 0 || boundColumns.length == t.arity();
        return new Lookup(this, t, direct ? null : t.index(mask, table));
    }

    /** Column {@code column} of the fact a handle names. */
    Value column(int handle, int column) {
        return pool.value(table.tuple(handle)[column]);
    }

    /** The fact a handle names. */
    public Fact fact(int handle) {
        return new Fact(byId.get(table.relation(handle)).name(), values(table.tuple(handle)));
    }

    /** The proof of the fact a handle names, at most {@link #MAX_DERIVATION_NODES} nodes. */
    public Derivation derivation(int handle) {
        return derive(handle, new int[] {MAX_DERIVATION_NODES});
    }

    /**
     * {@link #derivation(int)} as canonical JSON ({@link Derivation#writeJson}), rendered once per
     * fact while the database's budget of kept proofs lasts, then rendered on each call.
     */
    public String proofJson(int handle) {
        String json = renderedProofs.get(handle);
        if (json == null) {
            json = CanonicalWriter.render(derivation(handle)::writeJson);
            if (renderedProofChars.addAndGet(json.length()) <= RENDERED_PROOF_CHARS) {
                renderedProofs.putIfAbsent(handle, json);
            }
        }
        return json;
    }

    ValuePool pool() {
        return pool;
    }

    private Derivation derive(int fact, int[] nodesLeft) {
        Fact conclusion = fact(fact);
        if (nodesLeft[0]-- <= 0) {
            return new Derivation(conclusion, Derivation.Kind.ELIDED, null, List.of(), List.of());
        }
        int clauseNumber = table.clause(fact);
        if (clauseNumber == FactTable.FROM_SNAPSHOT) {
            return new Derivation(conclusion, Derivation.Kind.SNAPSHOT, null, List.of(), List.of());
        }
        Clause clause = clauses.get(clauseNumber);
        if (clause.isFact()) {
            return new Derivation(conclusion, Derivation.Kind.CONSTITUTION, clause, List.of(), List.of());
        }
        int[] premises = table.premises(fact);
        List<Derivation> proofs = new ArrayList<>(premises.length);
        for (int premise : premises) {
            proofs.add(derive(premise, nodesLeft));
        }
        return new Derivation(conclusion, Derivation.Kind.CLAUSE, clause, proofs, absences(clause, premises));
    }

    /** The ground facts a clause's negated literals required to be absent, under the premises' bindings. */
    private List<Fact> absences(Clause clause, int[] premises) {
        Map<String, Value> bindings = new HashMap<>();
        int ordinal = 0;
        List<DatalogAtom> negated = new ArrayList<>();
        for (BodyLiteral literal : clause.body()) {
            if (literal instanceof BodyLiteral.Positive p) {
                int[] tuple = table.tuple(premises[ordinal++]);
                for (int i = 0; i < tuple.length; i++) {
                    if (p.atom().terms().get(i) instanceof Term.Variable v) {
                        bindings.put(v.name(), pool.value(tuple[i]));
                    }
                }
            } else if (literal instanceof BodyLiteral.Negated n) {
                negated.add(n.atom());
            }
        }
        List<Fact> absent = new ArrayList<>(negated.size());
        for (DatalogAtom atom : negated) {
            List<Value> tuple = new ArrayList<>(atom.arity());
            for (Term t : atom.terms()) {
                tuple.add(t instanceof Term.Constant c ? c.value() : bindings.get(((Term.Variable) t).name()));
            }
            absent.add(new Fact(atom.relation(), tuple));
        }
        return absent;
    }

    private int handle(String relation, List<Value> tuple) {
        RelationTable t = table(relation);
        if (tuple.size() != t.arity()) {
            return -1;
        }
        int[] ids = new int[tuple.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = pool.find(tuple.get(i));
            if (ids[i] == ValuePool.ABSENT) {
                return -1;
            }
        }
        return t.find(ids);
    }

    private RelationTable table(String relation) {
        RelationTable t = tables.get(relation);
        if (t == null) {
            throw new IllegalArgumentException("no relation " + relation);
        }
        return t;
    }

    private List<Value> values(int[] tuple) {
        List<Value> values = new ArrayList<>(tuple.length);
        for (int id : tuple) {
            values.add(pool.value(id));
        }
        return values;
    }
}
