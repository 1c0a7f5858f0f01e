package dev.charter.runtime.ledger;

/**
 * Walks the frames of a segment held in memory. Each {@link #next()} either lands on an intact
 * frame (its type and payload bounds are then readable), reaches the clean end, or stops at
 * damage with a precise reason. Not thread-safe.
 */
final class FrameCursor {

    enum Step {
        FRAME,
        END,
        DAMAGED
    }

    private static final int SECTOR = 512;
    /** Bytes of a frame's length field. */
    private static final int LENGTH_FIELD = 4;

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
     * ones reached the disk. A disk writes whole sectors, so such a hole is a run of zeros that
     * ends at a 512-byte sector boundary of the file ({@code base} is the file offset of
     * {@code data[0]}) and either starts at the damaged frame's start, covering at least its
     * length field (the torn write began there; the rest of its sector was never written back),
     * or spans a whole sector. Intact frames never hold more than 7 zeros in a row nor a zero
     * length, and bit rot does not write zeros; zeros that do not line up with sectors (16 of
     * them in the middle of a record, say) are damage.
     */
    boolean holdsZeroHole(int from, int to, long base) {
        int runStart = from;
        for (int i = from; i < to; i++) {
            if (data[i] != 0) {
                runStart = i + 1;
                continue;
            }
            int run = i + 1 - runStart;
            if ((base + i + 1) % SECTOR == 0 && ((runStart == from && run >= LENGTH_FIELD) || run >= SECTOR)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The offset of an intact frame, at or after the intact frame at {@code from}, that follows
     * an intact checkpoint at or after {@code from}; -1 if there is none. A writer ends every
     * write with its checkpoint, if it has one, and starts a write only once the previous one is
     * durable: such a frame proves that everything before that checkpoint was durable, so damage
     * before {@code from} hit acknowledged data, not a torn last write.
     */
    int frameOfLaterWrite(int from) {
        FrameCursor walk = new FrameCursor(data, from, limit);
        boolean afterCheckpoint = false;
        while (true) {
            Step step = walk.next();
            if (step == Step.END) {
                return -1;
            }
            if (step == Step.DAMAGED) {
                int next = walk.findIntactFrameAfter(walk.frameStart());
                if (next < 0) {
                    return -1;
                }
                walk.position = next;
                continue;
            }
            if (afterCheckpoint) {
                return walk.frameStart();
            }
            afterCheckpoint = walk.type() == Frame.CHECKPOINT;
        }
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
        return ((data[p] & 0xFF) << 24)
                | ((data[p + 1] & 0xFF) << 16)
                | ((data[p + 2] & 0xFF) << 8)
                | (data[p + 3] & 0xFF);
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
