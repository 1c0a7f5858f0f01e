package dev.charter.runtime.ledger.history;

import java.util.ArrayList;
import java.util.List;

/**
 * The queries of one program laid out for the index: the distinct request attributes they read
 * (each a slot, read once per record) and, per query, the slots of its equalities and sum.
 */
public final class HistoryPlan {

    private final List<HistoryQuerySpec> queries;
    private final List<Attribute> attributes;
    private final int[][] equalitySlots;
    private final int[] sumSlots;
    private final boolean readsResolutions;

    public HistoryPlan(List<HistoryQuerySpec> queries) {
        this.queries = List.copyOf(queries);
        List<Attribute> distinct = new ArrayList<>();
        this.equalitySlots = new int[this.queries.size()][];
        this.sumSlots = new int[this.queries.size()];
        boolean permitted = false;
        for (int q = 0; q < this.queries.size(); q++) {
            HistoryQuerySpec spec = this.queries.get(q);
            int[] slots = new int[spec.sameAs().size()];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = slot(distinct, spec.sameAs().get(i));
            }
            equalitySlots[q] = slots;
            sumSlots[q] = spec.sumOf() == null ? -1 : slot(distinct, spec.sumOf());
            permitted |= spec.effect() == HistoryQuerySpec.EffectFilter.PERMITTED;
        }
        this.attributes = List.copyOf(distinct);
        this.readsResolutions = permitted;
    }

    private static int slot(List<Attribute> attributes, Attribute attribute) {
        int at = attributes.indexOf(attribute);
        if (at >= 0) {
            return at;
        }
        attributes.add(attribute);
        return attributes.size() - 1;
    }

    public List<HistoryQuerySpec> queries() {
        return queries;
    }

    /**
     * The request attributes the queries read, by slot. A request's values are passed to the
     * index as an array by slot, each {@linkplain Attribute#normalise normalised}.
     */
    public List<Attribute> attributes() {
        return attributes;
    }

    int[] equalitySlots(int query) {
        return equalitySlots[query];
    }

    int sumSlot(int query) {
        return sumSlots[query];
    }

    /** Whether any query counts approved escalations, so that resolutions matter. */
    boolean readsResolutions() {
        return readsResolutions;
    }

    /**
     * The key of {@code query} for a request whose normalised attribute values, by slot, are
     * {@code values}: the values of its equalities, joined by a line feed (which canonical
     * JSON never holds); null when the request lacks one of them.
     */
    String key(int query, String[] values) {
        int[] slots = equalitySlots[query];
        if (slots.length == 0) {
            return "";
        }
        if (slots.length == 1) {
            return values[slots[0]];
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < slots.length; i++) {
            String value = values[slots[i]];
            if (value == null) {
                return null;
            }
            if (i > 0) {
                key.append('\n');
            }
            key.append(value);
        }
        return key.toString();
    }
}
