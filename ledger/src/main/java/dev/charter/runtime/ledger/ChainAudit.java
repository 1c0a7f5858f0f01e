package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.KeyId;
import dev.charter.runtime.keys.PublicKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.merkle.CompactRange;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order-dependent half of verification: sequence numbers, the hash chain, which key is in
 * force, escalations and their resolutions, executions and the decisions they name, and checkpoints against the Merkle tree of the
 * records before them. Records since the last checkpoint are kept so that a mismatch is pinned
 * on the record that was altered (see {@link RangeAttribution}). Stops at the first problem.
 */
final class ChainAudit {

    private final String origin;
    private final TrustStore trust;
    private final Map<KeyId, PublicKey> introduced = new HashMap<>();
    private final Map<KeyId, Long> retiredAt = new HashMap<>();
    private final List<String> keysUsed = new ArrayList<>();
    private final Map<Long, byte[]> openEscalations = new HashMap<>();
    private final Set<Long> resolved = new HashSet<>();
    private final ExecutionLinks executions = new ExecutionLinks();
    private final Map<Long, byte[]> checkpointRoots = new HashMap<>();
    private final CompactRange range = new CompactRange();
    private final RangeAttribution pending;
    private final List<SignedCheckpoint> witnessed;
    private int nextWitnessed;
    private long expectedSeq;
    private byte[] lastLeaf = RecordLayout.GENESIS_PREV;
    private KeyId keyInForce;
    private int checkpoints;
    private SignedCheckpoint latest;
    private VerificationProblem problem;

    ChainAudit(String origin, TrustStore trust, List<SignedCheckpoint> witnessed) {
        this.origin = origin;
        this.trust = trust;
        this.witnessed = witnessed;
        this.pending = new RangeAttribution(range.copy(), lastLeaf);
    }

    boolean failed() {
        return problem != null;
    }

    long expectedSeq() {
        return expectedSeq;
    }

    /** Every key this audit can check signatures with: trusted ones and those rotations introduced. */
    Map<KeyId, PublicKey> knownKeys() {
        Map<KeyId, PublicKey> keys = new HashMap<>(introduced);
        trust.keys().forEach(k -> keys.put(k.keyId(), k));
        return keys;
    }

    void introduce(PublicKey key) {
        introduced.putIfAbsent(key.keyId(), key);
    }

    /** Damage that is not a frame (a bad segment header, a missing segment, a torn frame). */
    void damage(String where, String reason) {
        fail(expectedSeq, where, reason);
    }

    void record(DecodedFrame frame, String segment) {
        if (frame.problem != null) {
            fail(expectedSeq, segment + " offset " + frame.offset, frame.problem);
            return;
        }
        ParsedRecord record = frame.record;
        if (record.seq() != expectedSeq) {
            fail(
                    expectedSeq,
                    segment + " offset " + frame.offset,
                    "expected seq " + expectedSeq + " but found seq " + record.seq()
                            + (record.seq() > expectedSeq
                                    ? " (records are missing)"
                                    : " (a record is repeated or out of order)"));
            return;
        }
        String keyProblem = keyProblem(record);
        if (keyProblem == null && record.signed() && !frame.signatureValid) {
            keyProblem = "signature does not verify under key " + record.keyId();
        }
        if (keyProblem == null) {
            keyProblem = meaningProblem(frame);
        }
        if (keyProblem != null) {
            fail(record.seq(), segment + " offset " + frame.offset, keyProblem);
            return;
        }
        pending.add(record.seq(), frame.leaf, record.prev(), record.signed(), segment, frame.offset);
        if (record.kind() == RecordKind.KEY) {
            retiredAt.put(keyInForce, record.seq());
            keyInForce = frame.introducedKey.keyId();
            keysUsed.add(keyInForce.hex());
        }
        range.append(frame.leaf);
        lastLeaf = frame.leaf;
        expectedSeq++;
        checkWitnessed();
    }

    private String keyProblem(ParsedRecord record) {
        KeyId key = record.keyId();
        if (keyInForce == null) {
            if (trust.key(key).isEmpty()) {
                return "key id " + key + " is not trusted (not in the given public keys)";
            }
            keyInForce = key;
            keysUsed.add(key.hex());
            return null;
        }
        if (key.equals(keyInForce)) {
            return null;
        }
        Long retired = retiredAt.get(key);
        return retired != null
                ? "key id " + key + " was retired by the key rotation at seq " + retired + "; the key in force is "
                        + keyInForce
                : "key id " + key + " is unknown here; the key in force is " + keyInForce;
    }

    private String meaningProblem(DecodedFrame frame) {
        ParsedRecord record = frame.record;
        switch (record.kind()) {
            case KEY -> {
                if (!record.signed()) {
                    return "a key record must carry the old key's signature";
                }
                KeyId next = frame.introducedKey.keyId();
                if (next.equals(keyInForce) || retiredAt.containsKey(next)) {
                    return "key record hands over to key " + next + ", which was already used";
                }
                Optional<PublicKey> trusted = trust.key(next);
                if (trusted.isPresent() && !trusted.get().equals(frame.introducedKey)) {
                    return "key record introduces a key with id " + next
                            + " that differs from the trusted key of that id";
                }
                return null;
            }
            case RESOLUTION -> {
                return resolutionProblem(record);
            }
            case EXECUTION -> {
                return executionProblem(record);
            }
            default -> {
                if (record.escalation()) {
                    openEscalations.put(record.seq(), frame.leaf);
                } else if (record.permit()) {
                    executions.permit(record.seq(), frame.leaf);
                }
                return null;
            }
        }
    }

