package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.KeyId;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * One record of a ledger, as appended or read back: its sequence number, kind, key id, stored
 * canonical JSON and Merkle leaf hash. Immutable.
 */
public final class LedgerRecord {

    private final long seq;
    private final RecordKind kind;
    private final KeyId keyId;
    private final byte[] stored;
    private final int bodyFrom;
    private final int bodyTo;
    private final byte[] leafHash;
    private final boolean signed;

    LedgerRecord(
            long seq,
            RecordKind kind,
            KeyId keyId,
            byte[] stored,
            int bodyFrom,
            int bodyTo,
            byte[] leafHash,
            boolean signed) {
        this.seq = seq;
        this.kind = kind;
        this.keyId = keyId;
        this.stored = stored;
        this.bodyFrom = bodyFrom;
        this.bodyTo = bodyTo;
        this.leafHash = leafHash;
        this.signed = signed;
    }

    static LedgerRecord of(ParsedRecord record) {
        return new LedgerRecord(
                record.seq(),
                record.kind(),
                record.keyId(),
                record.storedBytes(),
                record.bodyStart() - record.start(),
                record.bodyEnd() - record.start(),
                record.leafHash(),
                record.signed());
    }

    public long seq() {
        return seq;
    }

    public RecordKind kind() {
        return kind;
    }

    /** The key that signed the record, or whose checkpoint covers it. */
    public KeyId keyId() {
        return keyId;
    }

    /** Whether the record carries its own signature (per-record mode, and every key record). */
    public boolean signed() {
        return signed;
    }

    /** The record as stored: canonical JSON, {@code sig} included when signed. */
    public String json() {
        return new String(stored, StandardCharsets.UTF_8);
    }

    /** The stored bytes themselves, for readers in this package that do not change them. */
    byte[] storedBytes() {
        return stored;
    }

    /** The canonical JSON of the record's body. */
    public String body() {
        return new String(stored, bodyFrom, bodyTo - bodyFrom, StandardCharsets.UTF_8);
    }

    /** The RFC 6962 leaf hash of the unsigned record: the next record's {@code prev}. */
    public byte[] leafHash() {
        return leafHash.clone();
    }

    public String leafHashHex() {
        return HexFormat.of().formatHex(leafHash);
    }

    @Override
    public String toString() {
        return "seq " + seq + " " + kind.label();
    }
}
