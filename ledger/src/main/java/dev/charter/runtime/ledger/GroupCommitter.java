package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.merkle.MerkleHash;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one batch of appends into the frames of one group commit: assigns sequence numbers and
 * {@code prev} hashes in order, applies each record to the state, signs what must be signed
 * (in parallel: signing dominates per-record mode) and ends the batch with a signed checkpoint
 * when one is due. Runs on the writer thread with the directory lock held.
 */
final class GroupCommitter {

    /** A sequenced record, the append it answers and, once signed, its stored bytes. */
    static final class Sequenced {
        private final Append append;
        private final long seq;
        private final byte[] unsigned;
        private final int bodyLength;
        private final byte[] leaf;
        private final SigningKey signer;
        private final boolean sign;
        private byte[] stored;

        Sequenced(
                Append append,
                long seq,
                byte[] unsigned,
                int bodyLength,
                byte[] leaf,
                SigningKey signer,
                boolean sign) {
            this.append = append;
            this.seq = seq;
            this.unsigned = unsigned;
            this.bodyLength = bodyLength;
            this.leaf = leaf;
            this.signer = signer;
            this.sign = sign;
        }

        Append append() {
            return append;
        }

        void sign() {
            stored = sign ? RecordLayout.signed(unsigned, signer.sign(RecordLayout.RECORD_DOMAIN, unsigned)) : unsigned;
        }

        LedgerRecord record() {
            return new LedgerRecord(
                    seq,
                    append.kind,
                    signer.keyId(),
                    stored,
                    RecordLayout.BODY_OFFSET,
                    RecordLayout.BODY_OFFSET + bodyLength,
                    leaf,
                    sign);
        }
    }

