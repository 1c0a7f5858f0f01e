package dev.charter.runtime.datalog;

import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.ir.Term;
import dev.charter.runtime.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.collections.api.list.primitive.IntList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Stratified semi-naive evaluation of a program's Datalog over one set of input facts. Strata
 * run in order; within a stratum, clauses that read only lower strata run once, and clauses that
 * read the stratum's own relations run in rounds, each joining one atom against only the facts
 * the previous round added, until a round adds nothing.
 */
final class Materializer {

    private static final int DEADLINE_CHECK_INTERVAL = 1024;

    private final Program program;
    private final Budget budget;
    private final long deadline;
    private final ValuePool pool;
    private final FactTable table = new FactTable();
    private final Map<String, RelationTable> tables = new LinkedHashMap<>();
    private final List<Clause> clauses = new ArrayList<>();
    private final Map<RelationTable, IntArrayList> delta = new IdentityHashMap<>();
    private Map<RelationTable, IntArrayList> added = new IdentityHashMap<>();
    private long derived;
    private long iterations;
    private int sinceDeadlineCheck;

    private final Map<String, List<List<Value>>> inputFacts;

    Materializer(Program program, Budget budget, Map<String, List<List<Value>>> inputFacts) {
        this.program = program;
        this.budget = budget;
        this.inputFacts = inputFacts;
        this.deadline = System.nanoTime() + budget.deadline().toNanos();
        int inputValues = 0;
        for (Relation r : program.relations()) {
            if (r.arity() > 31) {
                throw new IllegalArgumentException("relation " + r.name() + " has more than 31 columns");
            }
            int tuples = inputFacts.getOrDefault(r.name(), List.of()).size();
            inputValues += tuples * r.arity();
            tables.put(r.name(), new RelationTable(tables.size(), r.name(), r.arity(), tuples));
        }
        this.pool = new ValuePool(inputValues);
        for (Stratum s : program.strata()) {
            clauses.addAll(s.clauses());
        }
    }

    Database run() {
        for (Map.Entry<String, List<List<Value>>> e : inputFacts.entrySet()) {
            RelationTable relation = tables.get(e.getKey());
            for (List<Value> tuple : e.getValue()) {
                insert(relation, intern(tuple), FactTable.FROM_SNAPSHOT, new int[0], false);
            }
            relation.flush(table);
        }
        int clauseNumber = 0;
        for (Stratum stratum : program.strata()) {
            evaluate(stratum, clauseNumber);
            clauseNumber += stratum.clauses().size();
        }
        return new Database(pool, table, tables, clauses);
    }

    private void evaluate(Stratum stratum, int firstClause) {
        Set<String> own = new HashSet<>(stratum.relations());
        List<ClausePlan> recursive = new ArrayList<>();
        added = new IdentityHashMap<>();
        for (int i = 0; i < stratum.clauses().size(); i++) {
            Clause clause = stratum.clauses().get(i);
            int number = firstClause + i;
            if (clause.isFact()) {
                insert(tables.get(clause.head().relation()), groundHead(clause), number, new int[0], true);
                continue;
            }
            List<Integer> ownAtoms = ownAtoms(clause, own);
            if (ownAtoms.isEmpty()) {
                join(ClausePlan.compile(number, clause, -1, tables, pool));
            } else {
                for (int position : ownAtoms) {
                    recursive.add(ClausePlan.compile(number, clause, position, tables, pool));
                }
            }
        }
        for (String name : stratum.relations()) {
            RelationTable relation = tables.get(name);
            relation.flush(table);
            IntArrayList all = new IntArrayList();
            all.addAll(relation.facts());
            delta.put(relation, all);
        }
        while (!recursive.isEmpty() && delta.values().stream().anyMatch(d -> !d.isEmpty())) {
            if (++iterations > budget.iterations()) {
                throw new BudgetExceededException("more than " + budget.iterations() + " semi-naive rounds");
            }
            checkDeadline();
            added = new IdentityHashMap<>();
            for (ClausePlan plan : recursive) {
                join(plan);
            }
            delta.clear();
            for (String name : stratum.relations()) {
                RelationTable relation = tables.get(name);
                relation.flush(table);
                delta.put(relation, added.getOrDefault(relation, new IntArrayList()));
            }
        }
        delta.clear();
    }

    private static List<Integer> ownAtoms(Clause clause, Set<String> own) {
        List<Integer> positions = new ArrayList<>();
        int ordinal = 0;
        for (BodyLiteral literal : clause.body()) {
            if (literal instanceof BodyLiteral.Positive p) {
                if (own.contains(p.atom().relation())) {
                    positions.add(ordinal);
                }
                ordinal++;
            }
        }
        return positions;
    }

