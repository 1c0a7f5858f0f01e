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
 * only, and only until the next reader of the same index is made.
 */
final class LedgerHistoryReader implements HistoryReader {

    private final HistoryIndex index;
    private final HistoryFields requests;
    private final HistoryBatch request;
    private final String failure;
    private final long minute;
    private boolean read;

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

    private Aggregate read(int query, Request current) {
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        if (!read) {
            request.clear();
            requests.addRequest(current.toJson().getBytes(StandardCharsets.UTF_8), request);
            read = true;
        }
        Aggregate aggregate = index.read(query, request, 0, minute);
        return aggregate == null ? Aggregate.NONE : aggregate;
    }
}
