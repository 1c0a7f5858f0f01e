package dev.charter.runtime.ledger;

import dev.charter.runtime.ledger.history.HistoryBatch;
import dev.charter.runtime.ledger.history.HistoryIndex;
import dev.charter.runtime.ledger.history.HistoryPlan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds a history index from the first records of a ledger's segment files: each frame's CRC is
 * checked and each record's fields read by {@link HistoryFields}; nothing else (no hashes, no
 * signatures, no request parse): the writer that asks has already read and checked the ledger
 * when it opened it, and holds the directory lock, so the files hold exactly those records.
 *
 * <p>Three stages, so that the index's own thread only applies: a reader thread reads each
 * segment in blocks of whole frames ({@link RebuildBlock}) and hands them to a few parser threads,
 * which check the frames' CRCs and read the records into each block's {@link HistoryBatch}; the
 * calling thread applies the parsed blocks to the index in ledger order, a record at a time, and
 * hands each block back to the reader. A frame that is damaged ends its segment's records, as it
 * would end a sequential read; a problem is reported only if a record before {@code size} lies
 * behind it.
 */
final class HistoryRebuild {

    /** Bytes read per block: small enough to be parsed while still in the cache. */
    static final int BLOCK = 1 << 20;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private HistoryRebuild() {}

    /**
     * Feeds records 0 … {@code size} − 1 of the ledger in {@code dir} to {@code index}.
     *
     * @throws IOException when the files cannot be read, or do not hold those records in order
     */
    static void read(Path dir, long size, HistoryIndex index) throws IOException {
        read(
                dir,
                size,
                index,
                BLOCK,
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    /** {@link #read(Path, long, HistoryIndex)} with blocks of {@code blockSize} bytes parsed by {@code parsers} threads. */
    static void read(Path dir, long size, HistoryIndex index, int blockSize, int parsers) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(parsers, task -> thread(task, "parser"));
        Reader reader = new Reader(dir, index.plan(), blockSize, 2 * parsers + 2, pool);
        Thread reading = thread(reader::run, "reader");
        reading.start();
        try {
            apply(reader, size, index);
        } finally {
            reading.interrupt();
            pool.shutdownNow();
            joinUninterruptibly(reading);
        }
    }

    /** Applies the parsed blocks, in ledger order, as far as record {@code size}. */
    private static void apply(Reader reader, long size, HistoryIndex index) throws IOException {
        int endedSegment = -1;
        while (index.next() < size) {
            RebuildBlock block = reader.nextParsed();
            if (block == null) {
                break;
            }
            if (block.segment() != endedSegment) {
                HistoryBatch batch = block.batch();
                for (int r = 0; r < batch.size() && index.next() < size; r++) {
                    try {
                        index.apply(batch, r);
                    } catch (RuntimeException e) {
                        throw new IOException(block.name() + " offset " + block.recordOffset(r)
                                + ": a record history cannot read: " + e.getMessage());
                    }
                }
                if (block.problem() != null && index.next() < size) {
                    throw new IOException(block.problem());
                }
                if (block.damaged()) {
                    endedSegment = block.segment();
                }
            }
            reader.recycle(block);
        }
        if (index.next() != size) {
            throw new IOException("the ledger's files hold " + index.next() + " records, not " + size);
        }
    }

    /** The size of the header of the segment file {@code segment}, read from {@code in} and checked. */
    static long headerSize(Path segment, FileChannel in) throws IOException {
        ByteBuffer fixed = ByteBuffer.allocate(SegmentHeader.FIXED);
        readFully(in, fixed);
        int originLength = fixed.limit() < SegmentHeader.FIXED ? 0 : fixed.getShort(SegmentHeader.FIXED - 2) & 0xFFFF;
        ByteBuffer header = ByteBuffer.allocate(SegmentHeader.FIXED + originLength + 4);
        readFully(in, header);
        try {
            return SegmentHeader.parse(header.array(), header.limit()).size();
        } catch (SegmentHeader.BadHeader e) {
            throw new IOException(segment.getFileName() + ": " + e.getMessage());
        }
    }

    private static void readFully(FileChannel in, ByteBuffer into) throws IOException {
        while (into.hasRemaining()) {
            if (in.read(into, into.position()) < 0) {
                break;
            }
        }
        into.flip();
    }

    private static Thread thread(Runnable task, String role) {
        Thread thread = new Thread(task, "charter-history-" + role + "-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads the segments, block by block, and hands each block to the parsers; the blocks, as
     * their parses complete, come out of {@link #nextParsed} in ledger order. At most
     * {@code blocks} blocks are out at once: the reader waits for one to be recycled.
     */
    private static final class Reader {
        /** Stands after the last block. */
        private static final Future<RebuildBlock> END = CompletableFuture.completedFuture(null);

        private final Path dir;
        private final HistoryPlan plan;
        private final int blockSize;
        private final int blocks;
        private final ExecutorService pool;
        private final BlockingQueue<RebuildBlock> free;
        private final BlockingQueue<Future<RebuildBlock>> parsed = new LinkedBlockingQueue<>();
        private int made;

        Reader(Path dir, HistoryPlan plan, int blockSize, int blocks, ExecutorService pool) {
            this.dir = dir;
            this.plan = plan;
            this.blockSize = blockSize;
            this.blocks = blocks;
            this.pool = pool;
            this.free = new ArrayBlockingQueue<>(blocks);
        }

        void run() {
            try {
                List<Path> segments = SegmentFiles.list(dir);
                for (int s = 0; s < segments.size(); s++) {
                    readSegment(segments.get(s), s);
                }
                parsed.add(END);
            } catch (InterruptedException e) {
                // the rebuild stopped: it reads no further
            } catch (IOException e) {
                parsed.add(CompletableFuture.failedFuture(e));
            } catch (RuntimeException | Error e) {
                // never leave the applying thread waiting for a block that will not come
                parsed.add(CompletableFuture.failedFuture(new IOException("the history reader failed: " + e, e)));
            }
        }

        /** The next block in ledger order, parsed; null after the last. */
        RebuildBlock nextParsed() throws IOException {
            try {
                return parsed.take().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("the history rebuild was interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IOException("the history rebuild failed: " + e.getCause(), e.getCause());
            }
        }

        /** Takes back a block that has been applied. */
        void recycle(RebuildBlock block) {
            free.add(block);
        }

        private void readSegment(Path segment, int number) throws IOException, InterruptedException {
            try (FileChannel in = FileChannel.open(segment, StandardOpenOption.READ)) {
                RebuildBlock block = take();
                block.begin(segment, number, headerSize(segment, in));
                while (block.read(in)) {
                    RebuildBlock next = block.endsSegment() ? null : take();
                    if (next != null) {
                        next.carryFrom(block);
                    }
                    parsed.add(pool.submit(block::parse));
                    if (next == null) {
                        return;
                    }
                    block = next;
                }
                free.add(block);
            }
        }

        private RebuildBlock take() throws InterruptedException {
            if (free.isEmpty() && made < blocks) {
                made++;
                return new RebuildBlock(plan, blockSize);
            }
            return free.take();
        }
    }
}
