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
import java.util.Optional;

/**
 * Reads the segment files of one ledger into a {@link LedgerState}, frame by frame, and recovers
 * from a crash: a torn tail of the last segment is cut off (writers) or left unread (readers);
 * every other kind of damage refuses with {@link LedgerCorruptedException}. A writer reads
 * through it once when it opens the ledger and again whenever it catches up with what other
 * processes appended ({@link LedgerLog}); it holds the {@link DirectoryLock} meanwhile.
 * Not thread-safe.
 */
final class LedgerRecovery {

    /** What to do with a torn tail of the last segment. */
    enum Tail {
        REPAIR,
        IGNORE
    }

    /** Sees every record and checkpoint as it is applied, in order. */
    interface Observer {
        Observer NONE = new Observer() {};

        default void record(ParsedRecord record) {}

        default void checkpoint(SignedCheckpoint checkpoint) {}
    }

    /**
     * How far a segment has been read: the size of its header and where its acknowledged data
     * ends (both 0 when a reader left a torn header unread).
     */
    record SegmentEnd(Path segment, int headerSize, long end) {}

    private final Path dir;
    private final Disk disk;
    private final Tail tail;
    private final LedgerState state;
    private final RecordParser parser = new RecordParser();
    private final List<String> repairs = new ArrayList<>();
    private final Observer observer;
    private SegmentEnd last;
    private boolean skippedTail;

    private LedgerRecovery(Path dir, Disk disk, Tail tail, LedgerState state, Observer observer) {
        this.observer = observer;
        this.dir = dir;
        this.disk = disk;
        this.tail = tail;
        this.state = state;
    }

    /**
     * Reads every segment of {@code dir}; an empty ledger gets the origin {@code newOrigin}
     * (its first segment is the writer's to create).
     */
    static LedgerRecovery readAll(Path dir, Disk disk, Tail tail, String newOrigin, Observer observer)
            throws IOException, LedgerCorruptedException {
        List<Path> segments = SegmentFiles.list(dir);
        String origin = segments.isEmpty() ? newOrigin : originOf(segments.get(0), newOrigin, segments.size() == 1);
        LedgerRecovery recovery = new LedgerRecovery(dir, disk, tail, new LedgerState(origin), observer);
        for (int i = 0; i < segments.size(); i++) {
            recovery.last = recovery.readSegment(segments.get(i), i == segments.size() - 1);
        }
        return recovery;
    }

