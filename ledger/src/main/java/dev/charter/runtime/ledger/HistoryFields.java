package dev.charter.runtime.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.runtime.ledger.history.Attribute;
import dev.charter.runtime.ledger.history.HistoryBatch;
import dev.charter.runtime.ledger.history.HistoryPlan;
import dev.charter.runtime.ledger.history.Outcome;
import dev.charter.runtime.ledger.history.RecordMinutes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads what history needs of a record straight from its canonical bytes in one pass (a stored
 * decision's two-ended read, {@link StoredDecision}, else one {@link CanonicalJsonScanner#locate};
 * neither checks anything: the ledger checked every record when it wrote or read it), without a
 * tree and without parsing the request: for a decision its
 * time, effect, action and the request attributes the plan's queries read (their canonical bytes,
 * which {@link HistoryBatch} normalises and keys without decoding them); for a resolution its
 * time, escalation and outcome. Adds them to a {@link HistoryBatch}. Three forms: whole stored
 * records (a rebuild, another process's records), record bodies (the writer's own appends), and a
 * request's own canonical JSON (the current request of a decision). Not thread-safe: one per
 * thread.
 */
final class HistoryFields {

    private static final int KIND = 0;
    private static final int SEQ = 1;
    private static final int EFFECT = 2;
    private static final int TIME = 3;
    private static final int ACTION = 4;
    private static final int ESCALATION = 5;
    private static final int OUTCOME = 6;
    private static final int ATTRIBUTES = 7;
    private static final byte[] PERMIT = ascii("\"permit\"");
    private static final byte[] ESCALATE = ascii("\"escalate\"");
    private static final byte[] APPROVE = ascii("\"approve\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where a request's own canonical JSON holds record fields: under a name no canonical JSON has unescaped. */
    private static final String REQUEST_ONLY = "\u0000.";

    private final HistoryPlan plan;
    private final List<Attribute> attributes;

    private final CanonicalJsonScanner scanner;
    private final RecordMinutes minutes = new RecordMinutes();
    /** For stored records: the decision layout read from both ends, its request's members on the way. */
    private final StoredDecision stored;

    private HistoryFields(HistoryPlan plan, String body, String request, boolean records) {
        this.plan = plan;
        this.stored = records ? new StoredDecision(paths(plan, REQUEST_ONLY, "")) : null;
        this.attributes = plan.attributes();
        this.scanner = new CanonicalJsonScanner(paths(plan, body, request));
    }

    /**
     * The wanted paths, in the order of the field ids above, of a record whose body's members
     * lie under {@code body} and its request's under {@code request}.
     */
    private static List<String> paths(HistoryPlan plan, String body, String request) {
        List<String> paths = new ArrayList<>(List.of(
                "kind",
                "seq",
                body + "decision.decision",
                body + "recorded_at",
                request + "action",
                body + "escalation.seq",
                body + "outcome"));
        for (Attribute attribute : plan.attributes()) {
            paths.add(request + attribute.path());
        }
        return paths;
    }

    /** For stored records: {@code {"body":{…},"kind":…,"seq":…}}. */
    static HistoryFields ofRecords(HistoryPlan plan) {
        return new HistoryFields(plan, "body.", "body.request.", true);
    }

    /** For record bodies, whose kind and seq the caller knows. */
    static HistoryFields ofBodies(HistoryPlan plan) {
        return new HistoryFields(plan, "", "request.", false);
    }

    /**
     * For a request's canonical JSON: its attributes. A request holds no record
     * fields; their paths start with a name no canonical JSON has unescaped, so they never match.
     */
    static HistoryFields ofRequests(HistoryPlan plan) {
        return new HistoryFields(plan, REQUEST_ONLY, "", false);
    }

    HistoryPlan plan() {
        return plan;
    }

    /**
     * Adds the stored record {@code data[from, to)} to {@code batch}. A decision is read from its
     * two ends ({@link StoredDecision}): its effect at the front, its sequence number, time and
     * request at the back, not its trace; any other record is located in full.
     *
     * @throws IllegalArgumentException when the record is not one the ledger could hold
     */
    void addRecord(byte[] data, int from, int to, HistoryBatch batch) {
        if (stored.read(data, from, to)) {
            batch.decision(
                    stored.seq(),
                    minutes.minute(data, stored.timeStart(), stored.timeEnd()),
                    outcome(data, stored.effectStart(), stored.effectEnd()));
            actionAndValues(data, stored, batch);
            batch.complete();
            return;
        }
        scan(data, from, to);
        RecordKind kind = kind(data);
        add(data, number(data, SEQ, "seq"), kind, batch);
    }

    /**
     * Adds record {@code seq} of {@code kind} whose body is {@code body} to {@code batch}.
     *
     * @throws IllegalArgumentException when the body is not one the ledger could hold
     */
    void addBody(long seq, RecordKind kind, byte[] body, HistoryBatch batch) {
        if (kind == RecordKind.DECISION || kind == RecordKind.RESOLUTION) {
            scan(body, 0, body.length);
        }
        add(body, seq, kind, batch);
    }

    /**
     * Adds the request whose canonical JSON is {@code request}, as a request being decided, to
     * {@code batch}: its attribute values, whose keys the index reads; its action matters to no
     * read and is not matched.
     */
    void addRequest(byte[] request, HistoryBatch batch) {
        scan(request, 0, request.length);
        batch.request();
        values(request, scanner, batch);
        batch.complete();
    }

    private void add(byte[] data, long seq, RecordKind kind, HistoryBatch batch) {
        switch (kind) {
            case DECISION -> {
                batch.decision(seq, minute(data), outcome(data));
                actionAndValues(data, scanner, batch);
                batch.complete();
            }
            case RESOLUTION ->
                batch.resolution(
                        seq, number(data, ESCALATION, "escalation.seq"), is(data, OUTCOME, APPROVE), minute(data));
            default -> batch.other(seq);
        }
    }

    /** Locates the fields; the bytes were checked to be canonical when the ledger wrote or read them. */
    private void scan(byte[] data, int from, int to) {
        String problem = scanner.locate(data, from, to);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    private RecordKind kind(byte[] data) {
        String label = string(data, KIND);
        return RecordKind.fromLabel(label == null ? "" : label)
                .orElseThrow(() -> new IllegalArgumentException("a record of unknown kind " + label));
    }

    private Outcome outcome(byte[] data) {
        return outcome(data, scanner.start(EFFECT), scanner.end(EFFECT));
    }

    /** The outcome of the quoted effect {@code data[start, end)}; {@code start} is -1 when there is none. */
    private static Outcome outcome(byte[] data, int start, int end) {
        if (start >= 0 && Arrays.equals(data, start, end, PERMIT, 0, PERMIT.length)) {
            return Outcome.PERMIT;
        }
        return start >= 0 && Arrays.equals(data, start, end, ESCALATE, 0, ESCALATE.length)
                ? Outcome.ESCALATE
                : Outcome.OTHER;
    }

    private boolean is(byte[] data, int field, byte[] quoted) {
        int start = scanner.start(field);
        return start >= 0 && Arrays.equals(data, start, scanner.end(field), quoted, 0, quoted.length);
    }

    private long minute(byte[] data) {
        int start = scanner.start(TIME);
        if (start < 0 || data[start] != '"') {
            throw new IllegalArgumentException("a record without its recorded_at time");
        }
        return minutes.minute(data, start + 1, scanner.end(TIME) - 1);
    }

    private long number(byte[] data, int field, String name) {
        int start = scanner.start(field);
        int end = scanner.end(field);
        if (start < 0 || end - start > 18) {
            throw new IllegalArgumentException("a record without a sequence number in '" + name + "'");
        }
        long n = 0;
        for (int i = start; i < end; i++) {
            int digit = data[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("'" + name + "' is not a sequence number");
            }
            n = n * 10 + digit;
        }
        return n;
    }

    /**
     * The action and the attribute values located in {@code data} by {@code spans}, to the record
     * being filled: the action's name as its bytes when it holds no escape, else decoded; no
     * action when it is absent or not a string.
     */
    private void actionAndValues(byte[] data, MemberSpans spans, HistoryBatch batch) {
        int start = spans.start(ACTION);
        if (start >= 0 && data[start] == '"') {
            int end = spans.end(ACTION);
            if (hasEscape(data, start + 1, end - 1)) {
                batch.action(decoded(data, start, end));
            } else {
                batch.action(data, start + 1, end - 1);
            }
        }
        values(data, spans, batch);
    }

    /** The attribute values located in {@code data} by {@code spans}, to the record being filled. */
    private void values(byte[] data, MemberSpans spans, HistoryBatch batch) {
        for (int slot = 0; slot < attributes.size(); slot++) {
            int at = spans.start(ATTRIBUTES + slot);
            if (at >= 0) {
                batch.value(slot, data, at, spans.end(ATTRIBUTES + slot));
            }
        }
    }

    /** The string value of {@code field}, decoded; null when absent or not a string. */
    private String string(byte[] data, int field) {
        int start = scanner.start(field);
        if (start < 0 || data[start] != '"') {
            return null;
        }
        int end = scanner.end(field);
        return hasEscape(data, start + 1, end - 1)
                ? decoded(data, start, end)
                : new String(data, start + 1, end - start - 2, StandardCharsets.UTF_8);
    }

    private static boolean hasEscape(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The JSON string {@code data[start, end)}, quotes included, decoded. */
    private static String decoded(byte[] data, int start, int end) {
        try {
            return JSON.readValue(data, start, end - start, String.class);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("a string the scanner accepted does not decode", e);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
