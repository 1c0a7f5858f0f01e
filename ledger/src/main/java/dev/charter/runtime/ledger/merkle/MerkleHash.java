package dev.charter.runtime.ledger.merkle;

import dev.charter.runtime.keys.Sha256;
import java.security.MessageDigest;

/**
 * The hash function of an RFC 6962 / RFC 9162 Merkle tree: SHA-256 with a one-byte prefix that
 * keeps leaves ({@code 0x00}) and interior nodes ({@code 0x01}) apart, so no leaf can pose as a
 * node (the second-preimage attack on plain Merkle trees). The ledger hashes its records with it,
 * and auditors check proofs with the same function in any RFC 9162 library.
 */
public final class MerkleHash {

    /** Length in bytes of every hash. */
    public static final int SIZE = Sha256.SIZE;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final byte[] EMPTY_ROOT = Sha256.of(new byte[0]);

    // One digest per thread: getInstance costs more than hashing a small record.
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

    private MerkleHash() {}

    /** The root of the empty tree: SHA-256 of no bytes. */
    public static byte[] emptyRoot() {
        return EMPTY_ROOT.clone();
    }

    /** SHA-256(0x00 || data). */
    public static byte[] leaf(byte[] data) {
        return leaf(data, 0, data.length);
    }

    /** SHA-256(0x00 || data[offset, offset + length)). */
    public static byte[] leaf(byte[] data, int offset, int length) {
        MessageDigest sha = DIGEST.get();
        sha.update(LEAF_PREFIX);
        sha.update(data, offset, length);
        return sha.digest();
    }

    /** SHA-256(0x01 || left || right); proofs under test may hold hashes of any length. */
    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha = DIGEST.get();
        sha.update(NODE_PREFIX);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }
}
