package dev.charter.runtime.ledger;

import dev.charter.runtime.ledger.history.HistoryIndex;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds a history index from the first records of a ledger's segment files: each frame's CRC is
 * checked and each record's fields read by {@link HistoryFields}; nothing else (no hashes, no
 * signatures, no request parse; one buffer for all segments): the writer that asks has already read and checked the ledger
 * when it opened it, and holds the directory lock, so the files hold exactly those records.
 */
final class HistoryRebuild {

    private HistoryRebuild() {}

    /**
     * Feeds records 0 … {@code size} − 1 of the ledger in {@code dir} to {@code index}.
     *
     * @throws IOException when the files cannot be read, or do not hold those records in order
     */
    static void read(Path dir, long size, HistoryFields fields, HistoryIndex index) throws IOException {
        List<Path> segments = SegmentFiles.list(dir);
        ByteBuffer buffer = ByteBuffer.allocate(0);
        for (Path segment : segments) {
            if (index.next() >= size) {
                break;
            }
            buffer = SegmentFiles.readInto(segment, buffer);
            byte[] data = buffer.array();
            int headerSize;
            try {
                headerSize = SegmentHeader.parse(data, buffer.limit()).size();
            } catch (SegmentHeader.BadHeader e) {
                throw new IOException(segment.getFileName() + ": " + e.getMessage());
            }
            FrameCursor cursor = new FrameCursor(data, headerSize, buffer.limit());
            while (index.next() < size) {
                FrameCursor.Step step = cursor.next();
                if (step != FrameCursor.Step.FRAME) {
                    break;
                }
                if (cursor.type() == Frame.RECORD) {
                    try {
                        fields.feedRecord(data, cursor.payloadStart(), cursor.payloadEnd(), index);
                    } catch (RuntimeException e) {
                        throw new IOException(segment.getFileName() + " offset " + cursor.frameStart()
                                + ": a record history cannot read: " + e.getMessage());
                    }
                }
            }
        }
        if (index.next() != size) {
            throw new IOException("the ledger's files hold " + index.next() + " records, not " + size);
        }
    }
}
