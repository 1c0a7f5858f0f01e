package dev.charter.runtime.ledger.merkle;

import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * Verification of RFC 9162 inclusion and consistency proofs, the checks an auditor runs with a
 * checkpoint's root hash and nothing else. Sizes and indices are unsigned 64-bit values, as in
 * the RFC and the transparency-dev test vectors. Each check returns the reason it fails, or
 * empty when the proof holds: a rejected proof is an expected outcome, not an exception.
 */
public final class MerkleProofs {

    private MerkleProofs() {}

    /**
     * Checks that the leaf with hash {@code leafHash} is at {@code index} in the tree of
     * {@code size} leaves whose root is {@code root}.
     */
    public static Optional<String> checkInclusion(
            long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (Long.compareUnsigned(index, size) >= 0) {
            return Optional.of("leaf index " + Long.toUnsignedString(index) + " is not below tree size "
                    + Long.toUnsignedString(size));
        }
        if (leafHash.length != MerkleHash.SIZE) {
            return Optional.of("leaf hash has " + leafHash.length + " bytes, not " + MerkleHash.SIZE);
        }
        int inner = innerProofSize(index, size);
        int border = Long.bitCount(shiftRight(index, inner));
        if (proof.size() != inner + border) {
            return Optional.of("inclusion proof has " + proof.size() + " hashes, expected " + (inner + border));
        }
        byte[] computed = chainInner(leafHash, proof.subList(0, inner), index);
        computed = chainBorderRight(computed, proof.subList(inner, proof.size()));
        return match("root", computed, root);
    }

    /**
     * Checks that the tree of {@code size1} leaves with root {@code root1} is a prefix of the tree
     * of {@code size2} leaves with root {@code root2}: the log only grew, nothing was rewritten.
     */
    public static Optional<String> checkConsistency(
            long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2) {
        if (Long.compareUnsigned(size2, size1) < 0) {
            return Optional.of("second size " + Long.toUnsignedString(size2) + " is below first size "
                    + Long.toUnsignedString(size1));
        }
        if (size1 == 0) {
            // Every tree extends the empty one: such a proof would prove nothing, so it is refused.
            return Optional.of("a consistency proof from the empty tree proves nothing");
        }
        if (size1 == size2) {
            return proof.isEmpty()
                    ? match("roots of equal-size trees", root1, root2)
                    : Optional.of("trees of equal size need an empty proof, got " + proof.size() + " hashes");
        }
        if (proof.isEmpty()) {
            return Optional.of("empty consistency proof between different sizes");
        }
        int shift = Long.numberOfTrailingZeros(size1);
        int inner = innerProofSize(size1 - 1, size2) - shift;
        int border = Long.bitCount(shiftRight(size1 - 1, inner + shift));
        // Unless size1 is itself a perfect subtree, the proof starts with that subtree's hash.
        boolean seedIsRoot1 = size1 == 1L << shift;
        byte[] seed = seedIsRoot1 ? root1 : proof.get(0);
        int start = seedIsRoot1 ? 0 : 1;
        if (proof.size() != start + inner + border) {
            return Optional.of(
                    "consistency proof has " + proof.size() + " hashes, expected " + (start + inner + border));
        }
        List<byte[]> path = proof.subList(start, proof.size());
        long mask = (size1 - 1) >>> shift;
        byte[] hash1 = chainInnerRight(seed, path.subList(0, inner), mask);
        hash1 = chainBorderRight(hash1, path.subList(inner, path.size()));
        Optional<String> first = match("first root", hash1, root1);
        if (first.isPresent()) {
            return first;
        }
        byte[] hash2 = chainInner(seed, path.subList(0, inner), mask);
        hash2 = chainBorderRight(hash2, path.subList(inner, path.size()));
        return match("second root", hash2, root2);
    }

    /** Levels in which the path from leaf {@code index} and the right edge of the tree diverge. */
    private static int innerProofSize(long index, long size) {
        return 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
    }

    /** Go's {@code >>}: shifting by 64 or more leaves nothing (Java would shift by the count mod 64). */
    private static long shiftRight(long value, int bits) {
        return bits >= Long.SIZE ? 0 : value >>> bits;
    }

    private static byte[] chainInner(byte[] seed, List<byte[]> proof, long index) {
        byte[] hash = seed;
        for (int i = 0; i < proof.size(); i++) {
            hash = ((index >>> i) & 1) == 0 ? MerkleHash.node(hash, proof.get(i)) : MerkleHash.node(proof.get(i), hash);
        }
        return hash;
    }

    private static byte[] chainInnerRight(byte[] seed, List<byte[]> proof, long index) {
        byte[] hash = seed;
        for (int i = 0; i < proof.size(); i++) {
            if (((index >>> i) & 1) == 1) {
                hash = MerkleHash.node(proof.get(i), hash);
            }
        }
        return hash;
    }

    private static byte[] chainBorderRight(byte[] seed, List<byte[]> proof) {
        byte[] hash = seed;
        for (byte[] sibling : proof) {
            hash = MerkleHash.node(sibling, hash);
        }
        return hash;
    }

    private static Optional<String> match(String what, byte[] computed, byte[] expected) {
        return MessageDigest.isEqual(computed, expected)
                ? Optional.empty()
                : Optional.of(what + " does not match the hash the proof leads to");
    }
}
