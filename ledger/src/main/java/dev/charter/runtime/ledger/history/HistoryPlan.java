package dev.charter.runtime.ledger.history;

import java.nio.charset.StandardCharsets;
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
    /** Per query, its action pattern in ASCII without the {@code *} ({@link #asciiPattern}), or null. */
    private final byte[][] patterns;
    /** Per query, whether its pattern is a prefix. */
    private final boolean[] prefixes;
    /** Per query, the first query with the same action pattern (itself, if none before it has). */
    private final int[] firstWithPattern;

    public HistoryPlan(List<HistoryQuerySpec> queries) {
        this.queries = List.copyOf(queries);
        List<Attribute> distinct = new ArrayList<>();
        this.equalitySlots = new int[this.queries.size()][];
        this.sumSlots = new int[this.queries.size()];
        this.patterns = new byte[this.queries.size()][];
        this.prefixes = new boolean[this.queries.size()];
        this.firstWithPattern = new int[this.queries.size()];
        boolean permitted = false;
        for (int q = 0; q < this.queries.size(); q++) {
            HistoryQuerySpec spec = this.queries.get(q);
            int[] slots = new int[spec.sameAs().size()];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = slot(distinct, spec.sameAs().get(i));
            }
            equalitySlots[q] = slots;
            sumSlots[q] = spec.sumOf() == null ? -1 : slot(distinct, spec.sumOf());
            patterns[q] = asciiPattern(spec.actionPattern());
            prefixes[q] = spec.actionPattern().endsWith("*");
            firstWithPattern[q] = q;
            for (int earlier = q - 1; earlier >= 0; earlier--) {
                if (this.queries.get(earlier).actionPattern().equals(spec.actionPattern())) {
                    firstWithPattern[q] = earlier;
                }
            }
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
     * The request attributes the queries read, by slot: a {@link HistoryBatch} takes a record's
     * values by slot.
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

    /** The first query whose action pattern is that of {@code query}: an action matches both or neither. */
    int firstWithPattern(int query) {
        return firstWithPattern[query];
    }

    /**
     * Whether the action whose name is the UTF-8 text {@code utf8[start, end)} matches the action
     * pattern of {@code query}, as {@link HistoryQuerySpec#matchesAction} decides for the decoded
     * name. An ASCII pattern is compared byte by byte (an ASCII character is one byte, and no byte
     * of another character is ASCII); any other pattern against the decoded name.
     */
    boolean matchesAction(int query, byte[] utf8, int start, int end) {
        byte[] pattern = patterns[query];
        if (pattern == null) {
            return queries.get(query).matchesAction(new String(utf8, start, end - start, StandardCharsets.UTF_8));
        }
        int length = end - start;
        if (prefixes[query] ? length < pattern.length : length != pattern.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (utf8[start + i] != pattern[i]) {
                return false;
            }
        }
        return true;
    }

    /** The pattern's name or prefix (without its {@code *}) in ASCII, or null when it is not ASCII. */
    private static byte[] asciiPattern(String pattern) {
        String name = pattern.endsWith("*") ? pattern.substring(0, pattern.length() - 1) : pattern;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7f) {
                return null;
            }
        }
        return name.getBytes(StandardCharsets.US_ASCII);
    }
}
