package dev.charter.runtime.ledger.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The history state of one program over one ledger: consumes the ledger's records in order and
 * answers, for each history query, the count and sum of the earlier matching decisions that share
 * the current request's key (docs/ledger-format.md, "History").
 *
 * <p>State per query ({@link QueryTotals}): its keys in an open-addressed table of byte strings,
 * and per key, in primitive arrays, the running count and sum; for a windowed query, one bucket per
 * minute that still lies inside the window (a count and a sum) in arrays shared by the query's
 * keys. Minutes that fall out of every later decision's window are dropped as the ledger's clock
 * passes them, and a key whose last minute fell out is forgotten, so a windowed query holds only
 * the keys active within its window. Records come as a {@link HistoryBatch}, whose keys and
 * amounts are already parsed: applying a record found in the state allocates nothing. Escalations
 * that a PERMITTED query would count once approved are held until their resolution. Not
 * thread-safe: one thread feeds and reads it (the ledger's writer thread, a replay).
 */
public final class HistoryIndex {

    private final HistoryPlan plan;
    private final QueryTotals[] queries;
    private final Map<Long, HistoryBatch> escalations = new HashMap<>();
    private long next;
    private long latestMinute = Long.MIN_VALUE;

    public HistoryIndex(HistoryPlan plan) {
        this.plan = plan;
        List<HistoryQuerySpec> specs = plan.queries();
        this.queries = new QueryTotals[specs.size()];
        for (int q = 0; q < queries.length; q++) {
            queries[q] = new QueryTotals(q, specs.get(q), plan.sumSlot(q));
        }
    }

    public HistoryPlan plan() {
        return plan;
    }

    /** The sequence number of the next record the index expects: the length of the ledger prefix it holds. */
    public long next() {
        return next;
    }

    /** Consumes every record of {@code batch}, in order. */
    public void apply(HistoryBatch batch) {
        for (int r = 0; r < batch.size(); r++) {
            apply(batch, r);
        }
    }

    /**
     * Consumes record {@code r} of {@code batch}, which must be record {@link #next()} of the
     * ledger; a decision's request is read as it is and not kept.
     *
     * @throws IllegalStateException when it is another record, or a request being decided
     */
    public void apply(HistoryBatch batch, int r) {
        long seq = batch.seq(r);
        if (batch.isDecision(r)) {
            decision(batch, r, seq);
        } else if (batch.isResolution(r)) {
            resolution(batch, r, seq);
        } else {
            advance(seq, batch.minute(r));
        }
    }

    private void decision(HistoryBatch batch, int r, long seq) {
        long minute = batch.minute(r);
        advance(seq, minute);
        Outcome outcome = batch.outcome(r);
        boolean awaitsApproval = false;
        for (int q = 0; q < queries.length; q++) {
            if (!batch.matches(r, q)) {
                continue;
            }
            QueryTotals query = queries[q];
            if (query.spec().effect() == HistoryQuerySpec.EffectFilter.ANY || outcome == Outcome.PERMIT) {
                query.add(batch, r, minute, latestMinute);
            } else if (outcome == Outcome.ESCALATE) {
                awaitsApproval = true;
            }
        }
        if (awaitsApproval) {
            escalations.put(seq, batch.copyOf(r));
        }
    }

    /** An approved escalation counts as permitted from its resolution's record on. */
    private void resolution(HistoryBatch batch, int r, long seq) {
        long minute = batch.minute(r);
        advance(seq, minute);
        HistoryBatch escalated = escalations.remove(batch.escalation(r));
        if (escalated == null || !batch.approved(r)) {
            return;
        }
        for (int q = 0; q < queries.length; q++) {
            if (queries[q].spec().effect() == HistoryQuerySpec.EffectFilter.PERMITTED && escalated.matches(0, q)) {
                queries[q].add(escalated, 0, minute, latestMinute);
            }
        }
    }

    /**
     * What query {@code query} reads for the request {@code r} of {@code batch}, decided at
     * {@code nowMinute}, over every record consumed so far; null when the request lacks an
     * attribute the query's equalities name.
     */
    public Aggregate read(int query, HistoryBatch batch, int r, long nowMinute) {
        return queries[query].read(batch, r, nowMinute, latestMinute);
    }

    private void advance(long seq, long minute) {
        if (seq != next) {
            throw new IllegalStateException("history expected record " + next + ", not " + seq);
        }
        next = seq + 1;
        if (minute > latestMinute) {
            latestMinute = minute;
            for (QueryTotals query : queries) {
                if (query.spec().windowed()) {
                    query.expire(latestMinute - query.spec().windowMinutes());
                }
            }
        }
    }

    /** How much state the index holds: keys and minute buckets over all queries, and escalations awaiting approval. */
    public Footprint footprint() {
        long keys = 0;
        long buckets = 0;
        for (QueryTotals query : queries) {
            keys += query.keys();
            buckets += query.buckets();
        }
        return new Footprint(keys, buckets, escalations.size());
    }

    /** Keys and minute buckets held over all queries, and escalations held until resolved. */
    public record Footprint(long keys, long buckets, long pendingEscalations) {}
}
