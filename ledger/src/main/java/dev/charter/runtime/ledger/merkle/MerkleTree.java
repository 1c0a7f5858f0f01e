package dev.charter.runtime.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * A Merkle tree over a fixed list of leaf hashes that produces RFC 9162 roots and proofs for any
 * prefix of it: what {@code charter ledger proof} hands an auditor. Perfect subtrees are hashed
 * once and cached, so a proof costs O(log n) hashes after an O(n) first use. Not thread-safe.
 */
public final class MerkleTree {

    private final List<byte[]> leaves;
    // levels.get(k).get(i) is the hash of the perfect subtree of leaves [i * 2^k, (i + 1) * 2^k).
    private final List<List<byte[]>> levels = new ArrayList<>();

    /** The tree whose leaves have the given RFC 6962 leaf hashes. */
    public MerkleTree(List<byte[]> leafHashes) {
        this.leaves = List.copyOf(leafHashes);
        levels.add(leaves);
        for (List<byte[]> level = leaves; level.size() > 1; ) {
            List<byte[]> up = new ArrayList<>(level.size() / 2);
            for (int i = 0; i + 1 < level.size(); i += 2) {
                up.add(MerkleHash.node(level.get(i), level.get(i + 1)));
            }
            levels.add(up);
            level = up;
        }
    }

    /** Number of leaves. */
    public long size() {
        return leaves.size();
    }

    /** The root of the tree of the first {@code size} leaves. */
    public byte[] root(long size) {
        checkSize(size);
        return size == 0 ? MerkleHash.emptyRoot() : hash(0, size).clone();
    }

    /** The inclusion proof of leaf {@code index} in the tree of the first {@code size} leaves. */
    public List<byte[]> inclusionProof(long index, long size) {
        checkSize(size);
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path(index, 0, size, proof);
        return List.copyOf(proof);
    }

    /** The proof that the first {@code size1} leaves are a prefix of the first {@code size2}. */
    public List<byte[]> consistencyProof(long size1, long size2) {
        checkSize(size2);
        if (size1 < 0 || size1 > size2) {
            throw new IllegalArgumentException("size " + size1 + " is not a prefix of size " + size2);
        }
        List<byte[]> proof = new ArrayList<>();
        if (size1 > 0 && size1 < size2) {
            subproof(size1, 0, size2, true, proof);
        }
        return List.copyOf(proof);
    }

    // RFC 9162 section 2.1.3.1, PATH(m, D[start:end]) with m relative to start.
    private void path(long m, long start, long end, List<byte[]> proof) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, start, start + k, proof);
            proof.add(hash(start + k, end));
        } else {
            path(m - k, start + k, end, proof);
            proof.add(hash(start, start + k));
        }
    }

    // RFC 9162 section 2.1.4.1, SUBPROOF(m, D[start:end], b).
    private void subproof(long m, long start, long end, boolean wholeSubtree, List<byte[]> proof) {
        long n = end - start;
        if (m == n) {
            if (!wholeSubtree) {
                proof.add(hash(start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, start + k, wholeSubtree, proof);
            proof.add(hash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, proof);
            proof.add(hash(start, start + k));
        }
    }

    /** MTH(D[start:end]) for a non-empty range. */
    private byte[] hash(long start, long end) {
        long n = end - start;
        int level = Long.numberOfTrailingZeros(n);
        if (n == 1L << level && start % n == 0) {
            return levels.get(level).get((int) (start >>> level));
        }
        long k = largestPowerOfTwoBelow(n);
        return MerkleHash.node(hash(start, start + k), hash(start + k, end));
    }

    private void checkSize(long size) {
        if (size < 0 || size > leaves.size()) {
            throw new IllegalArgumentException("tree size " + size + " is outside 0.." + leaves.size());
        }
    }

    /** The largest power of two strictly below {@code n}, for n ≥ 2. */
    private static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }
}
