package dev.charter.runtime.ledger;

import dev.charter.runtime.ledger.history.HistoryBatch;
import dev.charter.runtime.ledger.history.HistoryIndex;
import dev.charter.runtime.ledger.history.HistoryPlan;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One program's history index attached to an open ledger: rebuilt from the ledger's records when
 * attached, then fed every record the ledger appends or picks up from other processes, all on the
 * ledger's writer thread, where decisions that read it are decided. A binding whose state could
 * not be built or kept is failed for good, with the reason: every decision that reads it is then
 * denied ({@code history_unavailable}), never decided from a partial history.
 */
final class HistoryBinding {

    private final HistoryIndex index;
    private final HistoryFields records;
    private final HistoryFields bodies;
    private final HistoryFields requests;
    /** The record being fed, one at a time. */
    private final HistoryBatch one;
    /** The request of the decision being decided, read by its {@link #reader}. */
    private final HistoryBatch request;

    private String failure;

    HistoryBinding(HistoryPlan plan) {
        this.index = new HistoryIndex(plan);
        this.records = HistoryFields.ofRecords(plan);
        this.bodies = HistoryFields.ofBodies(plan);
        this.requests = HistoryFields.ofRequests(plan);
        this.one = new HistoryBatch(plan);
        this.request = new HistoryBatch(plan);
    }

    /** Reads records 0 … {@code size} − 1 from the files of {@code dir}. */
    void rebuild(Path dir, long size) {
        try {
            HistoryRebuild.read(dir, size, index);
        } catch (IOException | RuntimeException e) {
            fail("the history could not be rebuilt from the ledger: " + e.getMessage());
        }
    }

    /** Feeds a record this ledger's writer sequenced. */
    void appended(long seq, RecordKind kind, byte[] body) {
        if (failure != null) {
            return;
        }
        try {
            one.clear();
            bodies.addBody(seq, kind, body, one);
            index.apply(one);
        } catch (RuntimeException e) {
            fail("record " + seq + " could not be added to the history: " + e.getMessage());
        }
    }

    /** Feeds a record another process appended, read while catching up. */
    void observed(ParsedRecord record) {
        if (failure != null) {
            return;
        }
        try {
            one.clear();
            records.addRecord(record.data(), record.start(), record.end(), one);
            index.apply(one);
        } catch (RuntimeException e) {
            fail("record " + record.seq() + " could not be added to the history: " + e.getMessage());
        }
    }

    /** Feeds a record read back as a whole (a replay). */
    void stored(LedgerRecord record) {
        if (failure != null) {
            return;
        }
        byte[] stored = record.storedBytes();
        try {
            one.clear();
            records.addRecord(stored, 0, stored.length, one);
            index.apply(one);
        } catch (RuntimeException e) {
            fail("record " + record.seq() + " could not be added to the history: " + e.getMessage());
        }
    }

    /**
     * A reader of the history before the next record, for a decision recorded at {@code minute}:
     * one decision at a time, on the thread that feeds the binding (the reader reuses one batch
     * for its request).
     */
    LedgerHistoryReader reader(long minute) {
        return new LedgerHistoryReader(index, requests, request, failure, minute);
    }

    /** Makes the state unusable for good: every decision that reads it is denied with {@code why}. */
    void fail(String why) {
        failure = why;
    }

    /** Why the state is unusable, or null. */
    String failure() {
        return failure;
    }

    HistoryIndex index() {
        return index;
    }

    /** Reads the current request's action and attributes; on the writer thread, as the index. */
    HistoryFields requests() {
        return requests;
    }

    /** The batch the current request is read into; on the writer thread, as the index. */
    HistoryBatch request() {
        return request;
    }
}
