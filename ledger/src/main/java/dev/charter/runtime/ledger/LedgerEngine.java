package dev.charter.runtime.ledger;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.history.HistoryPlan;
import dev.charter.runtime.ledger.history.HistoryTime;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * An {@link Engine} whose every decision is recorded in a {@link Ledger} before it is returned:
 * audit or deny. A program whose conditions read history ({@code count}, {@code sum},
 * {@code exists}) reads it from the ledger: its history state is built from the ledger's records
 * when this engine is created, and a decision that reads it is decided on the ledger's writer
 * thread at its place in the ledger, against every earlier record and nothing later, so that
 * concurrent decisions never overspend a budget; decisions that read no history are decided on
 * the caller's thread as before. {@code decide} returns only once the record is durable; if it cannot be
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
    private final HistoryBinding history;

    private LedgerEngine(Engine engine, Ledger ledger, boolean ownsLedger) {
        this.engine = engine;
        this.ledger = ledger;
        this.clock = ledger.clock();
        this.ownsLedger = ownsLedger;
        this.history = attachHistory(engine, ledger);
    }

    /** Builds the history state of {@code engine}'s program from {@code ledger}; null when it reads no history. */
    private static HistoryBinding attachHistory(Engine engine, Ledger ledger) {
        HistoryPlan plan = HistoryPlans.of(engine.program());
        if (plan == null) {
            return null;
        }
        HistoryBinding binding = new HistoryBinding(plan);
        try {
            ledger.attachHistory(binding);
        } catch (LedgerException e) {
            binding.fail("the ledger could not build the history state: " + e.getMessage());
        }
        return binding;
    }

    /**
     * Records {@code engine}'s decisions in {@code ledger}, which the caller keeps and closes.
     * When the program reads history, returns once the history state is built from every record
     * of the ledger.
     */
    public static LedgerEngine over(Engine engine, Ledger ledger) {
        return new LedgerEngine(engine, ledger, false);
    }

    /**
     * Opens the ledger in {@code dir} and records {@code engine}'s decisions in it; closing closes
     * the ledger. When the program reads history, returns once its state is built from the ledger.
     */
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
        return await(decideAndAppend(request, UnaryOperator.identity()), () -> engine.decide(request));
    }

    /** {@link #record} for a request in JSON; a malformed one is recorded as a DENY too. Never throws. */
    public RecordedDecision recordJson(String json) {
        Request request = parseOrNull(json);
        if (request == null) {
            Decision decision = engine.decideJson(json);
            return await(append(DecisionBody.unparsed(json), decision), () -> decision);
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
        if (request == null) {
            return append(DecisionBody.unparsed(json), engine.decideJson(json).refused(code, why));
        }
        return decideAndAppend(request, decided -> decided.refused(code, why));
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
        return decideAndAppend(request, UnaryOperator.identity());
    }

    /**
     * Decides {@code request}, applies {@code overrule} and records the decision. When the program
     * reads history, the decision is first made here with a history that only notes being read: a
     * decision that never reads it is final (it depends on the request alone) and is recorded as
     * usual; one that reads it is made again on the ledger's writer thread, at its place in the
     * ledger, against the history of every earlier record.
     */
    private CompletableFuture<RecordedDecision> decideAndAppend(Request request, UnaryOperator<Decision> overrule) {
        if (history == null || request == null) {
            return append(canonical(request), overrule.apply(engine.decide(request)));
        }
        HistoryProbe probe = new HistoryProbe();
        Decision probed = engine.decide(request, probe);
        if (!probe.read()) {
            return append(request.toJson(), overrule.apply(probed));
        }
        InPlace inPlace = new InPlace(request, overrule);
        return ledger.appendDeferred(inPlace)
                .handle((record, failure) -> failure == null
                        ? new RecordedDecision(inPlace.decision, record.seq())
                        : unrecorded(inPlace.decision != null ? inPlace.decision : probed, reason(failure)));
    }

    /** A decision that reads history, made on the writer thread when it is sequenced. */
    private final class InPlace implements Append.DeferredDecision {
        private final Request request;
        private final UnaryOperator<Decision> overrule;
        /** Written on the writer thread before the record's future completes, read after. */
        private Decision decision;

        InPlace(Request request, UnaryOperator<Decision> overrule) {
            this.request = request;
            this.overrule = overrule;
        }

        @Override
        public Append.Decided decide(Instant now) {
            LedgerHistoryReader reader = history.reader(HistoryTime.minute(now));
            decision = overrule.apply(engine.decide(request, reader));
            reader.seal();
            return new Append.Decided(
                    DecisionBody.of(request.toJson(), decision, now), decision.effect() == Effect.ESCALATE);
        }
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

    /**
     * Waits for a pending decision; interrupted, answers the DENY of {@code decided} (the decision
     * as far as it is known on this thread).
     */
    private static RecordedDecision await(CompletableFuture<RecordedDecision> pending, Supplier<Decision> decided) {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            RecordedDecision done = pending.getNow(null);
            return done != null
                    ? done
                    : unrecorded(decided.get(), "interrupted before the decision was durable, so it is denied");
        } catch (ExecutionException e) {
            return unrecorded(decided.get(), reason(e.getCause()));
        }
    }

    public Engine engine() {
        return engine;
    }

    public Ledger ledger() {
        return ledger;
    }

    /**
     * Closes the ledger if this engine opened it; otherwise stops keeping this engine's history
     * state, after the decisions already queued.
     */
    @Override
    public void close() throws IOException {
        if (ownsLedger) {
            ledger.close();
        } else if (history != null) {
            ledger.detachHistory(history);
        }
    }
}
