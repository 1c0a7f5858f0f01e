package dev.charter.runtime.ledger;

import dev.charter.runtime.ledger.LedgerState.Inconsistency;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The segment files of one ledger as a writer (or a reader) sees them: reads them into a
 * {@link LedgerState}, appends and syncs frames, starts new segments, and picks up what other
 * processes appended. Recovery lives here: a torn tail of the last segment is cut off (writers)
 * or ignored (readers); every other kind of damage refuses with {@link LedgerCorruptedException}.
 * Callers hold the {@link DirectoryLock} while writing or catching up. Not thread-safe.
 */
final class LedgerLog implements AutoCloseable {

    /** What to do with a torn tail of the last segment. */
    enum Tail { REPAIR, IGNORE }

    /** Sees every record and checkpoint as it is applied, in order. */
    interface Observer {
        Observer NONE = new Observer() {
        };

        default void record(ParsedRecord record) {
        }

        default void checkpoint(SignedCheckpoint checkpoint) {
        }
    }

    private final Path dir;
    private final Disk disk;
    private final Tail tail;
    private final LedgerState state;
    private final RecordParser parser = new RecordParser();
    private final List<String> repairs = new ArrayList<>();
    private final Observer observer;
    private Path segment;
    private long end;
    private int headerSize;
    private FileChannel channel;
    private boolean skippedTail;

    private LedgerLog(Path dir, Disk disk, Tail tail, LedgerState state, Observer observer) {
        this.observer = observer;
        this.dir = dir;
        this.disk = disk;
        this.tail = tail;
        this.state = state;
    }

    /**
     * Reads every segment of {@code dir}; a writer ({@link Tail#REPAIR})
     * creates the first segment of an empty ledger with {@code newOrigin} and is left ready to append.
     */
    static LedgerLog open(Path dir, Disk disk, Tail tail, String newOrigin) throws IOException, LedgerCorruptedException {
        return open(dir, disk, tail, newOrigin, Observer.NONE);
    }

    static LedgerLog open(Path dir, Disk disk, Tail tail, String newOrigin, Observer observer)
            throws IOException, LedgerCorruptedException {
        List<Path> segments = SegmentFiles.list(dir);
        String origin = segments.isEmpty() ? newOrigin : originOf(segments.get(0), newOrigin, segments.size() == 1);
        LedgerLog log = new LedgerLog(dir, disk, tail, new LedgerState(origin), observer);
        if (segments.isEmpty()) {
            if (tail == Tail.REPAIR) {
                log.startSegment(0);
            }
            return log;
        }
        for (int i = 0; i < segments.size(); i++) {
            log.segment = segments.get(i);
            log.readSegment(0, i == segments.size() - 1);
        }
        if (tail == Tail.REPAIR) {
            log.channel = disk.open(log.segment, EnumSet.of(StandardOpenOption.WRITE));
        }
        return log;
    }

    private static String originOf(Path first, String fallback, boolean onlySegment) throws IOException, LedgerCorruptedException {
        byte[] data = Files.readAllBytes(first);
        try {
            return SegmentHeader.parse(data, data.length).origin();
        } catch (SegmentHeader.BadHeader e) {
            if (onlySegment && new FrameCursor(data, 0, data.length).findIntactFrameAfter(-1) < 0) {
                return fallback; // the first segment's creation was torn: nothing in it was ever acknowledged
            }
            throw new LedgerCorruptedException(first.getFileName() + ": " + e.getMessage());
        }
    }

    LedgerState state() {
        return state;
    }

    /** What recovery cut off, for the operator; empty when nothing was torn. */
    List<String> repairs() {
        return List.copyOf(repairs);
    }

    /** Reads the current segment from {@code from} (0: from its header) to its end. */
    private void readSegment(long from, boolean lastKnown) throws IOException, LedgerCorruptedException {
        byte[] data = SegmentFiles.read(segment, from, Long.MAX_VALUE);
        String name = segment.getFileName().toString();
        int start = 0;
        if (from == 0) {
            try {
                SegmentHeader header = SegmentHeader.parse(data, data.length);
                checkHeader(header, name);
                headerSize = header.size();
                start = headerSize;
            } catch (SegmentHeader.BadHeader e) {
                boolean last = lastKnown && !laterSegmentExists();
                if (last && new FrameCursor(data, 0, data.length).findIntactFrameAfter(-1) < 0) {
                    rewriteTornHeader(e.getMessage());
                    return;
                }
                throw new LedgerCorruptedException(name + ": " + e.getMessage()
                        + (last ? "" : "; later segments exist, so this is damage, not a torn write"));
            }
        }
        int safeEnd = consume(data, start, from, name, lastKnown);
        end = from + safeEnd;
        if (safeEnd < data.length) {
            cutTail(from + safeEnd, from + data.length, name);
        }
    }

