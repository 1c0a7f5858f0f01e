package dev.charter.runtime.datalog;

import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.impl.list.mutable.FastList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Every fact of a database, numbered in the order it was established, with how: from the
 * snapshot, as a constitution fact, or by a clause from premises. A clause's premises always have
 * smaller numbers than its conclusion, so proofs read back from this table are finite and
 * well-founded.
 */
final class FactTable {

    static final int FROM_SNAPSHOT = -1;

    private final IntArrayList relations = new IntArrayList();
    private final MutableList<int[]> tuples = FastList.newList();
    private final IntArrayList clauses = new IntArrayList();
    private final MutableList<int[]> premises = FastList.newList();

    private static final int[] NO_PREMISES = new int[0];

    /** Adds a fact; {@code clause} is {@link #FROM_SNAPSHOT} or the global number of the clause that proved it. */
    int add(int relation, int[] tuple, int clause, int[] premiseFacts) {
        int id = relations.size();
        relations.add(relation);
        tuples.add(tuple);
        clauses.add(clause);
        premises.add(premiseFacts.length == 0 ? NO_PREMISES : premiseFacts);
        return id;
    }

    int size() {
        return relations.size();
    }

    int relation(int fact) {
        return relations.get(fact);
    }

    int[] tuple(int fact) {
        return tuples.get(fact);
    }

    int clause(int fact) {
        return clauses.get(fact);
    }

    int[] premises(int fact) {
        return premises.get(fact);
    }
}
