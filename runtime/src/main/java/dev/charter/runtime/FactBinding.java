package dev.charter.runtime;

import dev.charter.runtime.datalog.Lookup;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import org.eclipse.collections.api.list.primitive.IntList;

/**
 * {@code limit(agent, L) and request.amount <= L}: the variables of an {@code exists} take their
 * values from the facts that match its atoms, one atom after the other, each probed through its
 * snapshot index with the columns already known; the body is tried for each binding.
 *
 * <p>The result never depends on the order of the facts: when the body can fail (arithmetic,
 * {@code matches}, a nested binding), every binding is tried, so that a failure on any of them
 * fails the decision even when another binding made the body true; otherwise the first true
 * binding settles it. Every fact read is recorded for the trace by its handle (up to
 * {@link #RECORDED} atoms per decision, so binding allocates nothing per fact), and every fact
 * enumerated is charged to {@link Frame#bindingRead()}.
 */
final class FactBinding extends Node.Condition {

    /** The most atom checks a decision records; the trace reports fewer. */
    static final int RECORDED = 256;

    /**
     * One atom of the binding: the columns it is probed with ({@code probe}, their types, and
     * constants where known), the columns that bind a variable's slot, and the columns that must
     * equal an earlier column of the same fact (a variable written twice in one atom).
     */
    record Atom(
            int site,
            Node[] probe,
            ValueType[] probeTypes,
            Value[] probeConstants,
            int[] bindColumns,
            int[] bindSlots,
            int[] checkColumns,
            int[] checkAgainst,
            int[] shownColumns) {}

    private final Atom[] atoms;
    private final Node body;
    private final boolean exhaustive;

    /** @param exhaustive whether the body can fail, so that every binding must be tried */
    FactBinding(Atom[] atoms, Node body, boolean exhaustive) {
        this.atoms = atoms;
        this.body = body;
        this.exhaustive = exhaustive;
    }

    @Override
    boolean test(Frame f) {
        return bind(f, 0);
    }

    private boolean bind(Frame f, int level) {
        if (level == atoms.length) {
            return body.test(f);
        }
        Atom atom = atoms[level];
        Value[] key = new Value[atom.probe.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = atom.probeConstants[i] != null
                    ? atom.probeConstants[i]
                    : TypedReader.valueOf(atom.probe[i].eval(f), atom.probeTypes[i]);
        }
        Lookup lookup = f.lookups[atom.site];
        IntList facts = lookup.matches(key);
        if (facts.isEmpty()) {
            if (f.atomCount < RECORDED) {
                f.recordAtom(atom.site, shown(atom, key), -1);
            }
            return false;
        }
        boolean any = false;
        for (int n = 0; n < facts.size(); n++) {
            int fact = facts.get(n);
            f.bindingRead();
            if (!sameWhereRepeated(atom, lookup, fact)) {
                continue;
            }
            for (int i = 0; i < atom.bindColumns.length; i++) {
                f.vars[atom.bindSlots[i]] = ConditionCompiler.form(lookup.column(fact, atom.bindColumns[i]));
            }
            if (f.atomCount < RECORDED) {
                f.recordAtom(atom.site, null, fact);
            }
            if (bind(f, level + 1)) {
                if (!exhaustive) {
                    return true;
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean sameWhereRepeated(Atom atom, Lookup lookup, int fact) {
        for (int i = 0; i < atom.checkColumns.length; i++) {
            if (!lookup.column(fact, atom.checkColumns[i]).equals(lookup.column(fact, atom.checkAgainst[i]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The values of the atom's written (non-{@code _}) columns for the trace when no fact matched:
     * the probe's, with null where a variable stands. A fact read is recorded by its handle alone,
     * and the trace renders it from the snapshot.
     */
    private static Value[] shown(Atom atom, Value[] probe) {
        Value[] out = new Value[atom.shownColumns.length];
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            if (!isBinding(atom, atom.shownColumns[i])) {
                out[i] = probe[k++];
            }
        }
        return out;
    }

    private static boolean isBinding(Atom atom, int column) {
        for (int c : atom.bindColumns) {
            if (c == column) {
                return true;
            }
        }
        for (int c : atom.checkColumns) {
            if (c == column) {
                return true;
            }
        }
        return false;
    }
}