    private void checkHeader(SegmentHeader header, String name) throws LedgerCorruptedException {
        if (!header.origin().equals(state.origin())) {
            throw new LedgerCorruptedException(name + ": segment of ledger '" + header.origin() + "' in ledger '"
                    + state.origin() + "'");
        }
        if (header.firstSeq() != SegmentFiles.firstSeqOf(segment)) {
            throw new LedgerCorruptedException(name + ": its header says it starts at seq " + header.firstSeq());
        }
        if (header.firstSeq() != state.size()) {
            throw new LedgerCorruptedException(name + ": starts at seq " + header.firstSeq() + " but " + state.size()
                    + " records precede it (a segment is missing or out of place)");
        }
    }

    /**
     * Applies the frames of {@code data[start, …)} and returns where the acknowledged data ends:
     * after the last checkpoint or signed record not followed by an uncovered unsigned record.
     */
    private int consume(byte[] data, int start, long base, String name, boolean lastKnown)
            throws IOException, LedgerCorruptedException {
        FrameCursor cursor = new FrameCursor(data, start, data.length);
        List<Pending> pending = new ArrayList<>();
        int safeEnd = start;
        boolean unsignedPending = false;
        while (true) {
            FrameCursor.Step step = cursor.next();
            if (step == FrameCursor.Step.END) {
                break;
            }
            long at = base + cursor.frameStart();
            if (step == FrameCursor.Step.DAMAGED) {
                checkTornTail(cursor, at, base, name, lastKnown);
                break;
            }
            String where = name + " offset " + at;
            if (cursor.type() == Frame.RECORD) {
                ParsedRecord record = parseRecord(data, cursor, where);
                unsignedPending |= !record.signed();
                pending.add(new Pending(where, record, null));
            } else {
                pending.add(new Pending(where, null, parseCheckpoint(data, cursor, where)));
                unsignedPending = false;
            }
            if (!unsignedPending) {
                applyAll(pending);
                pending.clear();
                safeEnd = cursor.payloadEnd();
            }
        }
        if (!pending.isEmpty() && !(lastKnown && !laterSegmentExists())) {
            throw new LedgerCorruptedException(name + ": ends with records no checkpoint covers, yet later segments exist");
        }
        return safeEnd;
    }

    private void checkTornTail(FrameCursor cursor, long at, long base, String name, boolean lastKnown)
            throws IOException, LedgerCorruptedException {
        String problem = name + " offset " + at + " (after seq " + (state.size() - 1) + "): " + cursor.damage();
        if (!lastKnown || laterSegmentExists()) {
            throw new LedgerCorruptedException(problem + "; the segment is closed (later segments exist), so this is damage, not a torn write");
        }
        int intact = cursor.findIntactFrameAfter(cursor.frameStart());
        if (intact < 0) {
            return;
        }
        if (!cursor.holdsZeroHole(cursor.frameStart(), intact, base)) {
            throw new LedgerCorruptedException(problem + "; an intact frame follows at offset " + (base + intact)
                    + ", so this is damage inside the segment, not a torn write");
        }
        int later = cursor.frameOfLaterWrite(intact);
        if (later >= 0) {
            throw new LedgerCorruptedException(problem + "; the intact frame at offset " + (base + later)
                    + " follows an intact checkpoint, so it was written after the damaged bytes were durable:"
                    + " this is damage to acknowledged records, not a torn write");
        }
    }

    private ParsedRecord parseRecord(byte[] data, FrameCursor cursor, String where) throws LedgerCorruptedException {
        try {
            return parser.parse(data, cursor.payloadStart(), cursor.payloadEnd());
        } catch (RecordParser.BadRecord e) {
            throw new LedgerCorruptedException(where + " (record after seq " + (state.size() - 1) + "): " + e.getMessage());
        }
    }

    private static SignedCheckpoint parseCheckpoint(byte[] data, FrameCursor cursor, String where)
            throws LedgerCorruptedException {
        String note = new String(data, cursor.payloadStart(), cursor.payloadEnd() - cursor.payloadStart(), StandardCharsets.UTF_8);
        try {
            return SignedCheckpoint.parse(note);
        } catch (CheckpointFormatException e) {
            throw new LedgerCorruptedException(where + ": malformed checkpoint: " + e.getMessage());
        }
    }

    /** A frame read but not applied yet: a record or a checkpoint, and where it is. */
    private record Pending(String where, ParsedRecord record, SignedCheckpoint checkpoint) {
    }

