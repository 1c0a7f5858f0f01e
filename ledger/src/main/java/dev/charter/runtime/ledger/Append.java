package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.SigningKey;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A record waiting for its group commit, and the future its caller waits on. Decision bodies are
 * complete; a resolution's body is written at sequencing time, when the escalation's hash is
 * known and its still being open is checked under the directory lock. An append is committed as
 * soon as the writer takes it, unless it may wait ({@link #mayWait}): then it is committed with
 * the next append that may not, or at its {@link #deadline}.
 */
final class Append {

    /** Longer waits count as this long: deadlines stay comparable by their difference. */
    private static final Duration LONGEST_WAIT = Duration.ofDays(365);

    /** How the action of decision {@code decisionSeq} ended, when it ran. */
    record ExecutionRequest(long decisionSeq, boolean success, String resultDigest, String detail) {}

    /** A reviewer's answer to escalation {@code escalationSeq}. */
    record ResolutionRequest(long escalationSeq, ResolutionOutcome outcome, String reviewer, String reason) {}

    /**
     * A decision that reads history, made on the writer thread at its place in the ledger: given
     * the time it is recorded at, it decides against the history of every earlier record and
     * returns its body.
     */
    interface DeferredDecision {
        Decided decide(java.time.Instant now);
    }

    /** A deferred decision's canonical body, and whether its effect is ESCALATE. */
    record Decided(byte[] body, boolean escalation) {}

    /** Work on the ledger's history done on the writer thread between group commits, given the ledger's size. */
    interface HistoryChange {
        void apply(LedgerHistory history, long size);
    }

    final RecordKind kind;
    final byte[] body;
    final DeferredDecision deferred;
    final HistoryChange change;
    final boolean escalation;
    final boolean permit;
    final ResolutionRequest resolution;
    final ExecutionRequest execution;
    final SigningKey newKey;
    final boolean mayWait;
    final long deadline;
    final CompletableFuture<LedgerRecord> done = new CompletableFuture<>();

    private Append(
            RecordKind kind,
            byte[] body,
            boolean escalation,
            boolean permit,
            ResolutionRequest resolution,
            ExecutionRequest execution,
            SigningKey newKey,
            DeferredDecision deferred,
            HistoryChange change,
            Duration wait) {
        this.kind = kind;
        this.body = body;
        this.deferred = deferred;
        this.change = change;
        this.escalation = escalation;
        this.permit = permit;
        this.resolution = resolution;
        this.execution = execution;
        this.newKey = newKey;
        this.mayWait = !wait.isZero();
        this.deadline = System.nanoTime() + (wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT).toNanos();
    }

    /**
     * A decision record with canonical body {@code body}; {@code escalation} when its effect is
     * ESCALATE, {@code permit} when it is PERMIT.
     */
    static Append decision(byte[] body, boolean escalation, boolean permit) {
        return new Append(RecordKind.DECISION, body, escalation, permit, null, null, null, null, null, Duration.ZERO);
    }

    /** A decision that reads history, decided on the writer thread when it is sequenced. */
    static Append deferred(DeferredDecision decision) {
        return new Append(RecordKind.DECISION, null, false, false, null, null, null, decision, null, Duration.ZERO);
    }

    /** A change to the ledger's history bindings; completes (with no record) once applied. */
    static Append historyChange(HistoryChange change) {
        return new Append(null, null, false, false, null, null, null, null, change, Duration.ZERO);
    }

    static Append resolution(ResolutionRequest request) {
        return new Append(RecordKind.RESOLUTION, null, false, false, request, null, null, null, null, Duration.ZERO);
    }

    /** An execution record, committed at the latest {@code wait} from now (zero: as soon as the writer takes it). */
    static Append execution(ExecutionRequest request, Duration wait) {
        return new Append(RecordKind.EXECUTION, null, false, false, null, request, null, null, null, wait);
    }

    static Append keyRotation(SigningKey newKey) {
        return new Append(RecordKind.KEY, null, false, false, null, null, newKey, null, null, Duration.ZERO);
    }
}
