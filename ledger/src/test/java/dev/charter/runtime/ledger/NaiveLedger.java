package dev.charter.runtime.ledger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.ledger.history.HistoryTime;
import dev.charter.runtime.ledger.history.NaiveHistory;
import dev.charter.runtime.ledger.history.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The naive history of a whole ledger read back by {@link LedgerReader}, each record parsed into
 * a tree: independent of the scanner the index reads records with.
 */
final class NaiveLedger {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(new JsonNodeFactory(true));

    private NaiveLedger() {}

    /** Every record of {@code contents}; a decision's values are those of {@code paths} in its request. */
    static NaiveHistory of(LedgerContents contents, List<String> paths) {
        NaiveHistory naive = new NaiveHistory();
        for (LedgerRecord record : contents.records()) {
            naive.add(entry(record, paths));
        }
        return naive;
    }

    static NaiveHistory.Entry entry(LedgerRecord record, List<String> paths) {
        JsonNode body = tree(record.body());
        long minute = body.has("recorded_at")
                ? HistoryTime.minute(Instant.parse(body.get("recorded_at").asText()))
                : Long.MIN_VALUE;
        return switch (record.kind()) {
            case DECISION -> {
                JsonNode request = body.path("request");
                Map<String, String> values = new HashMap<>();
                for (String path : paths) {
                    JsonNode value = request;
                    for (String name : path.split("\\.")) {
                        value = value.path(name);
                    }
                    if (!value.isMissingNode()) {
                        values.put(path, CanonicalJson.string(value));
                    }
                }
                String effect = body.path("decision").path("decision").asText();
                yield new NaiveHistory.DecisionEntry(
                        record.seq(),
                        minute,
                        request.path("action").isTextual()
                                ? request.get("action").asText()
                                : null,
                        effect.equals("permit")
                                ? Outcome.PERMIT
                                : effect.equals("escalate") ? Outcome.ESCALATE : Outcome.OTHER,
                        values);
            }
            case RESOLUTION ->
                new NaiveHistory.ResolutionEntry(
                        record.seq(),
                        body.path("escalation").path("seq").asLong(),
                        body.path("outcome").asText().equals("approve"),
                        minute);
            default -> new NaiveHistory.OtherEntry(record.seq());
        };
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
