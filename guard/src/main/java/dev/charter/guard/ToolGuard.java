package dev.charter.guard;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.runtime.ledger.RecordedDecision;
import dev.charter.runtime.ledger.Resolution;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Guards tool calls where they happen: maps each call to a Charter request
 * ({@link ToolCallMapper}), decides it (recording it first when the guard records), waits for the
 * resolution of an escalation, and after the tool ran records its outcome.
 *
 * <p>Fail-closed: {@code check}, {@code checkAsync} and {@code executed} never throw, and only a
 * PERMIT, or an ESCALATE a reviewer approved, is a {@link Verdict.Proceed}. Every failure — the
 * arguments are not a JSON object, the naming or the engine fails, the ledger cannot record, the
 * escalation cannot be waited for — is a {@link Verdict.Refused}, recorded when the guard records.
 * Thread-safe.
 *
 * <pre>{@code
 * ToolGuard guard = ToolGuard.recording(ledgerEngine, GuardOptions.defaults());
 * Guarded<String> out = guard.run(new ToolCall("read_file", argsJson, "agent-7", sessionId),
 *         () -> files.read(path), text -> text);
 * }</pre>
 */
public final class ToolGuard {

    private static final System.Logger LOG = System.getLogger("dev.charter.guard");

    private final Engine engine;
    private final LedgerEngine recorder;
    private final GuardOptions options;
    private final EscalationWait wait;

    private ToolGuard(Engine engine, LedgerEngine recorder, GuardOptions options, EscalationWait wait) {
        this.engine = engine;
        this.recorder = recorder;
        this.options = options;
        this.wait = wait;
    }

