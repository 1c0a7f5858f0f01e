package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.KeyFormatException;
import dev.charter.runtime.keys.KeyId;
import dev.charter.runtime.keys.PublicKey;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One frame of a segment as the verifier decodes it: the parts that need no knowledge of the
 * frames before it (CRC, parsing, hashing, signature checks against the keys known when the
 * segment starts), so that frames are decoded in parallel and only the cheap, order-dependent
 * checks run in sequence. A frame signed by a key introduced since the segment started is
 * checked again, in sequence, by {@link #checkSignatures}.
 */
final class DecodedFrame {

    private static final ThreadLocal<RecordParser> PARSER = ThreadLocal.withInitial(RecordParser::new);

    final long offset;
    private final byte[] data;
    private final int from;
    private final int to;
    byte type;
    /** Why the frame itself (CRC, type) is damaged; null when intact. */
    String damage;

    ParsedRecord record;
    byte[] leaf;
    PublicKey introducedKey;
    SignedCheckpoint checkpoint;
    /** Why the intact frame is not a well-formed record or checkpoint; null when it is. */
    String problem;

    boolean signatureValid;
    /** Whether a signature names a key the last {@link #checkSignatures} did not know. */
    boolean unknownSigner;

    Set<KeyId> checkpointSigners = Set.of();

    /** The frame at {@code data[offset]}, whose length field is sound, its payload {@code data[from, to)}. */
    DecodedFrame(int offset, byte[] data, int from, int to) {
        this.offset = offset;
        this.data = data;
        this.from = from;
        this.to = to;
    }

    /** Checks the CRC and type, then decodes and checks signatures against {@code keys}. */
    void decode(Map<KeyId, PublicKey> keys) {
        damage = FrameCursor.contentProblem(data, (int) offset);
        if (damage == null) {
            type = data[from - 1];
            decode();
            checkSignatures(keys);
        }
    }

    /** Parses and hashes; notes the key a key record introduces. */
    private void decode() {
        if (type == Frame.RECORD) {
            try {
                record = PARSER.get().parse(data, from, to);
                leaf = record.leafHash();
                if (record.kind() == RecordKind.KEY) {
                    introducedKey = RecordBodies.readNewKey(record);
                }
            } catch (RecordParser.BadRecord e) {
                problem = e.getMessage();
            }
            return;
        }
        String note = new String(data, from, to - from, StandardCharsets.UTF_8);
        try {
            checkpoint = SignedCheckpoint.parse(note);
            if (!checkpoint.text().equals(note)) {
                problem = "checkpoint note is not in its one canonical form";
            }
        } catch (CheckpointFormatException e) {
            problem = "malformed checkpoint: " + e.getMessage();
        }
    }

    /** Checks signatures against every key known so far; whether a key may sign here is decided later. */
    void checkSignatures(Map<KeyId, PublicKey> keys) {
        if (problem != null) {
            return;
        }
        unknownSigner = false;
        if (record != null && record.signed()) {
            PublicKey key = keys.get(record.keyId());
            unknownSigner = key == null;
            signatureValid =
                    key != null && key.verify(RecordLayout.RECORD_DOMAIN, record.unsignedBytes(), record.signature());
        }
        if (checkpoint != null) {
            for (String name : checkpoint.signerNames()) {
                try {
                    KeyId id = KeyId.parse(name);
                    PublicKey key = keys.get(id);
                    unknownSigner |= key == null;
                    if (key != null && !checkpointSigners.contains(id) && checkpoint.isSignedBy(key)) {
                        if (checkpointSigners.isEmpty()) {
                            checkpointSigners = new HashSet<>(2);
                        }
                        checkpointSigners.add(id);
                    }
                } catch (KeyFormatException e) {
                    // A signature by a name that is no key id: signed-note verifiers ignore unknown signers.
                }
            }
        }
    }
}
