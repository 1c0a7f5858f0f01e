package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.KeyId;
import dev.charter.runtime.keys.PublicKey;
import dev.charter.runtime.ledger.merkle.CompactRange;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What a ledger writer knows about the log it appends to: size, last leaf hash, the Merkle tree's
 * right edge, the key in force, open escalations, and which decisions an execution may still
 * name ({@link ExecutionLinks}). Records are applied in order with their
 * chain, key and escalation rules checked; signatures are the verifier's business. Guarded by
 * the writer: not thread-safe.
 */
final class LedgerState {

    private static final HexFormat HEX = HexFormat.of();

    private final String origin;
    private final CompactRange range = new CompactRange();
    private final Set<KeyId> retired = new HashSet<>();
    private final Map<Long, byte[]> openEscalations = new TreeMap<>();
    private final Map<Long, Resolution> resolutions = new HashMap<>();
    private final List<Long> newlyOpened = new ArrayList<>();
    private final List<Resolution> newlyResolved = new ArrayList<>();
    private final ExecutionLinks executions = new ExecutionLinks();
    private long size;
    private byte[] lastLeaf = RecordLayout.GENESIS_PREV;
    private KeyId keyInForce;
    private long checkpointSize;

    LedgerState(String origin) {
        this.origin = origin;
    }

    /**
     * What applying a record needs to know: its header, leaf hash, a decision's effect (escalate,
     * permit) and, for resolutions, executions and key rotations, what its body says.
     */
    record Entry(
            long seq,
            byte[] prev,
            RecordKind kind,
            KeyId key,
            boolean signed,
            byte[] leaf,
            boolean escalation,
            boolean permit,
            RecordBodies.ResolutionBody resolution,
            RecordBodies.ExecutionBody execution,
            PublicKey newKey) {

        /** The entry of a record read back from a segment; reads the body of resolutions, executions and key records. */
        static Entry of(ParsedRecord record) throws RecordParser.BadRecord {
            RecordBodies.ResolutionBody resolution =
                    record.kind() == RecordKind.RESOLUTION ? RecordBodies.readResolution(record) : null;
            RecordBodies.ExecutionBody execution =
                    record.kind() == RecordKind.EXECUTION ? RecordBodies.readExecution(record) : null;
            PublicKey newKey = record.kind() == RecordKind.KEY ? RecordBodies.readNewKey(record) : null;
            return new Entry(
                    record.seq(),
                    record.prev(),
                    record.kind(),
                    record.keyId(),
                    record.signed(),
                    record.leafHash(),
                    record.escalation(),
                    record.permit(),
                    resolution,
                    execution,
                    newKey);
        }
    }

    /** Applies the next record. */
    void apply(Entry entry) throws Inconsistency {
        if (entry.seq() != size) {
            throw new Inconsistency("expected seq " + size + " but found seq " + entry.seq());
        }
        if (!MessageDigest.isEqual(entry.prev(), lastLeaf)) {
            throw new Inconsistency("prev " + HEX.formatHex(entry.prev()) + " is not the hash of the record before it ("
                    + HEX.formatHex(lastLeaf) + ")");
        }
        checkKey(entry.key());
        if (entry.kind() == RecordKind.KEY) {
            rotate(entry);
        } else if (entry.kind() == RecordKind.RESOLUTION) {
            checkResolution(entry.resolution());
        } else if (entry.kind() == RecordKind.EXECUTION) {
            String problem = executions.problem(
                    entry.execution().decisionSeq(), entry.execution().decisionHash(), size);
            if (problem != null) {
                throw new Inconsistency(problem);
            }
        }
        if (keyInForce == null) {
            keyInForce = entry.key();
        }
        if (entry.escalation()) {
            openEscalations.put(entry.seq(), entry.leaf());
            newlyOpened.add(entry.seq());
        }
        range.append(entry.leaf());
        lastLeaf = entry.leaf();
        size++;
        if (entry.permit()) {
            executions.permit(entry.seq(), entry.leaf());
        } else if (entry.kind() == RecordKind.EXECUTION) {
            executions.executed(entry.execution().decisionSeq());
        }
        if (entry.kind() == RecordKind.RESOLUTION) {
            byte[] escalated = openEscalations.remove(entry.resolution().escalationSeq());
            if (entry.resolution().resolution().approved()) {
                executions.approved(entry.resolution().escalationSeq(), escalated);
            }
            resolutions.put(
                    entry.resolution().escalationSeq(), entry.resolution().resolution());
            newlyResolved.add(entry.resolution().resolution());
        }
    }

    private void checkKey(KeyId key) throws Inconsistency {
        if (keyInForce != null && !keyInForce.equals(key)) {
            throw new Inconsistency(
                    retired.contains(key)
                            ? "record made under key " + key + ", which a key rotation retired; the key in force is "
                                    + keyInForce
                            : "record made under key " + key + ", but the key in force is " + keyInForce);
        }
    }

