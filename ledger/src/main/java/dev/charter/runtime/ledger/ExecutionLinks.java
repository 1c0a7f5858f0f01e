package dev.charter.runtime.ledger;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Which decisions an execution record may name: a PERMIT decision among the last
 * {@value #PERMIT_WINDOW} permits of the ledger, or an escalation a reviewer approved; each at
 * most once. The writer ({@link LedgerState}) and the verifier ({@link ChainAudit}) apply the
 * same rule, so an execution the writer accepts is one the verifier accepts.
 *
 * <p>Permits are kept in a ring of fixed capacity (their seqs and leaf hashes, 40 bytes each,
 * grown as needed up to about 10 MiB), because most permits of a busy ledger are never executed
 * through a guard and a map of every one would grow without end; approved escalations are few,
 * and kept until executed. Not thread-safe.
 */
final class ExecutionLinks {

    /** How many of the latest PERMIT decisions an execution record may name. */
    static final int PERMIT_WINDOW = 1 << 18;

    private static final HexFormat HEX = HexFormat.of();

    private long[] seqs = new long[64];
    private byte[] leaves = new byte[64 * 32];
    private boolean[] executed = new boolean[64];
    /** Index of the oldest permit in the ring. */
    private int head;

    private int count;
    private final Map<Long, byte[]> approved = new HashMap<>();
    private final Set<Long> approvedExecuted = new HashSet<>();

    /** A PERMIT decision was recorded at {@code seq}, with leaf hash {@code leaf}. */
    void permit(long seq, byte[] leaf) {
        if (count == seqs.length && seqs.length < PERMIT_WINDOW) {
            grow();
        }
        int slot;
        if (count == seqs.length) {
            slot = head;
            head = (head + 1) % seqs.length;
        } else {
            slot = (head + count) % seqs.length;
            count++;
        }
        seqs[slot] = seq;
        System.arraycopy(leaf, 0, leaves, slot * 32, 32);
        executed[slot] = false;
    }

    private void grow() {
        int capacity = Math.min(PERMIT_WINDOW, seqs.length * 2);
        long[] newSeqs = new long[capacity];
        byte[] newLeaves = new byte[capacity * 32];
        boolean[] newExecuted = new boolean[capacity];
        for (int i = 0; i < count; i++) {
            int from = (head + i) % seqs.length;
            newSeqs[i] = seqs[from];
            System.arraycopy(leaves, from * 32, newLeaves, i * 32, 32);
            newExecuted[i] = executed[from];
        }
        seqs = newSeqs;
        leaves = newLeaves;
        executed = newExecuted;
        head = 0;
    }

    /** A reviewer approved the escalation at {@code seq}, whose record's leaf hash is {@code leaf}. */
    void approved(long seq, byte[] leaf) {
        approved.put(seq, leaf.clone());
    }

    /** The ring slot of the permit at {@code seq}, or -1 (binary search: seqs grow along the ring). */
    private int slot(long seq) {
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long at = seqs[(head + mid) % seqs.length];
            if (at < seq) {
                low = mid + 1;
            } else if (at > seq) {
                high = mid - 1;
            } else {
                return (head + mid) % seqs.length;
            }
        }
        return -1;
    }

    /**
     * The leaf hash of the decision at {@code seq} if an execution record may name it now;
     * otherwise null, and {@link #problem} says why.
     */
    byte[] executable(long seq) {
        byte[] leaf = approved.get(seq);
        if (leaf != null) {
            return approvedExecuted.contains(seq) ? null : leaf.clone();
        }
        int slot = slot(seq);
        return slot < 0 || executed[slot] ? null : Arrays.copyOfRange(leaves, slot * 32, slot * 32 + 32);
    }

    /**
     * Why an execution record may not name the decision at {@code decisionSeq} with leaf hash
     * {@code hash} (null: whatever its hash), in a ledger of {@code size} records; null when it may.
     */
    String problem(long decisionSeq, byte[] hash, long size) {
        if (decisionSeq < 0 || decisionSeq >= size) {
            return "seq " + decisionSeq + " is not a record of the ledger (it has " + size + ")";
        }
        int slot = slot(decisionSeq);
        boolean done = approved.containsKey(decisionSeq)
                ? approvedExecuted.contains(decisionSeq)
                : slot >= 0 && executed[slot];
        if (done) {
            return "the decision at seq " + decisionSeq + " already has an execution record";
        }
        byte[] leaf = executable(decisionSeq);
        if (leaf == null) {
            return count == PERMIT_WINDOW && decisionSeq < seqs[head]
                    ? "seq " + decisionSeq + " is older than the last " + PERMIT_WINDOW
                            + " permits, whose executions alone can still be recorded"
                    : "seq " + decisionSeq + " is not a PERMIT decision nor an escalation a reviewer approved";
        }
        if (hash != null && !MessageDigest.isEqual(leaf, hash)) {
            return "the execution names decision " + decisionSeq + " with hash " + HEX.formatHex(hash)
                    + ", which is not its record's (" + HEX.formatHex(leaf) + ")";
        }
        return null;
    }

    /** The decision at {@code decisionSeq} got its execution record; {@link #problem} checked it may. */
    void executed(long decisionSeq) {
        if (approved.containsKey(decisionSeq)) {
            approvedExecuted.add(decisionSeq);
            return;
        }
        int slot = slot(decisionSeq);
        if (slot >= 0) {
            executed[slot] = true;
        }
    }
}