    /**
     * A guard that records every decision and execution in {@code engine}'s ledger, and waits for
     * escalations on that ledger, recording a TIMEOUT after {@link GuardOptions#escalationTimeout()}.
     */
    public static ToolGuard recording(LedgerEngine engine, GuardOptions options) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(options, "options");
        return recording(engine, options, new LedgerEscalationWait(engine.ledger(), options.escalationTimeout()));
    }

    /** A recording guard that waits for escalations with {@code wait} (a server's escalation service). */
    public static ToolGuard recording(LedgerEngine engine, GuardOptions options, EscalationWait wait) {
        return new ToolGuard(
                engine.engine(),
                engine,
                Objects.requireNonNull(options, "options"),
                Objects.requireNonNull(wait, "wait"));
    }

    /** A guard with no ledger: nothing is recorded, and an ESCALATE is refused (no one can review it). */
    public static ToolGuard unrecorded(Engine engine, GuardOptions options) {
        return new ToolGuard(
                Objects.requireNonNull(engine, "engine"), null, Objects.requireNonNull(options, "options"), null);
    }

    /** Whether decisions and executions are recorded in a ledger. */
    public boolean recording() {
        return recorder != null;
    }

    public GuardOptions options() {
        return options;
    }

    /** The verdict on {@code call}; blocks while its escalation waits for a reviewer. Never throws. */
    public Verdict check(ToolCall call) {
        if (recorder == null) {
            return checkUnrecorded(call);
        }
        CompletableFuture<Verdict> verdict = checkAsync(call);
        try {
            return verdict.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Verdict done = verdict.getNow(null);
            return done != null ? done : unrecordedFailure(call, "interrupted while the call waited for its verdict");
        } catch (ExecutionException | RuntimeException e) {
            return unrecordedFailure(call, "the guard failed: " + describe(e));
        }
    }

    /**
     * The verdict on {@code call}, without parking a thread while an escalation waits. The
     * future never completes exceptionally.
     */
    public CompletableFuture<Verdict> checkAsync(ToolCall call) {
        if (recorder == null) {
            return CompletableFuture.completedFuture(checkUnrecorded(call));
        }
        try {
            ToolCallMapper.Mapped mapped = ToolCallMapper.map(call, options);
            // Arguments that are not one JSON object are in the request as a JSON string, which the
            // engine refuses as it reads it: recorded as the engine decided it, so that it replays.
            return recorder.submitJson(mapped.requestJson())
                    .thenCompose(decision -> {
                        Verdict now = immediate(call, mapped, decision);
                        return now != null ? CompletableFuture.completedFuture(now) : awaitReviewer(call, decision);
                    })
                    .handle((verdict, failure) -> failure == null && verdict != null
                            ? CompletableFuture.completedFuture(verdict)
                            : failed(call, failure))
                    .thenCompose(Function.identity());
        } catch (RuntimeException | Error e) {
            return failed(call, e);
        }
    }

    /** A guard without a ledger decides on the caller's thread, and never waits. */
    private Verdict checkUnrecorded(ToolCall call) {
        try {
            ToolCallMapper.Mapped mapped = ToolCallMapper.map(call, options);
            RecordedDecision decision = new RecordedDecision(engine.decideJson(mapped.requestJson()), -1);
            Verdict verdict = immediate(call, mapped, decision);
            return verdict != null
                    ? verdict
                    : Refusals.unavailable(
                            tool(call), decision, "this guard records nothing, so no reviewer can be asked");
        } catch (RuntimeException | Error e) {
            return unrecordedFailure(call, "the guard failed, so the call is refused: " + describe(e));
        }
    }

    /** The verdict on a decision when it needs no reviewer; null for a recorded escalation. */
    private Verdict immediate(ToolCall call, ToolCallMapper.Mapped mapped, RecordedDecision decision) {
        if (mapped.refused()) {
            return Refusals.malformed(tool(call), decision, mapped.refusalCode(), mapped.refusalReason());
        }
        Decision d = decision.decision();
        if (d.effect() == Effect.PERMIT
                && d.reasonCode() == ReasonCode.RULE
                && (recorder == null || decision.recorded())) {
            return new Verdict.Proceed(decision, Optional.empty());
        }
        if (d.effect() != Effect.ESCALATE) {
            return Refusals.denied(tool(call), decision);
        }
        return decision.escalated() && recorder != null
                ? null
                : Refusals.unavailable(tool(call), decision, "this guard records nothing, so no reviewer can be asked");
    }

    private CompletableFuture<Verdict> awaitReviewer(ToolCall call, RecordedDecision decision) {
        CompletableFuture<Resolution> resolution;
        try {
            resolution = Objects.requireNonNull(wait.await(decision.seq()), "the escalation wait returned no future");
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(
                    Refusals.unavailable(tool(call), decision, "waiting for a reviewer failed: " + describe(e)));
        }
        return resolution.handle((r, failure) -> resolved(call, decision, r, failure));
    }

    private static Verdict resolved(ToolCall call, RecordedDecision decision, Resolution r, Throwable failure) {
        if (failure != null || r == null) {
            return Refusals.unavailable(
                    tool(call),
                    decision,
                    "waiting for a reviewer failed: " + (failure == null ? "no resolution" : describe(failure)));
        }
        if (r.escalationSeq() != decision.seq()) {
            return Refusals.unavailable(
                    tool(call),
                    decision,
                    "the resolution received is of escalation " + r.escalationSeq() + ", not " + decision.seq());
        }
        return r.approved()
                ? new Verdict.Proceed(decision, Optional.of(r))
                : Refusals.unapproved(tool(call), decision, r);
    }

    /**
     * Records that the tool of {@code proceed} ran and how it ended (an execution record that binds
     * the decision record's hash); returns once the record is durable. Does nothing when the
     * guard records nothing. Never throws: an execution the ledger refuses (this decision was
     * already reported) or cannot write (the ledger failed, and every later decision is then a
     * DENY) is logged as a warning on the {@code dev.charter.guard} logger.
     */
    public void executed(Verdict.Proceed proceed, ToolOutcome outcome) {
        if (recorder == null) {
            return;
        }
        try {
            long seq = proceed.decision().seq();
            recorder.ledger().recordExecution(seq, outcome.success(), outcome.resultDigest(), outcome.detail());
        } catch (LedgerException | RuntimeException e) {
            unrecordedExecution(e);
        }
    }

    /**
     * {@link #executed} without parking a thread: the future completes once the execution record
     * is durable, or once its failure is logged as {@code executed} logs it; never exceptionally.
     * The record is queued in the ledger before this returns, so a record appended afterwards (the
     * next decision of the same agent, say) follows it in the ledger, whether or not anyone waits
     * for the future.
     */
    public CompletableFuture<Void> executedAsync(Verdict.Proceed proceed, ToolOutcome outcome) {
        return executedAsync(proceed, outcome, Duration.ZERO);
    }

    /**
     * {@link #executedAsync(Verdict.Proceed, ToolOutcome)} for a caller that does not wait for the
     * record to be durable: the ledger commits it with its next group commit, or at the latest
     * {@code within} from now, instead of giving it a commit of its own
     * ({@link dev.charter.runtime.ledger.Ledger#appendExecution(long, boolean, String, String,
     * Duration)}). Until then a crash loses it.
     */
    public CompletableFuture<Void> executedAsync(Verdict.Proceed proceed, ToolOutcome outcome, Duration within) {
        if (recorder == null) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            return recorder.ledger()
                    .appendExecution(
                            proceed.decision().seq(),
                            outcome.success(),
                            outcome.resultDigest(),
                            outcome.detail(),
                            within)
                    .handle((record, failure) -> {
                        if (failure != null) {
                            unrecordedExecution(failure instanceof CompletionException ? failure.getCause() : failure);
                        }
                        return null;
                    });
        } catch (RuntimeException e) {
            unrecordedExecution(e);
            return CompletableFuture.completedFuture(null);
        }
    }

    private static void unrecordedExecution(Throwable failure) {
        LOG.log(
                System.Logger.Level.WARNING,
                "the execution of a permitted tool call could not be recorded: " + describe(failure));
    }

    /**
     * Checks {@code call}, runs {@code body} only on {@link Verdict.Proceed}, and records its
     * outcome: the digest of {@code resultText} applied to its result, or the failure of the body,
     * whose exception is then rethrown.
     */
    public <T> Guarded<T> run(ToolCall call, ToolBody<T> body, Function<T, String> resultText) throws Exception {
        Verdict verdict = check(call);
        if (verdict instanceof Verdict.Refused refused) {
            return new Guarded.NotRun<>(refused);
        }
        Verdict.Proceed proceed = (Verdict.Proceed) verdict;
        T result;
        try {
            result = body.run();
        } catch (Exception | Error e) {
            executed(proceed, ToolOutcome.failed(describe(e)));
            throw e;
        }
        executed(proceed, succeeded(result, resultText));
        return new Guarded.Ran<>(result, proceed);
    }

    private static <T> ToolOutcome succeeded(T result, Function<T, String> resultText) {
        try {
            return ToolOutcome.succeeded(resultText == null ? String.valueOf(result) : resultText.apply(result));
        } catch (RuntimeException e) {
            return new ToolOutcome(
                    true, ToolOutcome.digest(""), "the result's text could not be taken: " + describe(e));
        }
    }

    /**
     * The DENY of a failure of the guard itself, recorded when the guard records; never blocks
     * (it may run on the ledger's writer thread) and never fails.
     */
    private CompletableFuture<Verdict> failed(ToolCall call, Throwable failure) {
        String why = "the guard failed, so the call is refused: "
                + (failure == null ? "no verdict was reached" : describe(failure));
        if (recorder != null) {
            try {
                return recorder.submitRefusedJson(fallbackJson(call), ReasonCode.GUARD_FAILURE, why)
                        .handle((decision, notRecorded) -> notRecorded == null && decision != null
                                ? Refusals.denied(tool(call), decision)
                                : unrecordedFailure(call, why));
            } catch (RuntimeException e) {
                // Not even a refusal could be queued: the one below is not recorded, and says why.
            }
        }
        return CompletableFuture.completedFuture(unrecordedFailure(call, why));
    }

    private Verdict unrecordedFailure(ToolCall call, String why) {
        return Refusals.denied(
                tool(call), new RecordedDecision(engine.decideJson(null).refused(ReasonCode.GUARD_FAILURE, why), -1));
    }

    private static String tool(ToolCall call) {
        return call == null ? null : call.tool();
    }

    private static String fallbackJson(ToolCall call) {
        return call == null
                ? "null"
                : ToolCallMapper.map(call, GuardOptions.defaults()).requestJson();
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
