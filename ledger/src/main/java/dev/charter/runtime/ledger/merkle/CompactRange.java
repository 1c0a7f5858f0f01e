package dev.charter.runtime.ledger.merkle;

import java.util.Arrays;

/**
 * The right edge of a growing Merkle tree: one hash per perfect subtree (one per set bit of the
 * size), enough to append a leaf and compute the root in O(log n) without keeping the leaves.
 * The ledger writer and the verifier hold one each. Not thread-safe; {@link #copy()} snapshots.
 */
public final class CompactRange {

    private byte[][] peaks = new byte[8][];
    private int count;
    private long size;

    /** The range of the empty tree. */
    public CompactRange() {}

    private CompactRange(CompactRange other) {
        this.peaks = Arrays.copyOf(other.peaks, other.peaks.length);
        this.count = other.count;
        this.size = other.size;
    }

    /** Number of leaves appended so far. */
    public long size() {
        return size;
    }

    /** Appends the leaf whose RFC 6962 leaf hash is {@code leafHash}. */
    public void append(byte[] leafHash) {
        byte[] hash = leafHash;
        // Each trailing one bit of the old size is a perfect subtree that the new leaf completes.
        for (long s = size; (s & 1) == 1; s >>>= 1) {
            hash = MerkleHash.node(peaks[--count], hash);
        }
        if (count == peaks.length) {
            peaks = Arrays.copyOf(peaks, count * 2);
        }
        peaks[count++] = hash;
        size++;
    }

    /** The root hash of the tree of the leaves appended so far. */
    public byte[] root() {
        if (count == 0) {
            return MerkleHash.emptyRoot();
        }
        byte[] root = peaks[count - 1];
        for (int i = count - 2; i >= 0; i--) {
            root = MerkleHash.node(peaks[i], root);
        }
        return count == 1 ? root.clone() : root;
    }

    /** An independent copy of this range. */
    public CompactRange copy() {
        return new CompactRange(this);
    }
}