    private void rotate(Entry entry) throws Inconsistency {
        if (!entry.signed()) {
            throw new Inconsistency("a key record must carry the old key's signature");
        }
        String problem = rotationProblem(entry.key(), entry.newKey().keyId());
        if (problem != null) {
            throw new Inconsistency("key record " + problem);
        }
        retired.add(entry.key());
        keyInForce = entry.newKey().keyId();
    }

    /**
     * Why {@code signer} cannot hand the ledger over to {@code next}, or null when it can: a key
     * can be brought in only once, so neither the key in force nor a retired key qualifies.
     */
    String rotationProblem(KeyId signer, KeyId next) {
        if (next.equals(signer)) {
            return "hands over to key " + next + ", which is already the key in force";
        }
        return retired.contains(next) ? "hands over to key " + next + ", which a key rotation already retired" : null;
    }

    /** Why escalation {@code escalationSeq} cannot be resolved now, or null when it is open. */
    String resolutionProblem(long escalationSeq) {
        if (openEscalations.containsKey(escalationSeq)) {
            return null;
        }
        Resolution earlier = resolutions.get(escalationSeq);
        return earlier != null
                ? "escalation " + escalationSeq + " was already resolved at seq " + earlier.seq()
                : "seq " + escalationSeq + " is not an open escalation";
    }

    private void checkResolution(RecordBodies.ResolutionBody body) throws Inconsistency {
        String problem = resolutionProblem(body.escalationSeq());
        if (problem != null) {
            throw new Inconsistency(problem);
        }
        if (!MessageDigest.isEqual(openEscalations.get(body.escalationSeq()), body.escalationHash())) {
            throw new Inconsistency(
                    "resolution names escalation " + body.escalationSeq() + " with a hash that is not its record's");
        }
    }

    /**
     * Why an execution record may not name the decision at {@code decisionSeq} now, or null when
     * it may; see {@link ExecutionLinks}.
     */
    String executionProblem(long decisionSeq) {
        return executions.problem(decisionSeq, null, size);
    }

    /** The leaf hash of the decision at {@code decisionSeq}, which {@link #executionProblem} found executable. */
    byte[] executableDecision(long decisionSeq) {
        return executions.executable(decisionSeq);
    }

    /** Checks a checkpoint against the records applied so far (the root, not the signature). */
    void applyCheckpoint(SignedCheckpoint signed) throws Inconsistency {
        Checkpoint checkpoint = signed.checkpoint();
        if (!checkpoint.origin().equals(origin)) {
            throw new Inconsistency(
                    "checkpoint origin '" + checkpoint.origin() + "' is not the ledger's ('" + origin + "')");
        }
        if (checkpoint.size() != size) {
            throw new Inconsistency("checkpoint of size " + checkpoint.size() + " follows " + size + " records");
        }
        if (!MessageDigest.isEqual(checkpoint.root(), range.root())) {
            throw new Inconsistency(
                    "checkpoint root does not match the Merkle root of the " + size + " records before it");
        }
        checkpointSize = size;
    }

    String origin() {
        return origin;
    }

    long size() {
        return size;
    }

    byte[] lastLeaf() {
        return lastLeaf;
    }

    CompactRange range() {
        return range;
    }

    /** The key that signs the next record; null while the ledger is empty. */
    KeyId keyInForce() {
        return keyInForce;
    }

    boolean isRetired(KeyId key) {
        return retired.contains(key);
    }

    long checkpointSize() {
        return checkpointSize;
    }

    /** The leaf hash of the open escalation at {@code seq}, or null. */
    byte[] openEscalation(long seq) {
        return openEscalations.get(seq);
    }

    Map<Long, byte[]> openEscalations() {
        return Collections.unmodifiableMap(openEscalations);
    }

    Map<Long, Resolution> resolutions() {
        return Collections.unmodifiableMap(resolutions);
    }

    Resolution resolution(long escalationSeq) {
        return resolutions.get(escalationSeq);
    }

    /**
     * Hands over the escalations opened and resolved since the last call. The writer calls it
     * only once the records are durable, so nobody learns of a resolution that could still be lost.
     */
    void drainEvents(Consumer<Long> opened, Consumer<Resolution> resolved) {
        newlyOpened.forEach(opened);
        newlyOpened.clear();
        newlyResolved.forEach(resolved);
        newlyResolved.clear();
    }

    /** A record that does not follow from the ones before it. */
    static final class Inconsistency extends Exception {
        private static final long serialVersionUID = 1L;

        Inconsistency(String message) {
            super(message);
        }
    }
}
