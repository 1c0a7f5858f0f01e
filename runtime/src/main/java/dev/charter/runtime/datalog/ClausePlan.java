package dev.charter.runtime.datalog;

import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.DatalogAtom;
import dev.charter.runtime.ir.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A clause compiled into a nested-loop join: positive atoms in an order where each probes a hash
 * index on the columns already bound, negations and comparisons placed as soon as their
 * variables are bound. With a delta position, that atom reads only the facts new in the last
 * semi-naive round and is joined first.
 */
final class ClausePlan {

    /** A term resolved against the variable numbering: a variable slot or an interned constant. */
    record Slot(boolean variable, int index) {
        int read(int[] env) {
            return variable ? env[index] : index;
        }
    }

    sealed interface Step permits Scan, Absent, Comparison {}

    /**
     * Reads one positive atom. {@code keyColumns}/{@code keySlots} form the probe; {@code bindColumns}/
     * {@code bindVars} bind fresh variables; {@code checkColumns}/{@code checkVars} test variables
     * repeated within the atom.
     */
    record Scan(
            RelationTable relation,
            int premise,
            boolean delta,
            int mask,
            int[] keyColumns,
            Slot[] keySlots,
            int[] bindColumns,
            int[] bindVars,
            int[] checkColumns,
            int[] checkVars)
            implements Step {}

    record Absent(RelationTable relation, Slot[] terms) implements Step {}

    record Comparison(CompareOp op, Slot left, Slot right) implements Step {}

    final int clauseNumber;
    final Clause clause;
    final RelationTable head;
    final Slot[] headSlots;
    final List<Step> steps;
    final int variables;
    final int premises;

    private ClausePlan(
            int clauseNumber,
            Clause clause,
            RelationTable head,
            Slot[] headSlots,
            List<Step> steps,
            int variables,
            int premises) {
        this.clauseNumber = clauseNumber;
        this.clause = clause;
        this.head = head;
        this.headSlots = headSlots;
        this.steps = steps;
        this.variables = variables;
        this.premises = premises;
    }

    /**
     * Compiles {@code clause}; {@code deltaAtom} is the ordinal (among the positive atoms) of the
     * atom that reads the last round's new facts, or -1 for none.
     */
    static ClausePlan compile(
            int clauseNumber, Clause clause, int deltaAtom, Map<String, RelationTable> tables, ValuePool pool) {
        Map<String, Integer> vars = new HashMap<>();
        List<DatalogAtom> positives = new ArrayList<>();
        List<BodyLiteral> filters = new ArrayList<>();
        for (BodyLiteral literal : clause.body()) {
            if (literal instanceof BodyLiteral.Positive p) {
                positives.add(p.atom());
            } else {
                filters.add(literal);
            }
        }
        boolean[] bound = new boolean[64];
        boolean[] placed = new boolean[positives.size()];
        List<Step> steps = new ArrayList<>();
        for (int n = 0; n < positives.size(); n++) {
            int next = n == 0 && deltaAtom >= 0 ? deltaAtom : mostBound(positives, placed, vars, bound);
            placed[next] = true;
            steps.add(scan(positives.get(next), next, next == deltaAtom, tables, pool, vars, bound));
            placeFilters(filters, steps, tables, pool, vars, bound);
        }
        placeFilters(filters, steps, tables, pool, vars, bound);
        if (!filters.isEmpty()) {
            throw new IllegalStateException("clause at " + clause.span() + " has a literal with unbound variables");
        }
        Slot[] headSlots = slots(clause.head().terms(), pool, vars);
        return new ClausePlan(
                clauseNumber,
                clause,
                tables.get(clause.head().relation()),
                headSlots,
                List.copyOf(steps),
                vars.size(),
                positives.size());
    }

