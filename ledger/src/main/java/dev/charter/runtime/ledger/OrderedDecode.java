package dev.charter.runtime.ledger;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Decodes frames on every core while the calling thread consumes them in log order. The frames
 * are cut into chunks that helper threads and the caller claim in order; between claims the
 * caller hands every chunk already decoded, in order, to the consumer. So the order-dependent
 * checks overlap the decoding instead of waiting for all of it, and no thread sits idle while
 * chunks are left. The consumer may stop early; the call returns only once no helper touches
 * the frames any more.
 */
final class OrderedDecode<T> {

    /** Frames per chunk: enough to make a claim's cost negligible, few enough to share a segment's work evenly. */
    static final int CHUNK = 64;

    private final List<T> frames;
    private final Consumer<T> decode;
    private final int chunks;
    private final AtomicInteger nextChunk = new AtomicInteger();
    private final AtomicIntegerArray decoded;
    private final Thread caller = Thread.currentThread();
    private volatile boolean stopped;
    private volatile Throwable failure;

    private OrderedDecode(List<T> frames, Consumer<T> decode) {
        this.frames = frames;
        this.decode = decode;
        this.chunks = (frames.size() + CHUNK - 1) / CHUNK;
        this.decoded = new AtomicIntegerArray(chunks);
    }

    /**
     * Applies {@code decode} to every frame, on up to {@code helpers} threads of the common pool
     * besides the caller, and {@code consume} to each decoded frame in list order on the calling
     * thread, until {@code consume} returns false.
     *
     * @return whether every frame was consumed
     */
    static <T> boolean run(List<T> frames, int helpers, Consumer<T> decode, Predicate<T> consume) {
        return new OrderedDecode<>(frames, decode).run(helpers, consume);
    }

    private boolean run(int helpers, Predicate<T> consume) {
        for (int h = 0; h < Math.min(helpers, chunks - 1); h++) {
            ForkJoinPool.commonPool().execute(this::help);
        }
        int consumed = 0;
        boolean all = true;
        while (consumed < chunks && all) {
            if (failure != null) {
                stopped = true;
                awaitClaimedChunks();
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            }
            if (decoded.get(consumed) == 1) {
                all = consumeChunk(consumed++, consume);
            } else if (!claimAndDecode()) {
                LockSupport.park(this); // a helper is decoding the next chunk in order; it unparks the caller when done
            }
        }
        if (!all) {
            stopped = true;
            awaitClaimedChunks();
        }
        return all;
    }

    private boolean consumeChunk(int chunk, Predicate<T> consume) {
        int to = Math.min(frames.size(), (chunk + 1) * CHUNK);
        for (int i = chunk * CHUNK; i < to; i++) {
            if (!consume.test(frames.get(i))) {
                return false;
            }
        }
        return true;
    }

    private void help() {
        while (claimAndDecode()) {
            LockSupport.unpark(caller);
        }
    }

    /** Claims the next chunk and decodes it (unless the consumer stopped); false when none is left. */
    private boolean claimAndDecode() {
        int chunk = nextChunk.getAndIncrement();
        if (chunk >= chunks) {
            return false;
        }
        try {
            if (!stopped) {
                int to = Math.min(frames.size(), (chunk + 1) * CHUNK);
                for (int i = chunk * CHUNK; i < to; i++) {
                    decode.accept(frames.get(i));
                }
            }
        } catch (RuntimeException | Error e) {
            failure = e; // a bug, not a finding: the caller rethrows it rather than wait for this chunk forever
        } finally {
            decoded.set(chunk, 1);
        }
        return true;
    }

    /**
     * After a stop: waits for the chunks helpers claimed before they could see it. A chunk claimed
     * later is not decoded, and is not waited for.
     */
    private void awaitClaimedChunks() {
        int claimed = Math.min(nextChunk.get(), chunks);
        for (int chunk = 0; chunk < claimed; chunk++) {
            while (decoded.get(chunk) == 0) {
                LockSupport.park(this);
            }
        }
    }
}
