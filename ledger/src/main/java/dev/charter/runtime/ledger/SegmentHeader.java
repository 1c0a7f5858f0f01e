package dev.charter.runtime.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The first bytes of every segment file: {@code "CHLEDGER" | version (u16) | first seq (u64) |
 * origin length (u16) | origin (UTF-8) | CRC32C (u32)}. Each segment names the ledger it belongs
 * to (its checkpoint origin) and the sequence number its first record has, so a segment that is
 * moved, swapped or dropped is noticed before any record is read.
 */
record SegmentHeader(String origin, long firstSeq) {

    static final int VERSION = 1;
    private static final byte[] MAGIC = "CHLEDGER".getBytes(StandardCharsets.US_ASCII);
    /** Bytes before the origin. */
    static final int FIXED = MAGIC.length + 2 + 8 + 2;

    byte[] encode() {
        byte[] originBytes = origin.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(FIXED + originBytes.length + 4);
        out.put(MAGIC)
                .putShort((short) VERSION)
                .putLong(firstSeq)
                .putShort((short) originBytes.length)
                .put(originBytes);
        out.putInt(Frame.crc(out.array(), 0, out.position()));
        return out.array();
    }

    int size() {
        return FIXED + origin.getBytes(StandardCharsets.UTF_8).length + 4;
    }

    /** Reads the header at the start of {@code data}; the problem, if any, is the exception's message. */
    static SegmentHeader parse(byte[] data, int limit) throws BadHeader {
        if (limit < FIXED + 4) {
            throw new BadHeader("segment header incomplete: " + limit + " bytes");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (data[i] != MAGIC[i]) {
                throw new BadHeader("not a Charter ledger segment (bad magic bytes)");
            }
        }
        ByteBuffer in = ByteBuffer.wrap(data, 0, limit);
        in.position(MAGIC.length);
        int version = in.getShort() & 0xFFFF;
        long firstSeq = in.getLong();
        int originLength = in.getShort() & 0xFFFF;
        if (limit < FIXED + originLength + 4) {
            throw new BadHeader("segment header incomplete: origin of " + originLength + " bytes cut short");
        }
        int crcAt = FIXED + originLength;
        int stored = FrameCursor.readInt(data, crcAt);
        int computed = Frame.crc(data, 0, crcAt);
        if (stored != computed) {
            throw new BadHeader(
                    String.format("segment header CRC32C mismatch (stored %08x, computed %08x)", stored, computed));
        }
        if (version != VERSION) {
            throw new BadHeader(
                    "segment format version " + version + " is not supported (this build reads " + VERSION + ")");
        }
        return new SegmentHeader(new String(data, FIXED, originLength, StandardCharsets.UTF_8), firstSeq);
    }

    /** Why a segment header cannot be read. */
    static final class BadHeader extends Exception {
        private static final long serialVersionUID = 1L;

        BadHeader(String message) {
            super(message);
        }
    }
}