    private int[] groundHead(Clause fact) {
        int[] tuple = new int[fact.head().arity()];
        for (int i = 0; i < tuple.length; i++) {
            tuple[i] = pool.intern(((Term.Constant) fact.head().terms().get(i)).value());
        }
        return tuple;
    }

    private int[] intern(List<Value> tuple) {
        int[] ids = new int[tuple.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = pool.intern(tuple.get(i));
        }
        return ids;
    }

    private void join(ClausePlan plan) {
        run(plan, 0, new int[plan.variables], new int[plan.premises]);
    }

    private void run(ClausePlan plan, int step, int[] env, int[] premises) {
        if (step == plan.steps.size()) {
            emit(plan, env, premises);
            return;
        }
        ClausePlan.Step s = plan.steps.get(step);
        if (s instanceof ClausePlan.Scan scan) {
            scan(plan, step, scan, env, premises);
        } else if (s instanceof ClausePlan.Absent absent) {
            if (absent.relation().find(read(absent.terms(), env)) < 0) {
                run(plan, step + 1, env, premises);
            }
        } else {
            ClausePlan.Comparison c = (ClausePlan.Comparison) s;
            if (ValueOrder.holds(
                    c.op(), pool.value(c.left().read(env)), pool.value(c.right().read(env)))) {
                run(plan, step + 1, env, premises);
            }
        }
    }

    private void scan(ClausePlan plan, int step, ClausePlan.Scan scan, int[] env, int[] premises) {
        RelationTable relation = scan.relation();
        int[] probe = read(scan.keySlots(), env);
        IntList candidates;
        boolean filter;
        if (scan.delta()) {
            candidates = delta.getOrDefault(relation, new IntArrayList());
            filter = probe.length > 0;
        } else if (probe.length == 0) {
            candidates = relation.facts();
            filter = false;
        } else if (probe.length == relation.arity()) {
            int fact = relation.find(probe);
            candidates = fact < 0 ? new IntArrayList() : IntArrayList.newListWith(fact);
            filter = false;
        } else {
            candidates = relation.index(scan.mask(), table).get(probe);
            filter = false;
        }
        int count = candidates.size();
        for (int i = 0; i < count; i++) {
            int fact = candidates.get(i);
            int[] tuple = table.tuple(fact);
            if (filter && !matches(tuple, scan.keyColumns(), probe)) {
                continue;
            }
            for (int b = 0; b < scan.bindColumns().length; b++) {
                env[scan.bindVars()[b]] = tuple[scan.bindColumns()[b]];
            }
            if (!matchesVars(tuple, scan.checkColumns(), scan.checkVars(), env)) {
                continue;
            }
            premises[scan.premise()] = fact;
            if (++sinceDeadlineCheck >= DEADLINE_CHECK_INTERVAL) {
                checkDeadline();
            }
            run(plan, step + 1, env, premises);
        }
    }

    private static boolean matches(int[] tuple, int[] columns, int[] probe) {
        for (int k = 0; k < columns.length; k++) {
            if (tuple[columns[k]] != probe[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesVars(int[] tuple, int[] columns, int[] vars, int[] env) {
        for (int k = 0; k < columns.length; k++) {
            if (tuple[columns[k]] != env[vars[k]]) {
                return false;
            }
        }
        return true;
    }

    private static int[] read(ClausePlan.Slot[] slots, int[] env) {
        int[] ids = new int[slots.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = slots[i].read(env);
        }
        return ids;
    }

    private void emit(ClausePlan plan, int[] env, int[] premises) {
        int[] tuple = read(plan.headSlots, env);
        if (plan.head.find(tuple) < 0) {
            insert(plan.head, tuple, plan.clauseNumber, premises.clone(), true);
        }
    }

    private void insert(RelationTable relation, int[] tuple, int clause, int[] premises, boolean derivedFact) {
        if (relation.find(tuple) >= 0) {
            return;
        }
        if (derivedFact && ++derived > budget.derivedFacts()) {
            throw new BudgetExceededException("more than " + budget.derivedFacts() + " derived facts");
        }
        int fact = table.add(relation.id(), tuple, clause, premises);
        relation.add(tuple, fact);
        added.computeIfAbsent(relation, r -> new IntArrayList()).add(fact);
    }

    private void checkDeadline() {
        sinceDeadlineCheck = 0;
        if (System.nanoTime() - deadline > 0) {
            throw new BudgetExceededException("materialisation took longer than " + budget.deadline());
        }
    }
}