    private final LedgerState state;
    private final LedgerHistory history;
    private final SigningMode mode;
    private SigningKey signer;
    private ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);

    GroupCommitter(LedgerState state, LedgerHistory history, SigningMode mode, SigningKey signer) {
        this.state = state;
        this.history = history;
        this.mode = mode;
        this.signer = signer;
    }

    SigningKey signer() {
        return signer;
    }

    /**
     * Sequences {@code batch}; appends that cannot be recorded (a resolution of an escalation that
     * is no longer open, a rotation to a key already used) are completed exceptionally and left
     * out, so the ledger stays live. A decision that reads history is decided here, at its place,
     * against every record sequenced before it (those of this batch included), at {@code now}.
     */
    List<Sequenced> sequence(List<Append> batch, Instant now) {
        List<Sequenced> sequenced = new ArrayList<>(batch.size());
        for (Append append : batch) {
            byte[] body;
            boolean escalation = append.escalation;
            boolean permit = append.permit;
            RecordBodies.ResolutionBody resolution = null;
            RecordBodies.ExecutionBody execution = null;
            if (append.kind == RecordKind.RESOLUTION) {
                Append.ResolutionRequest request = append.resolution;
                String problem = state.resolutionProblem(request.escalationSeq());
                if (problem != null) {
                    append.done.completeExceptionally(new LedgerException("cannot resolve: " + problem));
                    continue;
                }
                byte[] hash = state.openEscalation(request.escalationSeq());
                resolution = new RecordBodies.ResolutionBody(
                        request.escalationSeq(),
                        hash,
                        new Resolution(
                                request.escalationSeq(),
                                state.size(),
                                request.outcome(),
                                request.reviewer(),
                                request.reason(),
                                RecordBodies.timestamp(now)));
                body = RecordBodies.resolution(
                        request.escalationSeq(), hash, request.outcome(), request.reviewer(), request.reason(), now);
            } else if (append.kind == RecordKind.EXECUTION) {
                Append.ExecutionRequest request = append.execution;
                String problem = state.executionProblem(request.decisionSeq());
                if (problem != null) {
                    append.done.completeExceptionally(new LedgerException("cannot record the execution: " + problem));
                    continue;
                }
                byte[] hash = state.executableDecision(request.decisionSeq());
                body = RecordBodies.execution(
                        request.decisionSeq(), hash, request.success(), request.resultDigest(), request.detail(), now);
                execution = new RecordBodies.ExecutionBody(
                        request.decisionSeq(),
                        hash,
                        new Execution(
                                request.decisionSeq(),
                                state.size(),
                                request.success(),
                                request.resultDigest(),
                                request.detail(),
                                RecordBodies.timestamp(now)));
            } else if (append.kind == RecordKind.KEY) {
                String problem = state.rotationProblem(signer.keyId(), append.newKey.keyId());
                if (problem != null) {
                    append.done.completeExceptionally(
                            new LedgerException("cannot rotate the key: the rotation " + problem));
                    continue;
                }
                body = RecordBodies.keyRotation(append.newKey.publicKey(), now);
            } else if (append.deferred != null) {
                Append.Decided decided;
                try {
                    decided = append.deferred.decide(now);
                } catch (RuntimeException e) {
                    append.done.completeExceptionally(new LedgerException("the decision could not be made: " + e));
                    continue;
                }
                RecordLayout.DecisionScan scan = RecordLayout.scanDecision(decided.body());
                if (scan.problem() != null) {
                    append.done.completeExceptionally(new LedgerException(scan.problem()));
                    continue;
                }
                body = decided.body();
                escalation = decided.escalation();
                permit = scan.permit();
            } else {
                body = append.body;
            }
            long seq = state.size();
            byte[] unsigned = RecordLayout.unsigned(body, signer.keyId(), append.kind, state.lastLeaf(), seq);
            byte[] leaf = MerkleHash.leaf(unsigned);
            boolean sign = mode == SigningMode.PER_RECORD || append.kind == RecordKind.KEY;
            try {
                state.apply(new LedgerState.Entry(
                        seq,
                        state.lastLeaf(),
                        append.kind,
                        signer.keyId(),
                        sign,
                        leaf,
                        escalation,
                        permit,
                        resolution,
                        execution,
                        append.kind == RecordKind.KEY ? append.newKey.publicKey() : null));
            } catch (LedgerState.Inconsistency e) {
                // The writer builds its records from the state it checks them against.
                throw new IllegalStateException("the writer produced an inconsistent record: " + e.getMessage(), e);
            }
            history.appended(seq, append.kind, body);
            sequenced.add(new Sequenced(append, seq, unsigned, body.length, leaf, signer, sign));
            if (append.kind == RecordKind.KEY) {
                signer = append.newKey;
            }
        }
        return sequenced;
    }

    /** Signs the records that need a signature and fixes every record's stored bytes. */
    static void sign(List<Sequenced> sequenced) {
        long toSign = sequenced.stream().filter(s -> s.sign).count();
        (toSign >= 16 ? sequenced.parallelStream() : sequenced.stream()).forEach(Sequenced::sign);
    }

    /** A checkpoint of the whole current tree, signed by the key in force, applied to the state. */
    SignedCheckpoint checkpoint() {
        SignedCheckpoint checkpoint = SignedCheckpoint.sign(
                Checkpoint.of(state.origin(), state.size(), state.range().root()), signer);
        try {
            state.applyCheckpoint(checkpoint);
        } catch (LedgerState.Inconsistency e) {
            throw new IllegalStateException("the writer produced an inconsistent checkpoint: " + e.getMessage(), e);
        }
        return checkpoint;
    }

    /** The frames of the records and the optional checkpoint, ready to write. */
    ByteBuffer frames(List<Sequenced> sequenced, SignedCheckpoint checkpoint) {
        byte[] note = checkpoint == null ? null : checkpoint.text().getBytes(StandardCharsets.UTF_8);
        long size = note == null ? 0 : Frame.size(note.length);
        for (Sequenced s : sequenced) {
            size += Frame.size(s.stored.length);
        }
        if (size > buffer.capacity()) {
            buffer = ByteBuffer.allocateDirect(
                    (int) Math.min(Integer.MAX_VALUE - 8, Math.max(size, 2L * buffer.capacity())));
        }
        buffer.clear();
        for (Sequenced s : sequenced) {
            Frame.write(buffer, Frame.RECORD, s.stored);
        }
        if (note != null) {
            Frame.write(buffer, Frame.CHECKPOINT, note);
        }
        return buffer.flip();
    }
}
