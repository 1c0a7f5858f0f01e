package dev.charter.runtime.ledger;

import dev.charter.runtime.keys.SigningKey;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one thread that writes a ledger. Callers enqueue appends; the thread takes everything
 * waiting (up to a batch), sequences, signs and frames it, writes it with one fsync, and only
 * then completes the callers' futures: while one fsync runs the next batch gathers, so
 * concurrent callers share group commits. A batch of appends that may wait (executions no one
 * waits for) waits for company up to their earliest deadline. Any write or fsync failure makes the ledger FAILED for
 * good: the fsync is not retried and every later append fails.
 */
final class LedgerWriter implements Runnable {

    private static final Append CLOSE = Append.decision(new byte[0], false, false);

    private final LedgerLog log;
    private final LedgerHistory history;
    private final DirectoryLock lock;
    private final LedgerOptions options;
    private final GroupCommitter committer;
    private final BlockingQueue<Append> queue;
    private final Consumer<LedgerState> publish;
    private final Thread thread;
    private volatile String failure;
    private volatile boolean closing;
    private long lastCheckpointNanos = System.nanoTime();
    private boolean finalCheckpoint;

    LedgerWriter(
            LedgerLog log,
            LedgerHistory history,
            DirectoryLock lock,
            LedgerOptions options,
            SigningKey signer,
            Consumer<LedgerState> publish) {
        this.log = log;
        this.history = history;
        this.lock = lock;
        this.options = options;
        this.committer = new GroupCommitter(log.state(), history, options.mode(), signer);
        this.queue = new ArrayBlockingQueue<>(options.queueCapacity());
        this.publish = publish;
        this.thread = new Thread(this, "charter-ledger-writer");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Queues {@code append}; its future completes once the record is durable, or fails. */
    void submit(Append append) {
        String failed = failure;
        if (failed != null) {
            append.done.completeExceptionally(new LedgerFailedException(failed));
            return;
        }
        if (closing) {
            append.done.completeExceptionally(new LedgerException("the ledger is closed"));
            return;
        }
        try {
            queue.put(append);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            append.done.completeExceptionally(new LedgerException("interrupted before the record was queued"));
            return;
        }
        if (!thread.isAlive() && queue.remove(append)) {
            append.done.completeExceptionally(new LedgerException("the ledger is closed"));
        }
    }

    /** Why the ledger is FAILED, or null. */
    String failure() {
        return failure;
    }

    @Override
    public void run() {
        List<Append> batch = new ArrayList<>(options.maxBatch());
        boolean stop = false;
        while (!stop) {
            batch.clear();
            Append first;
            try {
                first = queue.poll(options.pollInterval().toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                first = CLOSE;
            }
            if (first != null) {
                batch.add(first);
                queue.drainTo(batch, options.maxBatch() - 1);
                awaitCompany(batch);
            }
            stop = batch.remove(CLOSE);
            if (failure != null) {
                reject(batch);
                continue;
            }
            try {
                if (!batch.isEmpty()) {
                    commit(batch);
                } else if (!stop) {
                    idle();
                }
            } catch (IOException | LedgerCorruptedException | RuntimeException | Error e) {
                fail(e);
                reject(batch);
            }
        }
        finish();
    }

    /**
     * While every append of {@code batch} may wait, takes more appends until one arrives that may
     * not, the batch is full or the earliest deadline passes: appends that may wait share the
     * commit of the next one that may not. An interrupt closes the writer, as in {@link #run}.
     */
    private void awaitCompany(List<Append> batch) {
        Long deadline = earliestDeadline(batch, 0, null);
        while (deadline != null && batch.size() < options.maxBatch()) {
            long wait = deadline - System.nanoTime();
            if (wait <= 0) {
                return;
            }
            Append next;
            try {
                next = queue.poll(wait, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                batch.add(CLOSE);
                return;
            }
            if (next == null) {
                return;
            }
            int from = batch.size();
            batch.add(next);
            queue.drainTo(batch, options.maxBatch() - batch.size());
            deadline = earliestDeadline(batch, from, deadline);
        }
    }

    /**
     * The earliest deadline of {@code deadline} and the appends of {@code batch} from index
     * {@code from} on, all of which may wait; null when one of them may not. Deadlines are
     * {@link System#nanoTime} values, compared by their difference.
     */
    private static Long earliestDeadline(List<Append> batch, int from, Long deadline) {
        Long earliest = deadline;
        for (Append append : batch.subList(from, batch.size())) {
            if (!append.mayWait) {
                return null;
            }
            if (earliest == null || append.deadline - earliest < 0) {
                earliest = append.deadline;
            }
        }
        return earliest;
    }

    @SuppressWarnings("try") // the directory lock is held for the block, never read
    private void commit(List<Append> batch) throws IOException, LedgerCorruptedException {
        List<GroupCommitter.Sequenced> sequenced;
        List<Append> changes = new ArrayList<>();
        List<Append> records = new ArrayList<>(batch.size());
        try (DirectoryLock.Held held = lock.acquire(false)) {
            LedgerState state = prepare(!batch.isEmpty());
            for (Append append : batch) {
                (append.change != null ? changes : records).add(append);
            }
            sequenced = committer.sequence(records, options.clock().instant());
            GroupCommitter.sign(sequenced);
            SignedCheckpoint checkpoint = checkpointDue(state, !sequenced.isEmpty()) ? committer.checkpoint() : null;
            if (!sequenced.isEmpty() || checkpoint != null) {
                ByteBuffer frames = committer.frames(sequenced, checkpoint);
                log.append(frames);
            }
            if (checkpoint != null) {
                lastCheckpointNanos = System.nanoTime();
            }
            // After the batch's records, which the files now hold: a binding detached here was fed every
            // decision queued before its detach (they share this batch or came before), and one attached
            // here is built from the files up to the last of them.
            for (Append change : changes) {
                change.change.apply(history, log.state().size());
            }
        }
        publish.accept(log.state());
        for (Append change : changes) {
            change.done.complete(null);
        }
        for (GroupCommitter.Sequenced s : sequenced) {
            s.append().done.complete(s.record());
        }
    }

    /** Catches up with other writers, checks this writer's key is still in force, rolls the segment. */
    private LedgerState prepare(boolean records) throws IOException, LedgerCorruptedException {
        log.catchUp();
        LedgerState state = log.state();
        SigningKey signer = committer.signer();
        if (state.keyInForce() != null && !state.keyInForce().equals(signer.keyId())) {
            throw new KeyRetired("this writer's key " + signer.keyId()
                    + (state.isRetired(signer.keyId()) ? " was retired by a key rotation" : " is not the ledger's")
                    + "; the key in force is " + state.keyInForce());
        }
        if (records && log.segmentLength() >= options.segmentBytes() && !log.segmentIsEmpty()) {
            log.startSegment(state.size());
        }
        return state;
    }

    private boolean checkpointDue(LedgerState state, boolean wroteRecords) {
        long uncovered = state.size() - state.checkpointSize();
        if (uncovered == 0) {
            return false;
        }
        if (finalCheckpoint || (options.mode() == SigningMode.BATCHED && wroteRecords)) {
            return true;
        }
        return uncovered >= options.checkpointEvery()
                || System.nanoTime() - lastCheckpointNanos
                        >= options.checkpointInterval().toNanos();
    }

    /** No appends waiting: pick up other processes' records, write a checkpoint that fell due. */
    private void idle() throws IOException, LedgerCorruptedException {
        LedgerState state = log.state();
        boolean due = state.size() > state.checkpointSize()
                && System.nanoTime() - lastCheckpointNanos
                        >= options.checkpointInterval().toNanos();
        if (due || log.foreignChangesVisible()) {
            commit(List.of());
        }
    }

    private void finish() {
        if (failure == null) {
            try {
                LedgerState state = log.state();
                if (state.size() > state.checkpointSize()) {
                    finalCheckpoint = true;
                    commit(List.of());
                }
            } catch (IOException | LedgerCorruptedException | RuntimeException e) {
                fail(e);
            }
        }
        List<Append> left = new ArrayList<>();
        queue.drainTo(left);
        left.remove(CLOSE);
        reject(left);
    }

    private void fail(Throwable cause) {
        String why = cause instanceof KeyRetired
                ? cause.getMessage()
                : cause instanceof LedgerCorruptedException
                        ? "ledger damaged: " + cause.getMessage()
                        : cause instanceof IOException
                                ? "write or fsync failed: " + cause
                                : "internal error in the ledger writer: " + cause;
        failure = why;
    }

    private void reject(List<Append> appends) {
        String failed = failure;
        for (Append append : appends) {
            append.done.completeExceptionally(
                    failed != null ? new LedgerFailedException(failed) : new LedgerException("the ledger is closed"));
        }
    }

    /** Stops the thread after the appends already queued; a per-record ledger gets a final checkpoint. */
    void close() throws InterruptedException {
        closing = true;
        queue.put(CLOSE);
        thread.join();
    }

    /** Another writer rotated the key this writer signs with. */
    private static final class KeyRetired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyRetired(String message) {
            super(message, null, false, false);
        }
    }
}
