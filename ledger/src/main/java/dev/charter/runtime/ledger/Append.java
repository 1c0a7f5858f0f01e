package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.SigningKey;
import java.util.concurrent.CompletableFuture;

/**
 * A record waiting for its group commit, and the future its caller waits on. Decision bodies are
 * complete; a resolution's body is written at sequencing time, when the escalation's hash is
 * known and its still being open is checked under the directory lock.
 */
final class Append {

    /** How the action of decision {@code decisionSeq} ended, when it ran. */
    record ExecutionRequest(long decisionSeq, boolean success, String resultDigest, String detail) {}

    /** A reviewer's answer to escalation {@code escalationSeq}. */
    record ResolutionRequest(long escalationSeq, ResolutionOutcome outcome, String reviewer, String reason) {}

    final RecordKind kind;
    final byte[] body;
    final boolean escalation;
    final boolean permit;
    final ResolutionRequest resolution;
    final ExecutionRequest execution;
    final SigningKey newKey;
    final CompletableFuture<LedgerRecord> done = new CompletableFuture<>();

    private Append(
            RecordKind kind,
            byte[] body,
            boolean escalation,
            boolean permit,
            ResolutionRequest resolution,
            ExecutionRequest execution,
            SigningKey newKey) {
        this.kind = kind;
        this.body = body;
        this.escalation = escalation;
        this.permit = permit;
        this.resolution = resolution;
        this.execution = execution;
        this.newKey = newKey;
    }

    /**
     * A decision record with canonical body {@code body}; {@code escalation} when its effect is
     * ESCALATE, {@code permit} when it is PERMIT.
     */
    static Append decision(byte[] body, boolean escalation, boolean permit) {
        return new Append(RecordKind.DECISION, body, escalation, permit, null, null, null);
    }

    static Append resolution(ResolutionRequest request) {
        return new Append(RecordKind.RESOLUTION, null, false, false, request, null, null);
    }

    static Append execution(ExecutionRequest request) {
        return new Append(RecordKind.EXECUTION, null, false, false, null, request, null);
    }

    static Append keyRotation(SigningKey newKey) {
        return new Append(RecordKind.KEY, null, false, false, null, null, newKey);
    }
}