    private static String originOf(Path first, String fallback, boolean onlySegment)
            throws IOException, LedgerCorruptedException {
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

    /** How far {@link #readAll} read the last segment; empty when the ledger has none. */
    Optional<SegmentEnd> last() {
        return Optional.ofNullable(last);
    }

    /** What recovery cut off, for the operator; empty when nothing was torn. */
    List<String> repairs() {
        return List.copyOf(repairs);
    }

    /** Whether a reader left a torn or unfinished tail unread. */
    boolean skippedTail() {
        return skippedTail;
    }

    /** Reads {@code segment} from its header to its end. */
    SegmentEnd readSegment(Path segment, boolean lastKnown) throws IOException, LedgerCorruptedException {
        byte[] data = SegmentFiles.read(segment, 0, Long.MAX_VALUE);
        String name = segment.getFileName().toString();
        SegmentHeader header;
        try {
            header = SegmentHeader.parse(data, data.length);
        } catch (SegmentHeader.BadHeader e) {
            boolean lastSegment = lastKnown && !laterSegmentExists(segment);
            if (lastSegment && new FrameCursor(data, 0, data.length).findIntactFrameAfter(-1) < 0) {
                return rewriteTornHeader(segment, e.getMessage());
            }
            throw new LedgerCorruptedException(name + ": " + e.getMessage()
                    + (lastSegment ? "" : "; later segments exist, so this is damage, not a torn write"));
        }
        checkHeader(header, segment, name);
        long end = readFrames(segment, data, header.size(), 0, lastKnown);
        return new SegmentEnd(segment, header.size(), end);
    }

    /** Reads what was appended to the last segment past {@code known}, where its acknowledged data ended. */
    SegmentEnd readAppended(SegmentEnd known) throws IOException, LedgerCorruptedException {
        byte[] data = SegmentFiles.read(known.segment(), known.end(), Long.MAX_VALUE);
        long end = readFrames(known.segment(), data, 0, known.end(), true);
        return new SegmentEnd(known.segment(), known.headerSize(), end);
    }

    /**
     * Applies the frames of {@code data[start, …)}, which lie at {@code base} in {@code segment},
     * cuts (or skips) a torn tail, and returns where the acknowledged data ends in the segment.
     */
    private long readFrames(Path segment, byte[] data, int start, long base, boolean lastKnown)
            throws IOException, LedgerCorruptedException {
        String name = segment.getFileName().toString();
        int safeEnd = consume(segment, data, start, base, name, lastKnown);
        if (safeEnd < data.length) {
            cutTail(segment, base + safeEnd, base + data.length, name);
        }
        return base + safeEnd;
    }

    private void checkHeader(SegmentHeader header, Path segment, String name) throws LedgerCorruptedException {
        if (!header.origin().equals(state.origin())) {
            throw new LedgerCorruptedException(
                    name + ": segment of ledger '" + header.origin() + "' in ledger '" + state.origin() + "'");
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
    private int consume(Path segment, byte[] data, int start, long base, String name, boolean lastKnown)
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
                checkTornTail(segment, cursor, at, base, name, lastKnown);
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
        if (!pending.isEmpty() && !(lastKnown && !laterSegmentExists(segment))) {
            throw new LedgerCorruptedException(
                    name + ": ends with records no checkpoint covers, yet later segments exist");
        }
        return safeEnd;
    }

    private void checkTornTail(Path segment, FrameCursor cursor, long at, long base, String name, boolean lastKnown)
            throws IOException, LedgerCorruptedException {
        String problem = name + " offset " + at + " (after seq " + (state.size() - 1) + "): " + cursor.damage();
        if (!lastKnown || laterSegmentExists(segment)) {
            throw new LedgerCorruptedException(
                    problem + "; the segment is closed (later segments exist), so this is damage, not a torn write");
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
            throw new LedgerCorruptedException(
                    where + " (record after seq " + (state.size() - 1) + "): " + e.getMessage());
        }
    }

    private static SignedCheckpoint parseCheckpoint(byte[] data, FrameCursor cursor, String where)
            throws LedgerCorruptedException {
        String note = new String(
                data, cursor.payloadStart(), cursor.payloadEnd() - cursor.payloadStart(), StandardCharsets.UTF_8);
        try {
            return SignedCheckpoint.parse(note);
        } catch (CheckpointFormatException e) {
            throw new LedgerCorruptedException(where + ": malformed checkpoint: " + e.getMessage());
        }
    }

    /** A frame read but not applied yet: a record or a checkpoint, and where it is. */
    private record Pending(String where, ParsedRecord record, SignedCheckpoint checkpoint) {}

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
                String what = frame.record() != null
                        ? "seq " + frame.record().seq()
                        : "checkpoint after seq " + (state.size() - 1);
                throw new LedgerCorruptedException(frame.where() + ": " + what + ": " + e.getMessage());
            }
        }
    }

    private void cutTail(Path segment, long at, long length, String name) throws IOException {
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

    private SegmentEnd rewriteTornHeader(Path segment, String why) throws IOException {
        if (tail == Tail.IGNORE) {
            skippedTail = true;
            return new SegmentEnd(segment, 0, 0);
        }
        long firstSeq = SegmentFiles.firstSeqOf(segment);
        byte[] header = new SegmentHeader(state.origin(), firstSeq).encode();
        try (FileChannel torn = disk.open(segment, EnumSet.of(StandardOpenOption.WRITE))) {
            torn.truncate(0);
            SegmentFiles.writeFully(torn, ByteBuffer.wrap(header), 0);
            torn.force(true);
        }
        repairs.add(segment.getFileName() + ": rewrote a torn segment header (" + why + ")");
        return new SegmentEnd(segment, header.length, header.length);
    }

    private boolean laterSegmentExists(Path segment) throws IOException {
        long current = SegmentFiles.firstSeqOf(segment);
        for (Path other : SegmentFiles.list(dir)) {
            if (SegmentFiles.firstSeqOf(other) > current) {
                return true;
            }
        }
        return false;
    }
}
