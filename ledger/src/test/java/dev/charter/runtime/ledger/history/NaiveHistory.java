package dev.charter.runtime.ledger.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reference the history index is checked against: keeps every record and recomputes each
 * aggregate from the whole list, straight from the definition in docs/ledger-format.md
 * ("History"), with none of the index's buckets, pruning or keys.
 */
public final class NaiveHistory {

    /** One record as history reads it. */
    public sealed interface Entry permits DecisionEntry, ResolutionEntry, OtherEntry {
        long seq();
    }

    /** A decision record: its minute, action, outcome and request attribute values by path. */
    public record DecisionEntry(long seq, long minute, String action, Outcome outcome, Map<String, String> values)
            implements Entry {}

    /** A resolution record of escalation {@code escalationSeq}. */
    public record ResolutionEntry(long seq, long escalationSeq, boolean approved, long minute) implements Entry {}

    /** A record history does not read. */
    public record OtherEntry(long seq) implements Entry {}

    private final List<Entry> entries = new ArrayList<>();

    public void add(Entry entry) {
        if (entry.seq() != entries.size()) {
            throw new IllegalArgumentException("records come in order: expected " + entries.size());
        }
        entries.add(entry);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * What {@code spec} reads for decision {@code n} (not yet added, or added: only records
     * before {@code n} count) recorded at {@code nowMinute} with request attribute values
     * {@code current} (canonical JSON text by path); null when the current request lacks an
     * equality's attribute.
     */
    public Aggregate read(HistoryQuerySpec spec, Map<String, String> current, long nowMinute, long n) {
        for (Attribute attribute : spec.sameAs()) {
            if (attribute.normalise(current.get(attribute.path())) == null) {
                return null;
            }
        }
        long clock = nowMinute;
        for (Entry e : entries.subList(0, (int) n)) {
            clock = Math.max(clock, minuteOf(e));
        }
        long count = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (Entry e : entries.subList(0, (int) n)) {
            if (!(e instanceof DecisionEntry d) || !spec.matchesAction(d.action())) {
                continue;
            }
            Long at = countedAt(spec, d, n);
            if (at == null || (spec.windowed() && at <= clock - spec.windowMinutes())) {
                continue;
            }
            boolean same = true;
            for (Attribute attribute : spec.sameAs()) {
                String earlier = attribute.normalise(d.values().get(attribute.path()));
                same &= earlier != null && earlier.equals(attribute.normalise(current.get(attribute.path())));
            }
            if (!same) {
                continue;
            }
            BigDecimal amount = BigDecimal.ZERO;
            if (spec.sumOf() != null) {
                String summand =
                        spec.sumOf().normalise(d.values().get(spec.sumOf().path()));
                amount = summand == null ? BigDecimal.ZERO : new BigDecimal(summand);
            }
            count++;
            sum = sum.add(amount);
        }
        return new Aggregate(count, sum);
    }

    /** The minute from which decision {@code d} counts for {@code spec} before record {@code n}, or null. */
    private Long countedAt(HistoryQuerySpec spec, DecisionEntry d, long n) {
        if (spec.effect() == HistoryQuerySpec.EffectFilter.ANY || d.outcome() == Outcome.PERMIT) {
            return d.minute();
        }
        if (d.outcome() != Outcome.ESCALATE) {
            return null;
        }
        for (Entry e : entries.subList(0, (int) n)) {
            if (e instanceof ResolutionEntry r && r.escalationSeq() == d.seq()) {
                return r.approved() ? r.minute() : null;
            }
        }
        return null;
    }

    private static long minuteOf(Entry e) {
        if (e instanceof DecisionEntry d) {
            return d.minute();
        }
        if (e instanceof ResolutionEntry r) {
            return r.minute();
        }
        return Long.MIN_VALUE;
    }
}
