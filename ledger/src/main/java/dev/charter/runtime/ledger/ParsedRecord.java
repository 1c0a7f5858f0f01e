package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.KeyId;
import dev.charter.runtime.ledger.merkle.MerkleHash;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A record read back from a segment, its fields located in the segment's bytes: what recovery,
 * the writer's catch-up and the verifier need without building a JSON tree.
 *
 * @param data       the bytes holding the record
 * @param start      offset of the record's first byte
 * @param end        offset just past its last byte
 * @param unsignedEnd offset where the {@code ,"sig":…} member begins ({@code end - 1} when unsigned)
 * @param signature  the 64-byte signature, or null for a record only a checkpoint authenticates
 * @param escalation whether the record is a decision whose outcome is {@code escalate}
 * @param permit     whether the record is a decision whose outcome is {@code permit}
 */
record ParsedRecord(
        byte[] data,
        int start,
        int end,
        long seq,
        RecordKind kind,
        KeyId keyId,
        byte[] prev,
        byte[] signature,
        int unsignedEnd,
        int bodyStart,
        int bodyEnd,
        boolean escalation,
        boolean permit) {

    boolean signed() {
        return signature != null;
    }

    /** The unsigned record bytes: the stored bytes without the {@code sig} member. */
    byte[] unsignedBytes() {
        byte[] unsigned = Arrays.copyOfRange(data, start, unsignedEnd + 1);
        unsigned[unsigned.length - 1] = '}';
        return unsigned;
    }

    /** The Merkle leaf hash of the unsigned bytes; the next record's {@code prev}. */
    byte[] leafHash() {
        return signed() ? MerkleHash.leaf(unsignedBytes()) : MerkleHash.leaf(data, start, end - start);
    }

    /** The stored bytes. */
    byte[] storedBytes() {
        return Arrays.copyOfRange(data, start, end);
    }

    String body() {
        return new String(data, bodyStart, bodyEnd - bodyStart, StandardCharsets.UTF_8);
    }
}