    private String resolutionProblem(ParsedRecord record) {
        RecordBodies.ResolutionBody body;
        try {
            body = RecordBodies.readResolution(record);
        } catch (RecordParser.BadRecord e) {
            return e.getMessage();
        }
        byte[] hash = openEscalations.remove(body.escalationSeq());
        if (hash == null) {
            return resolved.contains(body.escalationSeq())
                    ? "resolves escalation " + body.escalationSeq() + " a second time"
                    : "resolves seq " + body.escalationSeq() + ", which is not an escalation";
        }
        if (!MessageDigest.isEqual(hash, body.escalationHash())) {
            return "resolution names escalation " + body.escalationSeq() + " with a hash that is not its record's";
        }
        resolved.add(body.escalationSeq());
        if (body.resolution().approved()) {
            executions.approved(body.escalationSeq(), hash);
        }
        return null;
    }

    /** An execution must name a PERMIT (or approved escalation) by its record's hash, once: see {@link ExecutionLinks}. */
    private String executionProblem(ParsedRecord record) {
        RecordBodies.ExecutionBody body;
        try {
            body = RecordBodies.readExecution(record);
        } catch (RecordParser.BadRecord e) {
            return e.getMessage();
        }
        String problem = executions.problem(body.decisionSeq(), body.decisionHash(), record.seq());
        if (problem != null) {
            return "execution: " + problem;
        }
        executions.executed(body.decisionSeq());
        return null;
    }

    void checkpoint(DecodedFrame frame, String segment, byte[] nextPrev) {
        String where = segment + " offset " + frame.offset;
        long after = expectedSeq;
        if (frame.problem != null) {
            fail(after, where, frame.problem);
            return;
        }
        Checkpoint checkpoint = frame.checkpoint.checkpoint();
        String label = "checkpoint of size " + checkpoint.size();
        if (!checkpoint.origin().equals(origin)) {
            fail(
                    after,
                    where,
                    label + " names origin '" + checkpoint.origin() + "', not the ledger's '" + origin + "'");
        } else if (checkpoint.size() != expectedSeq) {
            fail(after, where, label + " follows " + expectedSeq + " records");
        } else if (keyInForce == null || !frame.checkpointSigners.contains(keyInForce)) {
            fail(after, where, label + " is not signed by the key in force (" + keyInForce + ")");
        } else {
            byte[] earlier = checkpointRoots.putIfAbsent(checkpoint.size(), checkpoint.root());
            if (earlier != null && !MessageDigest.isEqual(earlier, checkpoint.root())) {
                fail(after, where, "fork: two checkpoints of size " + checkpoint.size() + " have different roots");
                return;
            }
            Optional<VerificationProblem> misfit = pending.against(checkpoint, range.root(), nextPrev);
            if (misfit.isPresent()) {
                problem = misfit.get();
                return;
            }
            pending.restart(range.copy(), lastLeaf);
            checkpoints++;
            latest = frame.checkpoint;
        }
    }

    /** A checkpoint witnessed elsewhere must match the tree at its size: otherwise the log forked. */
    private void checkWitnessed() {
        while (nextWitnessed < witnessed.size()
                && witnessed.get(nextWitnessed).checkpoint().size() == expectedSeq) {
            Checkpoint other = witnessed.get(nextWitnessed++).checkpoint();
            if (!MessageDigest.isEqual(other.root(), range.root())) {
                fail(
                        expectedSeq,
                        "",
                        "fork: a checkpoint of size " + other.size()
                                + " witnessed elsewhere has a root other than this ledger's tree of that size");
                return;
            }
        }
    }

    /** End of the ledger: records no checkpoint covers, witnessed checkpoints beyond the end. */
    void finish() {
        if (problem != null) {
            return;
        }
        Optional<VerificationProblem> tail = pending.atEnd();
        if (tail.isPresent()) {
            problem = tail.get();
            return;
        }
        if (nextWitnessed < witnessed.size()) {
            long claimed = witnessed.get(witnessed.size() - 1).checkpoint().size();
            fail(
                    expectedSeq,
                    "",
                    "a checkpoint witnessed elsewhere covers " + claimed + " records but the ledger has " + expectedSeq
                            + ": records " + expectedSeq + ".." + (claimed - 1) + " are missing (truncated)");
        }
    }

    private void fail(long seq, String where, String reason) {
        fail(new VerificationProblem(seq, where, reason));
    }

    /** Records the first problem; a chain break earlier in the open range is reported in its stead. */
    private void fail(VerificationProblem found) {
        if (problem != null) {
            return;
        }
        Optional<VerificationProblem> earlier = pending.chainBreak();
        problem = earlier.filter(p -> p.seq() <= found.seq()).orElse(found);
    }

    VerificationReport report() {
        long checked = problem == null ? expectedSeq : Math.min(expectedSeq, Math.max(0, problem.seq()));
        return new VerificationReport(
                origin == null ? "" : origin,
                checked,
                checkpoints,
                Optional.ofNullable(latest),
                List.copyOf(keysUsed),
                Optional.ofNullable(problem));
    }
}
