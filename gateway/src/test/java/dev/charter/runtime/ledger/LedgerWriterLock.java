package dev.charter.runtime.ledger;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Holds a ledger directory's writer lock, for the gateway's tests ({@code DirectoryLock} is
 * package-private): while it is held, the ledger's writer cannot commit, so whatever is queued
 * stays queued and nothing new becomes durable. Release it on the thread that took it.
 */
public final class LedgerWriterLock implements AutoCloseable {

    private final DirectoryLock lock;
    private final DirectoryLock.Held held;

    private LedgerWriterLock(DirectoryLock lock, DirectoryLock.Held held) {
        this.lock = lock;
        this.held = held;
    }

    /** Takes the lock of the ledger in {@code dir}, waiting for a commit in progress to end. */
    public static LedgerWriterLock hold(Path dir) throws IOException {
        DirectoryLock lock = DirectoryLock.forWriter(dir);
        try {
            return new LedgerWriterLock(lock, lock.acquire(false));
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            held.close();
        } finally {
            lock.close();
        }
    }
}
