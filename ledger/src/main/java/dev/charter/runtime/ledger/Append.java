package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.SigningKey;
import java.util.concurrent.CompletableFuture;

/**
 * A record waiting for its group commit, and the future its caller waits on. Decision bodies are
 * complete; a resolution's body is written at sequencing time, when the escalation's hash is
 * known and its still being open is checked under the directory lock.
 */
final class Append {

    /** A reviewer's answer to escalation {@code escalationSeq}. */
    record ResolutionRequest(long escalationSeq, ResolutionOutcome outcome, String reviewer, String reason) {}

    final RecordKind kind;
    final byte[] body;
    final boolean escalation;
    final ResolutionRequest resolution;
    final SigningKey newKey;
    final CompletableFuture<LedgerRecord> done = new CompletableFuture<>();

    private Append(RecordKind kind, byte[] body, boolean escalation, ResolutionRequest resolution, SigningKey newKey) {
        this.kind = kind;
        this.body = body;
        this.escalation = escalation;
        this.resolution = resolution;
        this.newKey = newKey;
    }

    /** A decision record with canonical body {@code body}; {@code escalation} when its effect is ESCALATE. */
    static Append decision(byte[] body, boolean escalation) {
        return new Append(RecordKind.DECISION, body, escalation, null, null);
    }

    static Append resolution(ResolutionRequest request) {
        return new Append(RecordKind.RESOLUTION, null, false, request, null);
    }

    static Append keyRotation(SigningKey newKey) {
        return new Append(RecordKind.KEY, null, false, null, newKey);
    }
}
