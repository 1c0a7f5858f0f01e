package dev.charter.runtime.ledger;

/**
 * Walks the frames of a segment held in memory. Each {@link #next()} either lands on an intact
 * frame (its type and payload bounds are then readable), reaches the clean end, or stops at
 * damage with a precise reason. Not thread-safe.
 */
final class FrameCursor {

    enum Step { FRAME, END, DAMAGED }

    private static final int SECTOR = 512;

    private final byte[] data;
    private final int limit;
    private int position;
    private int frameStart;
    private byte type;
    private int payloadStart;
    private int payloadEnd;
    private String damage;

    FrameCursor(byte[] data, int from, int limit) {
        this.data = data;
        this.position = from;
        this.limit = limit;
    }

    Step next() {
        return step(true);
    }

    /**
     * Like {@link #next()}, but checks only the length field: the frame's CRC and type are left
     * to {@link #contentProblem}, so that a verifier can check them on several threads. A frame
     * is intact exactly when {@code skim} lands on it and {@code contentProblem} finds nothing.
     */
    Step skim() {
        return step(false);
    }

    private Step step(boolean checkContent) {
        frameStart = position;
        if (position == limit) {
            return Step.END;
        }
        String problem = checkContent ? problemAt(position) : lengthProblem(position);
        if (problem != null) {
            damage = problem;
            return Step.DAMAGED;
        }
        int length = readInt(data, position);
        type = data[position + Frame.PREFIX];
        payloadStart = position + Frame.PREFIX + 1;
        payloadEnd = position + Frame.PREFIX + length;
        position = payloadEnd;
        return Step.FRAME;
    }

    /**
     * The offset of the first intact frame starting after {@code from}, or -1. Tells damage in
     * the middle of a segment (intact frames follow it) from a torn tail (nothing intact follows).
     */
    int findIntactFrameAfter(int from) {
        for (int p = from + 1; p + Frame.PREFIX + 1 <= limit; p++) {
            if (problemAt(p) == null) {
                return p;
            }
        }
        return -1;
    }

    /**
     * Whether the damaged bytes {@code data[from, to)} before an intact frame are an unwritten
     * hole rather than damage: sectors a crash left unwritten (they read as zeros) while later
     * ones reached the disk. Appends are synced in order, so such a hole and everything after it
     * were never acknowledged. A hole shows as a run of at least 16 zeros, or as zeros from the
     * damaged frame's start to a 512-byte sector boundary of the file ({@code base} is the file
     * offset of {@code data[0]}) covering at least its whole length field. Intact frames never
     * hold more than 7 zeros in a row nor a zero length, and bit rot does not write zeros.
     */
    boolean holdsZeroHole(int from, int to, long base) {
        int run = 0;
        for (int i = from; i < to; i++) {
            run = data[i] == 0 ? run + 1 : 0;
            if (run >= 16) {
                return true;
            }
        }
        int zeros = 0;
        while (from + zeros < to && data[from + zeros] == 0) {
            zeros++;
            if (zeros >= 4 && (base + from + zeros) % SECTOR == 0) {
                return true;
            }
        }
        return false;
    }

    private String problemAt(int p) {
        String problem = lengthProblem(p);
        return problem != null ? problem : contentProblem(data, p);
    }

    private String lengthProblem(int p) {
        int left = limit - p;
        if (left < Frame.PREFIX + 1) {
            return "incomplete frame: " + left + " bytes left, a frame needs at least " + (Frame.PREFIX + 1);
        }
        long length = readInt(data, p) & 0xFFFFFFFFL;
        if (length < 1 || length > Frame.MAX_LENGTH) {
            return "impossible frame length " + length;
        }
        if (length > left - Frame.PREFIX) {
            return "incomplete frame: its length says " + length + " bytes but " + (left - Frame.PREFIX) + " are left";
        }
        return null;
    }

    /** What is wrong with the CRC or type of the frame at {@code p}, whose length field is sound; null if nothing. */
    static String contentProblem(byte[] data, int p) {
        int length = readInt(data, p);
        int stored = readInt(data, p + 4);
        int computed = Frame.crc(data, p + Frame.PREFIX, p + Frame.PREFIX + length);
        if (stored != computed) {
            return String.format("CRC32C mismatch (stored %08x, computed %08x)", stored, computed);
        }
        if (!Frame.isKnownType(data[p + Frame.PREFIX])) {
            return "unknown frame type " + (data[p + Frame.PREFIX] & 0xFF);
        }
        return null;
    }

    static int readInt(byte[] data, int p) {
        return ((data[p] & 0xFF) << 24) | ((data[p + 1] & 0xFF) << 16) | ((data[p + 2] & 0xFF) << 8) | (data[p + 3] & 0xFF);
    }

    int frameStart() {
        return frameStart;
    }

    byte type() {
        return type;
    }

    int payloadStart() {
        return payloadStart;
    }

    int payloadEnd() {
        return payloadEnd;
    }

    String damage() {
        return damage;
    }
}
