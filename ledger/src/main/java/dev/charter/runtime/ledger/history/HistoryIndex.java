package dev.charter.runtime.ledger.history;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The history state of one program over one ledger: consumes the ledger's records in order and
 * answers, for each history query, the count and sum of the earlier matching decisions that share
 * the current request's key (docs/ledger-format.md, "History").
 *
 * <p>State per query and key: for a windowed query, one bucket per minute that still lies inside
 * the window (a count and a sum), with running totals; for a whole-history query, the running
 * totals only. Minutes that fall out of every later decision's window are dropped as the ledger's
 * clock passes them, and a key whose last minute fell out is forgotten, so a windowed query holds
 * only the keys active within its window. Escalations that a PERMITTED query would count once
 * approved are held until their resolution. Not thread-safe: one thread feeds and reads it (the
 * ledger's writer thread, a replay).
 */
public final class HistoryIndex {

    private final HistoryPlan plan;
    private final QueryState[] queries;
    private final Map<Long, Escalated> escalations = new HashMap<>();
    private long next;
    private long latestMinute = Long.MIN_VALUE;

    public HistoryIndex(HistoryPlan plan) {
        this.plan = plan;
        List<HistoryQuerySpec> specs = plan.queries();
        this.queries = new QueryState[specs.size()];
        for (int q = 0; q < queries.length; q++) {
            queries[q] = new QueryState(q, specs.get(q), plan.sumSlot(q));
        }
    }

    public HistoryPlan plan() {
        return plan;
    }

    /** The sequence number of the next record the index expects: the length of the ledger prefix it holds. */
    public long next() {
        return next;
    }

    /**
     * Consumes the decision record {@code seq}, recorded at {@code minute} (minutes since the
     * epoch), for {@code action} (null when its request could not be read), whose request's
     * attribute values, by slot of {@link HistoryPlan#attributes()}, are {@code values}
     * ({@linkplain Attribute#normalise normalised}, null when absent). The index keeps {@code values}.
     */
    public void decision(long seq, long minute, String action, Outcome outcome, String[] values) {
        advance(seq, minute);
        boolean awaitsApproval = false;
        for (QueryState query : queries) {
            if (!query.spec.matchesAction(action)) {
                continue;
            }
            if (query.spec.effect() == HistoryQuerySpec.EffectFilter.ANY || outcome == Outcome.PERMIT) {
                add(query, values, minute);
            } else if (outcome == Outcome.ESCALATE) {
                awaitsApproval = true;
            }
        }
        if (awaitsApproval) {
            escalations.put(seq, new Escalated(action, values));
        }
    }

    /**
     * Consumes the resolution record {@code seq}, recorded at {@code minute}, of the escalation
     * {@code escalationSeq}: approved, that decision counts as permitted from this record on.
     */
    public void resolution(long seq, long escalationSeq, boolean approved, long minute) {
        advance(seq, minute);
        Escalated escalated = escalations.remove(escalationSeq);
        if (escalated == null || !approved) {
            return;
        }
        for (QueryState query : queries) {
            if (query.spec.effect() == HistoryQuerySpec.EffectFilter.PERMITTED
                    && query.spec.matchesAction(escalated.action())) {
                add(query, escalated.values(), minute);
            }
        }
    }

    /** Consumes record {@code seq}, which history does not read (an execution, a key rotation). */
    public void other(long seq) {
        advance(seq, Long.MIN_VALUE);
    }

    /**
     * What query {@code query} reads for a decision recorded at {@code nowMinute} whose request's
     * attribute values are {@code values}, over every record consumed so far; null when the
     * request lacks an attribute the query's equalities name.
     */
    public Aggregate read(int query, String[] values, long nowMinute) {
        QueryState state = queries[query];
        String key = plan.key(query, values);
        if (key == null) {
            return null;
        }
        if (!state.spec.windowed()) {
            Totals totals = state.totals.get(key);
            return totals == null ? Aggregate.NONE : new Aggregate(totals.count, totals.sum());
        }
        MinuteBuckets buckets = state.buckets.get(key);
        if (buckets == null) {
            return Aggregate.NONE;
        }
        buckets.dropThrough(latestMinute - state.spec.windowMinutes());
        long horizon = Math.max(latestMinute, nowMinute) - state.spec.windowMinutes();
        return buckets.totalsAfter(horizon);
    }

    private void advance(long seq, long minute) {
        if (seq != next) {
            throw new IllegalStateException("history expected record " + next + ", not " + seq);
        }
        next = seq + 1;
        if (minute > latestMinute) {
            latestMinute = minute;
            for (QueryState query : queries) {
                if (query.spec.windowed()) {
                    query.expire(latestMinute - query.spec.windowMinutes());
                }
            }
        }
    }

    private void add(QueryState query, String[] values, long minute) {
        String key = plan.key(query.index, values);
        if (key == null) {
            return;
        }
        String amount = query.sumSlot >= 0 ? values[query.sumSlot] : null;
        if (!query.spec.windowed()) {
            Totals totals = query.totals.get(key);
            if (totals == null) {
                totals = new Totals(query.sumSlot >= 0);
                query.totals.put(key, totals);
            }
            totals.add(amount);
            return;
        }
        if (minute <= latestMinute - query.spec.windowMinutes()) {
            return;
        }
        MinuteBuckets buckets = query.buckets.get(key);
        if (buckets == null) {
            buckets = new MinuteBuckets(query.sumSlot >= 0);
            query.buckets.put(key, buckets);
        }
        long newest = buckets.newest();
        buckets.add(minute, amount);
        if (minute > newest) {
            query.expiries.addLast(new Expiry(minute, key));
        }
    }

    /** How much state the index holds: keys and minute buckets over all queries, and escalations awaiting approval. */
    public Footprint footprint() {
        long keys = 0;
        long buckets = 0;
        for (QueryState query : queries) {
            keys += query.totals.size() + query.buckets.size();
            for (MinuteBuckets b : query.buckets.values()) {
                buckets += b.buckets();
            }
        }
        return new Footprint(keys, buckets, escalations.size());
    }

    /** Keys and minute buckets held over all queries, and escalations held until resolved. */
    public record Footprint(long keys, long buckets, long pendingEscalations) {}

    /** An escalated decision a PERMITTED query counts once a resolution approves it. */
    private record Escalated(String action, String[] values) {}

    /** The running totals of one key of a whole-history query. */
    private static final class Totals {
        private long count;
        /** The sum; null for a count. */
        private final ExactSum sum;

        Totals(boolean summed) {
            this.sum = summed ? new ExactSum() : null;
        }

        /** Adds one record whose amount is the canonical number text {@code amount}; null (a count, or no amount) adds nothing. */
        void add(String amount) {
            count++;
            if (sum != null) {
                sum.add(amount);
            }
        }

        BigDecimal sum() {
            return sum == null ? BigDecimal.ZERO : sum.value();
        }
    }

    /** The newest minute a key had when it was noted; the key is checked once that minute leaves the window. */
    private record Expiry(long minute, String key) {}

    /** The state of one query: its keys' totals (whole history) or minute buckets (windowed). */
    private static final class QueryState {
        private final int index;
        private final HistoryQuerySpec spec;
        private final int sumSlot;
        private final Map<String, Totals> totals = new HashMap<>();
        private final Map<String, MinuteBuckets> buckets = new HashMap<>();
        private final ArrayDeque<Expiry> expiries = new ArrayDeque<>();

        QueryState(int index, HistoryQuerySpec spec, int sumSlot) {
            this.index = index;
            this.spec = spec;
            this.sumSlot = sumSlot;
        }

        /** Drops the minutes at or before {@code horizon} of the keys noted by then; forgets keys left empty. */
        void expire(long horizon) {
            while (!expiries.isEmpty() && expiries.peekFirst().minute() <= horizon) {
                String key = expiries.pollFirst().key();
                MinuteBuckets held = buckets.get(key);
                if (held != null) {
                    held.dropThrough(horizon);
                    if (held.isEmpty()) {
                        buckets.remove(key);
                    }
                }
            }
        }
    }
}
