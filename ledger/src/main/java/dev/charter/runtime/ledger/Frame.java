package dev.charter.runtime.ledger;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * One entry of a segment file: {@code length (u32) | CRC32C (u32) | type (u8) | payload}, big
 * endian, where {@code length} counts the type byte and the payload and the CRC covers both. The
 * CRC tells a torn or garbled write from an intact frame; authenticity comes from hashes and
 * signatures inside the payload, never from the CRC.
 */
final class Frame {

    /** Bytes before the type byte: length and CRC. */
    static final int PREFIX = 8;
    /** A record: its canonical JSON. */
    static final byte RECORD = 'r';
    /** A checkpoint: a signed note. */
    static final byte CHECKPOINT = 'c';
    /** Largest accepted value of the length field; larger ones are garbage, never a real frame. */
    static final int MAX_LENGTH = 64 << 20;

    private Frame() {}

    /** Size on disk of a frame with {@code payloadLength} payload bytes. */
    static int size(int payloadLength) {
        return PREFIX + 1 + payloadLength;
    }

    /** Appends a frame to {@code out}, which must have room for {@link #size} bytes. */
    static void write(ByteBuffer out, byte type, byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(type);
        crc.update(payload, 0, payload.length);
        out.putInt(1 + payload.length);
        out.putInt((int) crc.getValue());
        out.put(type);
        out.put(payload);
    }

    static boolean isKnownType(byte type) {
        return type == RECORD || type == CHECKPOINT;
    }

    /** CRC32C of {@code data[from, to)}. */
    static int crc(byte[] data, int from, int to) {
        CRC32C crc = new CRC32C();
        crc.update(data, from, to - from);
        return (int) crc.getValue();
    }
}
