package dev.charter.runtime.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A disk that loses power after a given number of write operations: the operation that hits the
 * limit and every later one fail, and {@link #cutPower()} then does to each file what a power
 * loss may: everything written since its last fsync is dropped, cut short, garbled or zeroed,
 * and files created since their directory's last fsync may vanish. Tests see whether an
 * acknowledged record survives all of it.
 */
final class PowerCutDisk implements Disk {

    private final Random random;
    private final Map<Path, Long> syncedLength = new HashMap<>();
    private final Set<Path> createdSinceDirectorySync = new HashSet<>();
    private final boolean tears;
    private int operationsLeft;
    private boolean dead;

    /** A disk that fails after {@code operationsBeforeFailure} operations ({@code Integer.MAX_VALUE}: never). */
    PowerCutDisk(Random random, int operationsBeforeFailure) {
        this.random = random;
        this.operationsLeft = operationsBeforeFailure;
        this.tears = operationsBeforeFailure != Integer.MAX_VALUE;
    }

    synchronized boolean dead() {
        return dead;
    }

    private synchronized void operation(String what) throws IOException {
        if (dead || --operationsLeft < 0) {
            dead = true;
            throw new IOException("simulated power loss during " + what);
        }
    }

    @Override
    public synchronized FileChannel open(Path file, Set<? extends OpenOption> options) throws IOException {
        operation("open");
        boolean existed = Files.exists(file);
        FileChannel channel = FileChannel.open(file, options);
        if (!existed) {
            createdSinceDirectorySync.add(file);
            syncedLength.put(file, 0L);
        } else {
            syncedLength.putIfAbsent(file, channel.size());
        }
        return new Channel(file, channel);
    }

    /** Durability is what this disk simulates, so it skips the real (slow) directory fsync. */
    @Override
    public void syncDirectory(Path dir) throws IOException {
        operation("directory fsync");
        synchronized (this) {
            createdSinceDirectorySync.removeIf(f -> dir.equals(f.getParent()));
        }
    }

    /** Applies the power loss to the files; the disk stays dead. */
    synchronized void cutPower() throws IOException {
        dead = true;
        for (Path file : createdSinceDirectorySync) {
            if (random.nextBoolean()) {
                Files.deleteIfExists(file);
            }
        }
        for (Map.Entry<Path, Long> entry : syncedLength.entrySet()) {
            Path file = entry.getKey();
            if (!Files.exists(file)) {
                continue;
            }
            long synced = entry.getValue();
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
                long length = channel.size();
                if (length > synced) {
                    damageUnsynced(channel, synced, length);
                }
            }
        }
    }

    private void damageUnsynced(FileChannel channel, long synced, long length) throws IOException {
        int unsynced = (int) (length - synced);
        int kept = random.nextInt(unsynced + 1);
        switch (random.nextInt(5)) {
            case 0 -> channel.truncate(synced);
            case 1 -> channel.truncate(synced + kept);
            case 2 -> overwrite(channel, synced, randomBytes(unsynced));
            case 3 -> {
                channel.truncate(synced + kept);
                int garbage = random.nextInt(unsynced + 64);
                overwrite(channel, synced + kept, randomBytes(garbage));
            }
            default -> {
                // Sectors never written back read as zeros, later ones may have been written: a
                // hole from the synced length to a sector boundary, the rest as written.
                long holeEnd = (synced / 512 + 1 + random.nextInt(4)) * 512;
                if (holeEnd - synced < 4 || holeEnd > length) {
                    channel.truncate(synced);
                } else {
                    overwrite(channel, synced, new byte[(int) (holeEnd - synced)]);
                }
            }
        }
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void overwrite(FileChannel channel, long at, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long position = at;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
    }

    /** Forwards to a real channel, failing once the power is gone and noting what was synced. */
    private final class Channel extends ForwardingChannel {
        private final Path file;

        Channel(Path file, FileChannel real) {
            super(real);
            this.file = file;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            operation("write");
            if (tears && random.nextInt(8) == 0 && src.remaining() > 1) {
                // A write cut short by the power loss that follows it.
                ByteBuffer part = src.duplicate();
                part.limit(part.position() + random.nextInt(src.remaining()));
                real.write(part, position);
                synchronized (PowerCutDisk.this) {
                    dead = true;
                }
                throw new IOException("simulated power loss in the middle of a write");
            }
            return real.write(src, position);
        }

        /** Notes what is now durable; the real fsync is skipped, durability being simulated. */
        @Override
        public void force(boolean metaData) throws IOException {
            operation("fsync");
            synchronized (PowerCutDisk.this) {
                syncedLength.put(file, real.size());
            }
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            operation("truncate");
            real.truncate(size);
            return this;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            operation("write");
            return real.write(src);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            operation("write");
            return real.write(srcs, offset, length);
        }
    }
}
