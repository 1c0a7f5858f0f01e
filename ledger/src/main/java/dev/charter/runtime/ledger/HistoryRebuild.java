package dev.charter.runtime.ledger;

import dev.charter.runtime.ledger.history.HistoryBatch;
import dev.charter.runtime.ledger.history.HistoryIndex;
import dev.charter.runtime.ledger.history.HistoryPlan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds a history index from the first records of a ledger's segment files: each frame's CRC is
 * checked and each record's fields read by {@link HistoryFields}; nothing else (no hashes, no
 * signatures, no request parse): the writer that asks has already read and checked the ledger
 * when it opened it, and holds the directory lock, so the files hold exactly those records.
 *
 * <p>The calling thread reads each segment in blocks of whole frames ({@link RebuildBlock}) and
 * hands them to a few parser threads, which check the frames' CRCs and read the records into each
 * block's {@link HistoryBatch}; it applies the parsed blocks to the index in ledger order, a
 * record at a time, while the next blocks are parsed. A frame that is damaged ends its segment's
 * records, as it would end a sequential read; a problem is reported only if a record before
 * {@code size} lies behind it.
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
        read(dir, size, index, BLOCK, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    /** {@link #read(Path, long, HistoryIndex)} with blocks of {@code blockSize} bytes parsed by {@code parsers} threads. */
    static void read(Path dir, long size, HistoryIndex index, int blockSize, int parsers) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(parsers, task -> {
            Thread thread = new Thread(task, "charter-history-rebuild-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            new Pass(dir, size, index, blockSize, pool, 2 * parsers + 2).run();
        } finally {
            pool.shutdownNow();
        }
    }

    /** One rebuild: reads, hands out and applies blocks. */
    private static final class Pass {
        private final Path dir;
        private final long size;
        private final HistoryIndex index;
        private final HistoryPlan plan;
        private final int blockSize;
        private final ExecutorService pool;
        private final int inFlight;
        private final ArrayDeque<Future<RebuildBlock>> parsing = new ArrayDeque<>();
        private final ArrayDeque<RebuildBlock> free = new ArrayDeque<>();
        /** The segment whose records ended at a damaged frame, or -1. */
        private int endedSegment = -1;

        Pass(Path dir, long size, HistoryIndex index, int blockSize, ExecutorService pool, int inFlight) {
            this.dir = dir;
            this.size = size;
            this.index = index;
            this.plan = index.plan();
            this.blockSize = blockSize;
            this.pool = pool;
            this.inFlight = inFlight;
        }

        void run() throws IOException {
            List<Path> segments = SegmentFiles.list(dir);
            for (int s = 0; s < segments.size() && index.next() < size; s++) {
                readSegment(segments.get(s), s);
            }
            while (!parsing.isEmpty()) {
                applyOldest();
            }
            if (index.next() != size) {
                throw new IOException("the ledger's files hold " + index.next() + " records, not " + size);
            }
        }

        private void readSegment(Path segment, int number) throws IOException {
            try (FileChannel in = FileChannel.open(segment, StandardOpenOption.READ)) {
                RebuildBlock block = take();
                block.begin(segment, number, headerSize(segment, in));
                while (true) {
                    if (index.next() >= size || endedSegment == number || !block.read(in)) {
                        free.add(block);
                        return;
                    }
                    RebuildBlock next = block.endsSegment() ? null : take();
                    if (next != null) {
                        next.carryFrom(block);
                    }
                    parsing.add(pool.submit(block::parse));
                    if (next == null) {
                        return;
                    }
                    block = next;
                }
            }
        }

        /** A block to fill, once fewer than {@code inFlight} are handed out. */
        private RebuildBlock take() throws IOException {
            while (parsing.size() >= inFlight) {
                applyOldest();
            }
            return free.isEmpty() ? new RebuildBlock(plan, blockSize) : free.poll();
        }

        /** The size of the segment's header, checked. */
        private static long headerSize(Path segment, FileChannel in) throws IOException {
            ByteBuffer fixed = ByteBuffer.allocate(SegmentHeader.FIXED);
            readFully(in, fixed, 0);
            int originLength = fixed.limit() < SegmentHeader.FIXED ? 0 : fixed.getShort(SegmentHeader.FIXED - 2) & 0xFFFF;
            ByteBuffer header = ByteBuffer.allocate(SegmentHeader.FIXED + originLength + 4);
            readFully(in, header, 0);
            try {
                return SegmentHeader.parse(header.array(), header.limit()).size();
            } catch (SegmentHeader.BadHeader e) {
                throw new IOException(segment.getFileName() + ": " + e.getMessage());
            }
        }

        private static void readFully(FileChannel in, ByteBuffer into, long position) throws IOException {
            long at = position;
            while (into.hasRemaining()) {
                int n = in.read(into, at);
                if (n < 0) {
                    break;
                }
                at += n;
            }
            into.flip();
        }

        /** Applies the oldest block handed out, once parsed, to the index, as far as {@code size}. */
        private void applyOldest() throws IOException {
            RebuildBlock block;
            try {
                block = parsing.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("the history rebuild was interrupted");
            } catch (ExecutionException e) {
                throw new IOException("the history rebuild failed: " + e.getCause(), e.getCause());
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
            free.add(block);
        }
    }
}
