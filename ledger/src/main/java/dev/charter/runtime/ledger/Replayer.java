package dev.charter.runtime.ledger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.HistoryReader;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.ledger.history.HistoryPlan;
import dev.charter.runtime.ledger.history.HistoryTime;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-decides every decision of a ledger with the bundle and fact snapshot its record names, and
 * compares the new decision, trace included, byte for byte with the recorded one. Evaluation is a
 * pure function of (bundle, snapshot, request, history), so any difference is a finding: a
 * tampered record, a bundle or snapshot that is not the one named, or a nondeterministic runtime.
 * A whole-ledger replay rebuilds, record by record, the history state of every given bundle
 * whose program reads history, so each decision reads exactly the history of the records before it;
 * a decision recorded as denied {@code history_unavailable} was decided without a history to read
 * (its engine's state was not kept or not built), and is replayed without one.
 */
public final class Replayer {

    /** Numbers read exactly, so that the recorded decision and request are re-rendered to their very bytes. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(new JsonNodeFactory(true));

    private final Map<String, Bundle> bundles;
    private final Map<String, HistoryPlan> plans = new HashMap<>();
    private final Map<String, FactSnapshot> snapshots;
    private final Map<String, Engine> engines = new HashMap<>();
    private final Map<String, String> attached = new HashMap<>();

    /** A replayer that knows these bundles and snapshots, each looked up by its digest. */
    public Replayer(List<Bundle> bundles, List<FactSnapshot> snapshots) {
        this.bundles = new HashMap<>();
        bundles.forEach(b -> this.bundles.put(b.digest(), b));
        for (Bundle bundle : bundles) {
            HistoryPlan plan = HistoryPlans.of(bundle.program());
            if (plan != null) {
                plans.put(bundle.digest(), plan);
            }
        }
        this.snapshots = new HashMap<>();
        snapshots.forEach(s -> this.snapshots.put(s.digest(), s));
    }

    /** Replays every decision record of {@code contents}. */
    public ReplayReport replay(LedgerContents contents) {
        Tally tally = new Tally();
        contents.records().forEach(tally::replay);
        return tally.report();
    }

    /**
     * Replays every decision record of the ledger in {@code dir} while it is read, holding one
     * record at a time, so that a ledger of any size replays in a small heap. A torn tail past the
     * last acknowledged record is skipped, as {@link LedgerReader} skips it.
     *
     * @throws LedgerCorruptedException when the ledger is damaged anywhere else
     */
    @SuppressWarnings("try") // opening the log replays it; the block only closes it
    public ReplayReport replay(Path dir) throws IOException, LedgerCorruptedException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a ledger directory");
        }
        Tally tally = new Tally();
        LedgerRecovery.Observer replaying = new LedgerRecovery.Observer() {
            @Override
            public void record(ParsedRecord record) {
                tally.replay(LedgerRecord.of(record));
            }
        };
        LedgerRecovery.readAll(dir, Disk.SYSTEM, LedgerRecovery.Tail.IGNORE, "", replaying);
        return tally.report();
    }

    /**
     * Counts as records are replayed; keeps the first {@value ReplayReport#KEPT} divergences. Feeds
     * every record to the history state of each bundle that reads history, after replaying it.
     */
    private final class Tally {
        private long decisions;
        private long identical;
        private final List<Divergence> divergences = new ArrayList<>();
        private final Map<String, HistoryBinding> histories = new HashMap<>();

        Tally() {
            plans.forEach((digest, plan) -> histories.put(digest, new HistoryBinding(plan)));
        }

        void replay(LedgerRecord record) {
            if (record.kind() == RecordKind.DECISION) {
                decide(record);
            }
            for (HistoryBinding history : histories.values()) {
                history.stored(record);
            }
        }

        private void decide(LedgerRecord record) {
            decisions++;
            Optional<Divergence> divergence = Replayer.this.replay(record, histories);
            if (divergence.isEmpty()) {
                identical++;
            } else if (divergences.size() < ReplayReport.KEPT) {
                divergences.add(divergence.get());
            }
        }

        ReplayReport report() {
            return new ReplayReport(decisions, identical, divergences);
        }
    }

    /**
     * Replays one decision record on its own: empty when it is reproduced exactly. Without the
     * records before it there is no history to read, so a decision that read history diverges
     * ({@code history_unavailable}); replay the whole ledger for those.
     */
    public Optional<Divergence> replay(LedgerRecord record) {
        return replay(record, Map.of());
    }

    private Optional<Divergence> replay(LedgerRecord record, Map<String, HistoryBinding> histories) {
        JsonNode body;
        try {
            body = JSON.readTree(record.body());
        } catch (IOException e) {
            return Optional.of(new Divergence(record.seq(), "the record's body is not JSON", record.body(), ""));
        }
        String recorded = CanonicalJson.string(body.path("decision"));
        String bundleDigest = body.path("bundle").asText();
        String factsDigest = body.path("facts").asText();
        Engine engine;
        if (bundleDigest.equals("none")) {
            engine = Engine.failClosed(body.path("decision").path("reason").asText());
        } else {
            Bundle bundle = bundles.get(bundleDigest);
            if (bundle == null) {
                return Optional.of(new Divergence(
                        record.seq(),
                        bundleDigest.equals(Engine.UNSIGNED)
                                ? "made by an unsigned program, which no bundle names: it cannot be replayed"
                                : "bundle " + bundleDigest + " is not among the given bundles",
                        recorded,
                        ""));
            }
            engine = engines.computeIfAbsent(bundleDigest, d -> Engine.forBundle(bundle));
            Optional<String> missing = attach(engine, bundleDigest, factsDigest);
            if (missing.isPresent()) {
                return Optional.of(new Divergence(record.seq(), missing.get(), recorded, ""));
            }
        }
        JsonNode request = body.path("request");
        // decideJson parses exactly as Request.parse does, so a request read back decides as it did.
        String requestText = request.has(DecisionBody.UNPARSED)
                ? request.get(DecisionBody.UNPARSED).asText()
                : CanonicalJson.string(request);
        HistoryBinding history = histories.get(bundleDigest);
        Optional<ReasonCode> code =
                ReasonCode.fromKeyword(body.path("decision").path("reason_code").asText());
        Decision replayed;
        if (code.equals(Optional.of(ReasonCode.HISTORY_UNAVAILABLE)) && plans.containsKey(bundleDigest)) {
            // Decided without its history (the engine's state was not kept or not built): whether a
            // decision had its history is an input it was decided over, as its request is.
            replayed = engine.decideJson(requestText, UNAVAILABLE);
        } else if (history == null) {
            replayed = engine.decideJson(requestText);
        } else {
            replayed = engine.decideJson(
                    requestText, historyAt(history, body.path("recorded_at").asText()));
        }
        Optional<ReasonCode> overruled = code.filter(ReasonCode::overrulesTheEngine);
        if (overruled.isPresent()) {
            // Refused by its caller (the decision server, a tool guard) over the engine's answer: refuse the same way.
            replayed = replayed.refused(
                    overruled.get(), body.path("decision").path("reason").asText());
        }
        String again = replayed.toJson();
        if (again.equals(recorded)) {
            return Optional.empty();
        }
        return Optional.of(new Divergence(
                record.seq(),
                "replay differs from the record at character " + firstDifference(recorded, again),
                recorded,
                again));
    }

    /** A history that cannot be read, as a ledger's whose state was not kept or not built. */
    private static final HistoryReader UNAVAILABLE = new HistoryReader() {
        @Override
        public long count(int query, Request current) {
            throw new IllegalStateException("the history was not available to this decision");
        }

        @Override
        public long intSum(int query, Request current) {
            throw new IllegalStateException("the history was not available to this decision");
        }

        @Override
        public BigDecimal decimalSum(int query, Request current) {
            throw new IllegalStateException("the history was not available to this decision");
        }
    };

    /** The history before the record, read at the minute the record says it was recorded. */
    private static HistoryReader historyAt(HistoryBinding history, String recordedAt) {
        try {
            return history.reader(HistoryTime.minute(Instant.parse(recordedAt)));
        } catch (DateTimeParseException e) {
            return new LedgerHistoryReader(
                    history.index(),
                    history.requests(),
                    history.request(),
                    "the record's time '" + recordedAt + "' is not a time",
                    0);
        }
    }

    private Optional<String> attach(Engine engine, String bundleDigest, String factsDigest) {
        if (factsDigest.equals(attached.get(bundleDigest))) {
            return Optional.empty();
        }
        FactSnapshot snapshot = snapshots.get(factsDigest);
        if (snapshot == null && !factsDigest.equals(FactSnapshot.empty().digest())) {
            return Optional.of("fact snapshot " + factsDigest + " is not among the given snapshots");
        }
        try {
            engine.attach(snapshot == null ? FactSnapshot.empty() : snapshot);
        } catch (RuntimeException e) {
            // The engine now denies as it did when the snapshot was refused the first time.
        }
        attached.put(bundleDigest, factsDigest);
        return Optional.empty();
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return n;
    }
}
