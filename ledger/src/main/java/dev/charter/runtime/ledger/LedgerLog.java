package dev.charter.runtime.ledger;

import dev.charter.runtime.ledger.LedgerRecovery.SegmentEnd;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The segment files of one ledger as its writer sees them: appends and syncs frames, starts new
 * segments, and picks up what other processes appended. What it reads, on opening and on catching
 * up, it reads through {@link LedgerRecovery}, which also repairs a torn tail. Callers hold the
 * {@link DirectoryLock} while writing or catching up. Not thread-safe.
 */
final class LedgerLog implements AutoCloseable {

    private final Path dir;
    private final Disk disk;
    private final LedgerRecovery recovery;
    private SegmentEnd current;
    private FileChannel channel;

    private LedgerLog(Path dir, Disk disk, LedgerRecovery recovery) {
        this.dir = dir;
        this.disk = disk;
        this.recovery = recovery;
    }

    /**
     * Reads every segment of {@code dir}, repairing a torn tail, and is left ready to append; the
     * first segment of an empty ledger is created with {@code newOrigin}. {@code observer} sees
     * every record read, on opening and whenever the log catches up with other processes.
     */
    static LedgerLog open(Path dir, Disk disk, String newOrigin, LedgerRecovery.Observer observer)
            throws IOException, LedgerCorruptedException {
        LedgerRecovery recovery = LedgerRecovery.readAll(dir, disk, LedgerRecovery.Tail.REPAIR, newOrigin, observer);
        LedgerLog log = new LedgerLog(dir, disk, recovery);
        Optional<SegmentEnd> last = recovery.last();
        if (last.isEmpty()) {
            log.startSegment(0);
        } else {
            log.current = last.get();
            log.channel = disk.open(log.current.segment(), EnumSet.of(StandardOpenOption.WRITE));
        }
        return log;
    }

    LedgerState state() {
        return recovery.state();
    }

    /** What recovery cut off, for the operator; empty when nothing was torn. */
    List<String> repairs() {
        return recovery.repairs();
    }

    /**
     * Applies what other processes appended since this writer last wrote, repairing a torn tail
     * a crashed one left. Call with the directory lock held.
     */
    void catchUp() throws IOException, LedgerCorruptedException {
        long onDisk = channel.size();
        if (onDisk < current.end()) {
            throw new LedgerCorruptedException(current.segment().getFileName() + " shrank from " + current.end()
                    + " to " + onDisk + " bytes while this writer had it open: acknowledged records were removed");
        }
        if (onDisk > current.end()) {
            current = recovery.readAppended(current);
        }
        Path next = SegmentFiles.segment(dir, state().size());
        while (!next.equals(current.segment()) && Files.exists(next)) {
            channel.close();
            channel = disk.open(next, EnumSet.of(StandardOpenOption.WRITE));
            current = recovery.readSegment(next, true);
            next = SegmentFiles.segment(dir, state().size());
        }
    }

    /** Whether another process appears to have appended since this writer last looked (no lock needed). */
    boolean foreignChangesVisible() throws IOException {
        if (channel.size() != current.end()) {
            return true;
        }
        Path next = SegmentFiles.segment(dir, state().size());
        return !next.equals(current.segment()) && Files.exists(next);
    }

    /** Bytes in the current segment. */
    long segmentLength() {
        return current.end();
    }

    /** Whether the current segment holds no frame yet. */
    boolean segmentIsEmpty() {
        return current.end() == current.headerSize();
    }

    /** Starts a new segment whose first record will be seq {@code firstSeq}, durably (file and directory). */
    void startSegment(long firstSeq) throws IOException {
        Path next = SegmentFiles.segment(dir, firstSeq);
        byte[] header = new SegmentHeader(state().origin(), firstSeq).encode();
        FileChannel created = disk.open(next, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        try {
            SegmentFiles.writeFully(created, ByteBuffer.wrap(header), 0);
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
        current = new SegmentEnd(next, header.length, header.length);
    }

    /** Appends {@code frames} to the current segment and makes them durable with one fsync. */
    void append(ByteBuffer frames) throws IOException {
        int length = frames.remaining();
        SegmentFiles.writeFully(channel, frames, current.end());
        channel.force(false);
        current = new SegmentEnd(current.segment(), current.headerSize(), current.end() + length);
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
