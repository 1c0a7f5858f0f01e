package dev.charter.runtime.ledger;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.keys.SigningKey;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * An {@link Engine} whose every decision is recorded in a {@link Ledger} before it is returned:
 * audit or deny. {@code decide} returns only once the record is durable; if it cannot be
 * recorded (the ledger is FAILED), the answer is DENY with reason code {@code LEDGER_FAILURE},
 * whatever the engine decided. Concurrent callers share group commits; {@link #submit} lets one
 * thread keep many decisions in flight. Thread-safe.
 *
 * <pre>{@code
 * try (LedgerEngine engine = LedgerEngine.open(Engine.forBundle(bundle), Path.of("ledger"), key,
 *         LedgerOptions.defaults())) {
 *     RecordedDecision d = engine.record(request);
 *     if (d.escalated()) {
 *         Resolution r = engine.ledger().resolution(d.seq()).get();   // a reviewer decides
 *     }
 * }
 * }</pre>
 */
public final class LedgerEngine implements AutoCloseable {

    private final Engine engine;
    private final Ledger ledger;
    private final Clock clock;
    private final boolean ownsLedger;

    private LedgerEngine(Engine engine, Ledger ledger, boolean ownsLedger) {
        this.engine = engine;
        this.ledger = ledger;
        this.clock = ledger.clock();
        this.ownsLedger = ownsLedger;
    }

    /** Records {@code engine}'s decisions in {@code ledger}, which the caller keeps and closes. */
    public static LedgerEngine over(Engine engine, Ledger ledger) {
        return new LedgerEngine(engine, ledger, false);
    }

    /** Opens the ledger in {@code dir} and records {@code engine}'s decisions in it; closing closes the ledger. */
    public static LedgerEngine open(Engine engine, Path dir, SigningKey key, LedgerOptions options)
            throws IOException, LedgerException {
        return new LedgerEngine(engine, Ledger.open(dir, key, options), true);
    }

    /** Decides and returns once the decision is durable; never throws. */
    public Decision decide(Request request) {
        return record(request).decision();
    }

    /** Parses, decides and returns once the decision is durable; never throws. */
    public Decision decideJson(String json) {
        return recordJson(json).decision();
    }

    /** Decides, records, and says where: the sequence number is the escalation's id. Never throws. */
    public RecordedDecision record(Request request) {
        Decision decision = engine.decide(request);
        return await(append(canonical(request), decision), decision);
    }

    /** {@link #record} for a request in JSON; a malformed one is recorded as a DENY too. Never throws. */
    public RecordedDecision recordJson(String json) {
        Request request = parseOrNull(json);
        if (request == null) {
            Decision decision = engine.decideJson(json);
            return await(append(DecisionBody.unparsed(json), decision), decision);
        }
        return record(request);
    }

    /** {@link #submit} for a request in JSON; a malformed one is recorded as a DENY too. */
    public CompletableFuture<RecordedDecision> submitJson(String json) {
        Request request = parseOrNull(json);
        return request == null ? append(DecisionBody.unparsed(json), engine.decideJson(json)) : submit(request);
    }

    /**
     * Decides the request in JSON, overrules the decision to DENY with {@code code} and
     * {@code why} ({@link Decision#refused}) and records it: for a caller that refuses a request
     * the engine would decide, such as a request naming another agent than its caller. The
     * record replays: {@link Replayer} re-decides and applies the recorded refusal.
     */
    public CompletableFuture<RecordedDecision> submitRefusedJson(String json, ReasonCode code, String why) {
        Request request = parseOrNull(json);
        Decision decided = request == null ? engine.decideJson(json) : engine.decide(request);
        return append(request == null ? DecisionBody.unparsed(json) : request.toJson(), decided.refused(code, why));
    }

    private static Request parseOrNull(String json) {
        try {
            return Request.parse(json);
        } catch (RuntimeException e) {
            return null; // RequestFormatException, or anything else that stops the parse: the engine denies it
        }
    }

    /**
     * Decides now and records asynchronously: the future completes once the decision is durable,
     * with DENY ({@code LEDGER_FAILURE}) in its place if it could not be recorded. It never
     * completes exceptionally.
     */
    public CompletableFuture<RecordedDecision> submit(Request request) {
        return append(canonical(request), engine.decide(request));
    }

    private static String canonical(Request request) {
        return request == null ? DecisionBody.unparsed("") : request.toJson();
    }

    private CompletableFuture<RecordedDecision> append(String canonicalRequest, Decision decision) {
        byte[] body;
        try {
            body = DecisionBody.of(canonicalRequest, decision, clock.instant());
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(unrecorded(
                    decision,
                    "the decision could not be put in a record (" + e.getClass().getSimpleName() + ")"));
        }
        return ledger.appendDecision(body, decision.effect() == Effect.ESCALATE)
                .handle((record, failure) -> failure == null
                        ? new RecordedDecision(decision, record.seq())
                        : unrecorded(decision, reason(failure)));
    }

    private static String reason(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return "the decision could not be recorded in the ledger, so it is denied: " + cause.getMessage();
    }

    private static RecordedDecision unrecorded(Decision decision, String why) {
        return new RecordedDecision(decision.unrecorded(why), -1);
    }

    private static RecordedDecision await(CompletableFuture<RecordedDecision> pending, Decision decision) {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            RecordedDecision done = pending.getNow(null);
            return done != null
                    ? done
                    : unrecorded(decision, "interrupted before the decision was durable, so it is denied");
        } catch (ExecutionException e) {
            return unrecorded(decision, reason(e.getCause()));
        }
    }

    public Engine engine() {
        return engine;
    }

    public Ledger ledger() {
        return ledger;
    }

    /** Closes the ledger if this engine opened it. */
    @Override
    public void close() throws IOException {
        if (ownsLedger) {
            ledger.close();
        }
    }
}
