package dev.charter.runtime.ledger.history;

import java.util.Map;

/** Requests and decisions put in a {@link HistoryBatch} from their attribute values' canonical JSON texts, by path. */
public final class TestBatches {

    private TestBatches() {}

    /** A batch holding one request being decided, whose attribute values are {@code values}. */
    public static HistoryBatch request(HistoryPlan plan, Map<String, String> values) {
        HistoryBatch batch = new HistoryBatch(plan);
        batch.request();
        values(batch, values);
        batch.complete();
        return batch;
    }

    /** Adds the decision {@code seq} to {@code batch}. */
    static void decision(
            HistoryBatch batch, long seq, long minute, String action, Outcome outcome, Map<String, String> values) {
        batch.decision(seq, minute, outcome);
        batch.action(action);
        values(batch, values);
        batch.complete();
    }

    private static void values(HistoryBatch batch, Map<String, String> values) {
        for (int slot = 0; slot < batch.plan().attributes().size(); slot++) {
            String text = values.get(batch.plan().attributes().get(slot).path());
            if (text != null) {
                batch.value(slot, text);
            }
        }
    }
}