    private static int mostBound(
            List<DatalogAtom> atoms, boolean[] placed, Map<String, Integer> vars, boolean[] bound) {
        int best = -1;
        int bestScore = -1;
        for (int i = 0; i < atoms.size(); i++) {
            if (placed[i]) {
                continue;
            }
            int score = 0;
            for (Term t : atoms.get(i).terms()) {
                if (t instanceof Term.Constant || isBound(t, vars, bound)) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean isBound(Term t, Map<String, Integer> vars, boolean[] bound) {
        if (t instanceof Term.Variable v) {
            Integer slot = vars.get(v.name());
            return slot != null && bound[slot];
        }
        return true;
    }

    private static Scan scan(
            DatalogAtom atom,
            int premise,
            boolean delta,
            Map<String, RelationTable> tables,
            ValuePool pool,
            Map<String, Integer> vars,
            boolean[] bound) {
        RelationTable relation = tables.get(atom.relation());
        List<Integer> keyColumns = new ArrayList<>();
        List<Slot> keySlots = new ArrayList<>();
        List<Integer> bindColumns = new ArrayList<>();
        List<Integer> bindVars = new ArrayList<>();
        List<Integer> checkColumns = new ArrayList<>();
        List<Integer> checkVars = new ArrayList<>();
        boolean[] boundHere = new boolean[bound.length];
        int mask = 0;
        for (int c = 0; c < atom.arity(); c++) {
            Term term = atom.terms().get(c);
            if (term instanceof Term.Constant k) {
                keyColumns.add(c);
                keySlots.add(new Slot(false, pool.intern(k.value())));
                mask |= 1 << c;
                continue;
            }
            int v = variable(((Term.Variable) term).name(), vars);
            if (bound[v]) {
                keyColumns.add(c);
                keySlots.add(new Slot(true, v));
                mask |= 1 << c;
            } else if (boundHere[v]) {
                checkColumns.add(c);
                checkVars.add(v);
            } else {
                boundHere[v] = true;
                bindColumns.add(c);
                bindVars.add(v);
            }
        }
        for (int v = 0; v < bound.length; v++) {
            bound[v] |= boundHere[v];
        }
        return new Scan(
                relation,
                premise,
                delta,
                mask,
                ints(keyColumns),
                keySlots.toArray(Slot[]::new),
                ints(bindColumns),
                ints(bindVars),
                ints(checkColumns),
                ints(checkVars));
    }

    private static void placeFilters(
            List<BodyLiteral> filters,
            List<Step> steps,
            Map<String, RelationTable> tables,
            ValuePool pool,
            Map<String, Integer> vars,
            boolean[] bound) {
        for (var it = filters.iterator(); it.hasNext(); ) {
            BodyLiteral literal = it.next();
            if (literal instanceof BodyLiteral.Negated n && allBound(n.atom().terms(), vars, bound)) {
                steps.add(new Absent(
                        tables.get(n.atom().relation()), slots(n.atom().terms(), pool, vars)));
                it.remove();
            } else if (literal instanceof BodyLiteral.Comparison c
                    && allBound(List.of(c.left(), c.right()), vars, bound)) {
                Slot[] sides = slots(List.of(c.left(), c.right()), pool, vars);
                steps.add(new Comparison(c.op(), sides[0], sides[1]));
                it.remove();
            }
        }
    }

    private static boolean allBound(List<Term> terms, Map<String, Integer> vars, boolean[] bound) {
        return terms.stream().allMatch(t -> isBound(t, vars, bound));
    }

    private static Slot[] slots(List<Term> terms, ValuePool pool, Map<String, Integer> vars) {
        Slot[] slots = new Slot[terms.size()];
        for (int i = 0; i < slots.length; i++) {
            Term t = terms.get(i);
            slots[i] = t instanceof Term.Constant k
                    ? new Slot(false, pool.intern(k.value()))
                    : new Slot(true, variable(((Term.Variable) t).name(), vars));
        }
        return slots;
    }

    private static int variable(String name, Map<String, Integer> vars) {
        Integer slot = vars.get(name);
        if (slot == null) {
            slot = vars.size();
            if (slot >= 64) {
                throw new IllegalStateException("a clause has more than 64 variables");
            }
            vars.put(name, slot);
        }
        return slot;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