    private void applyAll(List<Pending> frames) throws LedgerCorruptedException {
        for (Pending frame : frames) {
            try {
                if (frame.record() != null) {
                    state.apply(LedgerState.Entry.of(frame.record()));
                    observer.record(frame.record());
                } else {
                    state.applyCheckpoint(frame.checkpoint());
                    observer.checkpoint(frame.checkpoint());
                }
            } catch (Inconsistency | RecordParser.BadRecord e) {
                String what = frame.record() != null ? "seq " + frame.record().seq()
                        : "checkpoint after seq " + (state.size() - 1);
                throw new LedgerCorruptedException(frame.where() + ": " + what + ": " + e.getMessage());
            }
        }
    }

    /** Whether a reader left a torn or unfinished tail unread. */
    boolean skippedTail() {
        return skippedTail;
    }

    private void cutTail(long at, long length, String name) throws IOException, LedgerCorruptedException {
        if (tail == Tail.IGNORE) {
            skippedTail = true;
            return;
        }
        try (FileChannel torn = disk.open(segment, EnumSet.of(StandardOpenOption.WRITE))) {
            torn.truncate(at);
            torn.force(true);
        }
        repairs.add(name + ": cut " + (length - at) + " bytes of torn tail at offset " + at
                + " (never acknowledged: past the last durable record, seq " + (state.size() - 1) + ")");
    }

    private void rewriteTornHeader(String why) throws IOException {
        if (tail == Tail.IGNORE) {
            end = 0;
            skippedTail = true;
            return;
        }
        long firstSeq = SegmentFiles.firstSeqOf(segment);
        byte[] header = new SegmentHeader(state.origin(), firstSeq).encode();
        try (FileChannel torn = disk.open(segment, EnumSet.of(StandardOpenOption.WRITE))) {
            torn.truncate(0);
            writeFully(torn, ByteBuffer.wrap(header), 0);
            torn.force(true);
        }
        headerSize = header.length;
        end = header.length;
        repairs.add(segment.getFileName() + ": rewrote a torn segment header (" + why + ")");
    }

    private boolean laterSegmentExists() throws IOException {
        long current = SegmentFiles.firstSeqOf(segment);
        for (Path other : SegmentFiles.list(dir)) {
            if (SegmentFiles.firstSeqOf(other) > current) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies what other processes appended since this writer last wrote, repairing a torn tail
     * a crashed one left. Call with the directory lock held.
     */
    void catchUp() throws IOException, LedgerCorruptedException {
        long onDisk = channel.size();
        if (onDisk < end) {
            throw new LedgerCorruptedException(segment.getFileName() + " shrank from " + end + " to " + onDisk
                    + " bytes while this writer had it open: acknowledged records were removed");
        }
        if (onDisk > end) {
            readSegment(end, true);
        }
        Path next = SegmentFiles.segment(dir, state.size());
        while (!next.equals(segment) && Files.exists(next)) {
            channel.close();
            segment = next;
            channel = disk.open(segment, EnumSet.of(StandardOpenOption.WRITE));
            readSegment(0, true);
            next = SegmentFiles.segment(dir, state.size());
        }
    }

    /** Whether another process appears to have appended since this writer last looked (no lock needed). */
    boolean foreignChangesVisible() throws IOException {
        if (channel.size() != end) {
            return true;
        }
        Path next = SegmentFiles.segment(dir, state.size());
        return !next.equals(segment) && Files.exists(next);
    }

    /** Bytes in the current segment. */
    long segmentLength() {
        return end;
    }

    /** Whether the current segment holds no frame yet. */
    boolean segmentIsEmpty() {
        return end == headerSize;
    }

    /** Starts a new segment whose first record will be seq {@code firstSeq}, durably (file and directory). */
    void startSegment(long firstSeq) throws IOException {
        Path next = SegmentFiles.segment(dir, firstSeq);
        byte[] header = new SegmentHeader(state.origin(), firstSeq).encode();
        FileChannel created = disk.open(next, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        try {
            writeFully(created, ByteBuffer.wrap(header), 0);
            created.force(true);
            disk.syncDirectory(dir);
        } catch (IOException e) {
            created.close();
            throw e;
        }
        if (channel != null) {
            channel.close();
        }
        channel = created;
        segment = next;
        headerSize = header.length;
        end = header.length;
    }

    /** Appends {@code frames} to the current segment and makes them durable with one fsync. */
    void append(ByteBuffer frames) throws IOException {
        int length = frames.remaining();
        writeFully(channel, frames, end);
        channel.force(false);
        end += length;
    }

    private static void writeFully(FileChannel target, ByteBuffer bytes, long position) throws IOException {
        long at = position;
        while (bytes.hasRemaining()) {
            at += target.write(bytes, at);
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
