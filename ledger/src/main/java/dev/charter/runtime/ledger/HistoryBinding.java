package dev.charter.runtime.ledger;

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
    private String failure;

    HistoryBinding(HistoryPlan plan) {
        this.index = new HistoryIndex(plan);
        this.records = HistoryFields.ofRecords(plan);
        this.bodies = HistoryFields.ofBodies(plan);
        this.requests = HistoryFields.ofRequests(plan);
    }

    /** Reads records 0 … {@code size} − 1 from the files of {@code dir}. */
    void rebuild(Path dir, long size) {
        try {
            HistoryRebuild.read(dir, size, records, index);
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
            bodies.feedBody(seq, kind, body, index);
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
            records.feedRecord(record.data(), record.start(), record.end(), index);
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
            records.feedRecord(stored, 0, stored.length, index);
        } catch (RuntimeException e) {
            fail("record " + record.seq() + " could not be added to the history: " + e.getMessage());
        }
    }

    /** A reader of the history before the next record, for a decision recorded at {@code minute}. */
    LedgerHistoryReader reader(long minute) {
        return new LedgerHistoryReader(index, requests, failure, minute);
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
}
