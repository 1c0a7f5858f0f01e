package dev.charter.runtime.ledger;

import dev.charter.runtime.ledger.history.HistoryBatch;
import dev.charter.runtime.ledger.history.HistoryPlan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A run of whole frames of one segment, read into memory for a history rebuild, and what its
 * records hold for history once {@link #parse}d: filled on the rebuild's thread, parsed on a
 * parser thread, applied on the rebuild's thread, then reused. The bytes after its last whole
 * frame (a frame the read cut) start the next block of the segment. Not thread-safe: handed from
 * thread to thread, never shared.
 */
final class RebuildBlock {

    private final HistoryBatch batch;
    private final HistoryFields fields;
    private byte[] bytes;
    private int length;
    /** The end of the whole frames read. */
    private int end;
    /** Where {@code bytes[0]} lies in the segment file. */
    private long fileOffset;

    private Path segment;
    private int number;
    private boolean endsSegment;
    /** By record of the batch, the offset of its frame in {@code bytes}. */
    private int[] recordOffsets = new int[1024];
    /** Why a record could not be read, or null. */
    private String problem;
    /** Whether a frame failed its CRC or type check: the segment's records end there. */
    private boolean damaged;

    RebuildBlock(HistoryPlan plan, int size) {
        this.batch = new HistoryBatch(plan);
        this.fields = HistoryFields.ofRecords(plan);
        this.bytes = new byte[size];
    }

    /** Starts reading segment {@code number} (the file {@code segment}) at {@code fileOffset}. */
    void begin(Path segment, int number, long fileOffset) {
        this.segment = segment;
        this.number = number;
        this.fileOffset = fileOffset;
        this.length = 0;
        this.endsSegment = false;
    }

    /** Starts with the bytes of {@code previous} after its whole frames, and reads on where it stopped. */
    void carryFrom(RebuildBlock previous) {
        int carried = previous.length - previous.end;
        if (carried > bytes.length) {
            bytes = new byte[carried];
        }
        System.arraycopy(previous.bytes, previous.end, bytes, 0, carried);
        begin(previous.segment, previous.number, previous.fileOffset + previous.end);
        length = carried;
    }

    /**
     * Reads on from the file until the block is full or the file ends; false when it holds no
     * whole frame. The block ends its segment when the file ends or a frame's length is
     * impossible; a frame longer than the block is read whole.
     */
    boolean read(FileChannel in) throws IOException {
        while (true) {
            boolean atEnd = fill(in);
            boolean grown = false;
            int p = 0;
            while (true) {
                int left = length - p;
                if (left < Frame.PREFIX + 1) {
                    break;
                }
                long frame = FrameCursor.readInt(bytes, p) & 0xFFFFFFFFL;
                if (frame < 1 || frame > Frame.MAX_LENGTH) {
                    endsSegment = true;
                    break;
                }
                if (frame > left - Frame.PREFIX) {
                    if (p == 0 && !atEnd) {
                        bytes = Arrays.copyOf(bytes, Frame.PREFIX + (int) frame);
                        grown = true;
                    }
                    break;
                }
                p += Frame.PREFIX + (int) frame;
            }
            end = p;
            endsSegment |= atEnd;
            if (!grown) {
                return end > 0;
            }
        }
    }

    /** Reads into the rest of the block; true when the file ended first. */
    private boolean fill(FileChannel in) throws IOException {
        ByteBuffer into = ByteBuffer.wrap(bytes, length, bytes.length - length);
        while (into.hasRemaining()) {
            int n = in.read(into, fileOffset + into.position());
            if (n < 0) {
                length = into.position();
                return true;
            }
        }
        length = into.position();
        return false;
    }

    /** Checks each frame's CRC and type and reads each record into the batch; returns this block. */
    RebuildBlock parse() {
        batch.clear();
        problem = null;
        damaged = false;
        int p = 0;
        while (p < end) {
            if (FrameCursor.contentProblem(bytes, p) != null) {
                damaged = true;
                break;
            }
            int frame = FrameCursor.readInt(bytes, p);
            if (bytes[p + Frame.PREFIX] == Frame.RECORD) {
                int records = batch.size();
                try {
                    fields.addRecord(bytes, p + Frame.PREFIX + 1, p + Frame.PREFIX + frame, batch);
                } catch (RuntimeException e) {
                    batch.truncate(records);
                    problem = name() + " offset " + (fileOffset + p) + ": a record history cannot read: "
                            + e.getMessage();
                    break;
                }
                if (records == recordOffsets.length) {
                    recordOffsets = Arrays.copyOf(recordOffsets, records * 2);
                }
                recordOffsets[records] = p;
            }
            p += Frame.PREFIX + frame;
        }
        return this;
    }

    HistoryBatch batch() {
        return batch;
    }

    /** The number of the segment in the ledger's order. */
    int segment() {
        return number;
    }

    String name() {
        return segment.getFileName().toString();
    }

    /** Where the frame of record {@code r} of the batch lies in the segment file. */
    long recordOffset(int r) {
        return fileOffset + recordOffsets[r];
    }

    boolean endsSegment() {
        return endsSegment;
    }

    /** Why a record could not be read, or null: the records before it are in the batch. */
    String problem() {
        return problem;
    }

    /** Whether a frame failed its checks: the records before it are in the batch, and the segment's end there. */
    boolean damaged() {
        return damaged;
    }
}
