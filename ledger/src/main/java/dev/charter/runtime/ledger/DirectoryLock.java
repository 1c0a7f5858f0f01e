package dev.charter.runtime.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutual exclusion between everything that appends to one ledger directory, within this JVM and
 * across processes: a running agent and {@code charter escalations approve} may both append. A
 * writer holds it for one group commit at a time; a verifier holds it shared while it notes how
 * long each segment is. File locks are per process, so a per-directory lock in this JVM guards
 * the file lock.
 */
final class DirectoryLock implements AutoCloseable {

    private static final ConcurrentMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;

    private DirectoryLock(ReentrantLock local, FileChannel channel) {
        this.local = local;
        this.channel = channel;
    }

    /** The lock of {@code dir} for a writer, creating the lock file if needed. */
    static DirectoryLock forWriter(Path dir) throws IOException {
        FileChannel channel = FileChannel.open(
                dir.resolve(SegmentFiles.LOCK),
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        return new DirectoryLock(localLock(dir), channel);
    }

    /**
     * The lock of {@code dir} for a reader; without a lock file (a copy of a ledger handed to an
     * auditor, say) there is no writer to exclude and only the in-JVM lock is taken.
     */
    static DirectoryLock forReader(Path dir) throws IOException {
        FileChannel channel = null;
        if (Files.exists(dir.resolve(SegmentFiles.LOCK))) {
            try {
                channel = FileChannel.open(dir.resolve(SegmentFiles.LOCK), StandardOpenOption.READ);
            } catch (NoSuchFileException e) {
                channel = null;
            }
        }
        return new DirectoryLock(localLock(dir), channel);
    }

    private static ReentrantLock localLock(Path dir) throws IOException {
        return IN_THIS_JVM.computeIfAbsent(dir.toRealPath(), d -> new ReentrantLock());
    }

    /** Holds the lock until the returned handle is closed. */
    Held acquire(boolean shared) throws IOException {
        local.lock();
        try {
            FileLock fileLock = channel == null ? null : channel.lock(0, Long.MAX_VALUE, shared);
            return new Held(fileLock);
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }

    /** One holding of the lock. */
    final class Held implements AutoCloseable {
        private final FileLock fileLock;

        private Held(FileLock fileLock) {
            this.fileLock = fileLock;
        }

        @Override
        public void close() throws IOException {
            try {
                if (fileLock != null) {
                    fileLock.release();
                }
            } finally {
                local.unlock();
            }
        }
    }
}
