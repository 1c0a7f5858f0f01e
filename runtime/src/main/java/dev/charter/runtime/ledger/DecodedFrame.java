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
 * frames before it (parsing, hashing, signature checks against known keys), so that frames are
 * decoded in parallel and only the cheap, order-dependent checks run in sequence.
 */
final class DecodedFrame {

    private static final ThreadLocal<RecordParser> PARSER = ThreadLocal.withInitial(RecordParser::new);

    final long offset;
    final byte type;
    private final byte[] data;
    private final int from;
    private final int to;
    ParsedRecord record;
    byte[] leaf;
    PublicKey introducedKey;
    SignedCheckpoint checkpoint;
    String problem;
    boolean signatureValid;
    final Set<KeyId> checkpointSigners = new HashSet<>();

    DecodedFrame(long offset, byte type, byte[] data, int from, int to) {
        this.offset = offset;
        this.type = type;
        this.data = data;
        this.from = from;
        this.to = to;
    }

    /** Parses and hashes; notes the key a key record introduces. */
    void decode() {
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
        if (record != null && record.signed()) {
            PublicKey key = keys.get(record.keyId());
            signatureValid = key != null
                    && key.verify(RecordLayout.RECORD_DOMAIN, record.unsignedBytes(), record.signature());
        }
        if (checkpoint != null) {
            for (String name : checkpoint.signerNames()) {
                try {
                    KeyId id = KeyId.parse(name);
                    PublicKey key = keys.get(id);
                    if (key != null && checkpoint.isSignedBy(key)) {
                        checkpointSigners.add(id);
                    }
                } catch (KeyFormatException e) {
                    // A signature by a name that is no key id: signed-note verifiers ignore unknown signers.
                }
            }
        }
    }
}
