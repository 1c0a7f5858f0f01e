package dev.charter.runtime.ledger;

import dev.charter.runtime.HistoryReader;
import dev.charter.runtime.Request;
import dev.charter.runtime.ledger.history.Aggregate;
import dev.charter.runtime.ledger.history.HistoryBatch;
import dev.charter.runtime.ledger.history.HistoryIndex;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The history of one decision, read from a ledger's history index in the state it has just
 * before the decision's record: every earlier record, nothing later (docs/ledger-format.md,
 * "History"). The current request's attributes are read once, from its canonical JSON, exactly as
 * the index read the earlier requests' from their records, into a batch the index's owner lends
 * it. Used on the thread that owns the index (the ledger's writer, a replay), for one decision
 * only, and only until the next reader of the same index is made; once it is {@linkplain #seal
 * sealed} after that decision, it answers what the decision read and touches neither the index
 * nor the batch again, so that the decision's explanation, computed later on any thread, explains
 * it over its own history.
 */
final class LedgerHistoryReader implements HistoryReader {

    private final HistoryIndex index;
    private final HistoryFields requests;
    private final HistoryBatch request;
    private final String failure;
    private final long minute;
    private boolean requestRead;
    /** What the decision read, by query; null until it reads one. */
    private Aggregate[] read;

    private boolean sealed;

    /**
     * @param request the batch the request is read into, emptied on the first read
     * @param failure why the history cannot be read (every read then throws), or null
     * @param minute the minute the decision is recorded at
     */
    LedgerHistoryReader(HistoryIndex index, HistoryFields requests, HistoryBatch request, String failure, long minute) {
        this.index = index;
        this.requests = requests;
        this.request = request;
        this.failure = failure;
        this.minute = minute;
    }

    @Override
    public long count(int query, Request current) {
        return read(query, current).count();
    }

    @Override
    public long intSum(int query, Request current) {
        return read(query, current).sum().longValueExact();
    }

    @Override
    public BigDecimal decimalSum(int query, Request current) {
        return read(query, current).sum();
    }

    /**
     * Ends the decision's reads: from now on the reader answers only what the decision read, from
     * any thread the decision is handed to, and never the index, which later records change.
     */
    void seal() {
        sealed = true;
    }

    private Aggregate read(int query, Request current) {
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        if (read != null && read[query] != null) {
            return read[query];
        }
        if (sealed) {
            throw new IllegalStateException(
                    "the decision did not read this term, and its history is no longer at hand");
        }
        if (!requestRead) {
            request.clear();
            requests.addRequest(current.toJson().getBytes(StandardCharsets.UTF_8), request);
            requestRead = true;
        }
        Aggregate aggregate = index.read(query, request, 0, minute);
        if (read == null) {
            read = new Aggregate[index.plan().queries().size()];
        }
        read[query] = aggregate == null ? Aggregate.NONE : aggregate;
        return read[query];
    }
}
