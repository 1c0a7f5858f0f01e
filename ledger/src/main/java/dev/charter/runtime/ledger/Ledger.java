package dev.charter.runtime.ledger;

import dev.charter.runtime.json.JsonLimits;
import dev.charter.runtime.keys.SigningKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;

/**
 * An append-only, hash-chained, Merkle-checkpointed record of decisions, stored in a directory
 * of segment files (format in {@code docs/ledger-format.md}). Opening it recovers from a crash:
 * a torn tail of the last segment is cut off, any other damage refuses with
 * {@link LedgerCorruptedException}. Appends are group-committed by one writer thread and
 * acknowledged only once durable; a write or fsync failure makes the ledger FAILED for good.
 * Several processes may append to one directory (a running agent and {@code charter escalations
 * approve}); each group commit holds the directory's lock. Thread-safe.
 *
 * <p>Decisions are recorded through {@link LedgerEngine}; this class also records the
 * resolutions of escalations, the executions of permitted actions and key rotations, and lets an
 * agent wait for a resolution.
 */
public final class Ledger implements AutoCloseable {

    /** The longest detail of an execution record. */
    public static final int MAX_EXECUTION_DETAIL = 4096;

    private final Path dir;
    private final DirectoryLock lock;
    private final LedgerLog log;
    private final LedgerWriter writer;
    private final LedgerHistory history;
    private final List<String> recoveryNotes;
    private final LedgerOptions options;
    private final ConcurrentNavigableMap<Long, CompletableFuture<Resolution>> escalations =
            new ConcurrentSkipListMap<>();
    private volatile long durableSize;

    private Ledger(
            Path dir, DirectoryLock lock, LedgerLog log, LedgerHistory history, LedgerOptions options, SigningKey key) {
        this.dir = dir;
        this.history = history;
        this.lock = lock;
        this.log = log;
        this.recoveryNotes = log.repairs();
        this.options = options;
        this.writer = new LedgerWriter(log, history, lock, options, key, this::publish);
    }

    /**
     * Opens (creating if needed) the ledger in {@code dir} for appending records signed by {@code key}.
     *
     * @throws LedgerCorruptedException when the files are damaged other than by a torn write
     * @throws LedgerException          when {@code key} is not the ledger's key in force, or the
     *                                  ledger's origin differs from the one in {@code options}
     */
    public static Ledger open(Path dir, SigningKey key, LedgerOptions options) throws IOException, LedgerException {
        return open(dir, key, options, Disk.SYSTEM);
    }

    @SuppressWarnings("try") // the directory lock is held for the block, never read
    static Ledger open(Path dir, SigningKey key, LedgerOptions options, Disk disk) throws IOException, LedgerException {
        Objects.requireNonNull(key, "key");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            if (dir.toAbsolutePath().getParent() != null) {
                disk.syncDirectory(dir.toAbsolutePath().getParent());
            }
        }
        DirectoryLock lock = DirectoryLock.forWriter(dir);
        LedgerLog log = null;
        LedgerHistory history = new LedgerHistory();
        try {
            try (DirectoryLock.Held held = lock.acquire(false)) {
                log = LedgerLog.open(dir, disk, options.origin() != null ? options.origin() : randomOrigin(), history);
            }
            LedgerState state = log.state();
            if (options.origin() != null && !options.origin().equals(state.origin())) {
                throw new LedgerException(
                        dir + " is the ledger '" + state.origin() + "', not '" + options.origin() + "'");
            }
            if (state.keyInForce() != null && !state.keyInForce().equals(key.keyId())) {
                throw new LedgerException("the ledger's key in force is " + state.keyInForce() + ", not " + key.keyId()
                        + (state.isRetired(key.keyId()) ? " (retired by a key rotation)" : ""));
            }
            Ledger ledger = new Ledger(dir, lock, log, history, options, key);
            ledger.publish(state);
            ledger.writer.start();
            return ledger;
        } catch (IOException | LedgerException | RuntimeException e) {
            if (log != null) {
                log.close();
            }
            lock.close();
            throw e;
        }
    }

    private static String randomOrigin() {
        byte[] id = new byte[16];
        new SecureRandom().nextBytes(id);
        return "charter.ledger/" + HexFormat.of().formatHex(id);
    }

    /** Called by the writer thread once records are durable: escalations opened and resolved. */
    private void publish(LedgerState state) {
        state.drainEvents(
                seq -> escalations.putIfAbsent(seq, new CompletableFuture<>()),
                resolution -> escalations
                        .computeIfAbsent(resolution.escalationSeq(), s -> new CompletableFuture<>())
                        .complete(resolution));
        durableSize = state.size();
    }

    /**
     * Queues a decision record; the future completes when it is durable, or fails (FAILED ledger,
     * or a body the reader could not read back, which is refused before anything is written).
     */
    CompletableFuture<LedgerRecord> appendDecision(byte[] canonicalBody, boolean escalation) {
        RecordLayout.DecisionScan scan = RecordLayout.scanDecision(canonicalBody);
        if (scan.problem() != null) {
            return CompletableFuture.failedFuture(new LedgerException(scan.problem()));
        }
        return submit(Append.decision(canonicalBody, escalation, scan.permit()));
    }

    /**
     * Queues a decision that reads history, decided on the writer thread at its place in the
     * ledger; the future completes when its record is durable, or fails.
     */
    CompletableFuture<LedgerRecord> appendDeferred(Append.DeferredDecision decision) {
        return submit(Append.deferred(decision));
    }

    /**
     * Attaches {@code binding}: on the writer thread, between group commits, it is built from
     * every record of the ledger and from then on fed each record the ledger takes. Returns once
     * it is attached; a binding that could not be built says why ({@link HistoryBinding#failure}).
     *
     * @throws LedgerException when the ledger is closed or FAILED
     */
    void attachHistory(HistoryBinding binding) throws LedgerException {
        await(submit(Append.historyChange((attached, size) -> attached.attach(binding, dir, size))));
    }

    /** Stops feeding {@code binding}, after the appends already queued. */
    void detachHistory(HistoryBinding binding) {
        writer.submit(Append.historyChange((attached, size) -> attached.detach(binding)));
    }

    /**
     * Records a reviewer's resolution of the escalation whose decision record is
     * {@code escalationSeq}; returns once it is durable.
     *
     * @throws LedgerException when that record is not an open escalation, or the ledger failed
     */
    public LedgerRecord resolve(long escalationSeq, ResolutionOutcome outcome, String reviewer, String reason)
            throws LedgerException {
        if (reviewer == null || reviewer.isBlank() || reason == null || outcome == null) {
            throw new LedgerException("a resolution names its outcome, a reviewer and a reason");
        }
        if ((long) reviewer.length() + reason.length() > JsonLimits.MAX_REQUEST_CHARS) {
            // Bounded like a request, so that the record fits a frame whatever the characters' escapes.
            throw new LedgerException("a resolution's reviewer and reason have more than "
                    + JsonLimits.MAX_REQUEST_CHARS + " characters");
        }
        return await(submit(Append.resolution(new Append.ResolutionRequest(escalationSeq, outcome, reviewer, reason))));
    }

    /**
     * Records that the action of the decision at {@code decisionSeq} ran and how it ended: an
     * execution record binding that decision record's hash (docs/ledger-format.md); returns once
     * it is durable.
     *
     * @param success      whether the action returned a result
     * @param resultDigest {@code sha256:<64 lower-case hex>} of the result's (or error's) text
     * @param detail       a short note, at most {@value #MAX_EXECUTION_DETAIL} characters; may be empty
     * @throws LedgerException when that record is not a PERMIT decision (among the latest
     *         {@value ExecutionLinks#PERMIT_WINDOW} permits) nor an approved escalation, already
     *         has an execution record, is not in the ledger, the arguments are malformed, or the
     *         ledger failed
     */
    public LedgerRecord recordExecution(long decisionSeq, boolean success, String resultDigest, String detail)
            throws LedgerException {
        return await(appendExecution(decisionSeq, success, resultDigest, detail));
    }

    /**
     * {@link #recordExecution} without waiting: the execution record is queued, and the future
     * completes when it is durable, or fails with the {@link LedgerException} that
     * {@code recordExecution} would throw. Nothing is written for a malformed digest or detail.
     */
    public CompletableFuture<LedgerRecord> appendExecution(
            long decisionSeq, boolean success, String resultDigest, String detail) {
        return appendExecution(decisionSeq, success, resultDigest, detail, Duration.ZERO);
    }

    /**
     * {@link #appendExecution(long, boolean, String, String)} for a caller that does not wait for
     * the record to be durable: it is queued now, in order, and committed with the next group
     * commit that another append causes, or at the latest {@code within} from now, sharing that
     * commit's write, fsync and checkpoint signature instead of causing its own. Until then a
     * crash loses it. {@code within} zero commits it as soon as the writer takes it.
     */
    public CompletableFuture<LedgerRecord> appendExecution(
            long decisionSeq, boolean success, String resultDigest, String detail, Duration within) {
        if (within == null || within.isNegative()) {
            return CompletableFuture.failedFuture(
                    new LedgerException("an execution is committed within a duration of zero or more, not " + within));
        }
        if (resultDigest == null || !resultDigest.matches(RecordBodies.RESULT_DIGEST)) {
            return CompletableFuture.failedFuture(new LedgerException(
                    "an execution's result digest is sha256:<64 lower-case hex>, not " + resultDigest));
        }
        if (detail == null || detail.length() > MAX_EXECUTION_DETAIL) {
            return CompletableFuture.failedFuture(new LedgerException(
                    "an execution's detail is a text of at most " + MAX_EXECUTION_DETAIL + " characters"));
        }
        return submit(
                Append.execution(new Append.ExecutionRequest(decisionSeq, success, resultDigest, detail), within));
    }

    /**
     * Hands the ledger over to {@code newKey}: appends a key record signed by the current key,
     * after which every record and checkpoint is signed by {@code newKey} and the old key is retired.
     */
    public LedgerRecord rotateKey(SigningKey newKey) throws LedgerException {
        return await(submit(Append.keyRotation(Objects.requireNonNull(newKey, "newKey"))));
    }

    private CompletableFuture<LedgerRecord> submit(Append append) {
        writer.submit(append);
        return append.done;
    }

    private static LedgerRecord await(CompletableFuture<LedgerRecord> done) throws LedgerException {
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException("interrupted while waiting for the record to be durable");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LedgerException cause) {
                throw cause;
            }
            throw new LedgerException("the record could not be written: " + e.getCause(), e.getCause());
        }
    }

    /**
     * The resolution of the escalation whose decision record is {@code escalationSeq}: a future
     * that completes when a reviewer resolves it (in this process or another), or already has.
     * Fails with {@link LedgerException} when that record is not an escalation.
     */
    public CompletableFuture<Resolution> resolution(long escalationSeq) {
        CompletableFuture<Resolution> future = escalations.get(escalationSeq);
        return future != null
                ? future.copy()
                : CompletableFuture.failedFuture(new LedgerException("seq " + escalationSeq + " is not an escalation"));
    }

    /** The resolution of an escalation if it has one yet; empty while it is open (or unknown). */
    public Optional<Resolution> pollResolution(long escalationSeq) {
        CompletableFuture<Resolution> future = escalations.get(escalationSeq);
        return future == null ? Optional.empty() : Optional.ofNullable(future.getNow(null));
    }

    /** The sequence numbers of escalations still waiting for a reviewer, oldest first. */
    public List<Long> openEscalations() {
        return escalations.entrySet().stream()
                .filter(e -> !e.getValue().isDone())
                .map(java.util.Map.Entry::getKey)
                .toList();
    }

    /** Number of durable records. */
    public long size() {
        return durableSize;
    }

    public String origin() {
        return log.state().origin();
    }

    /** Where {@code recorded_at} times come from. */
    java.time.Clock clock() {
        return options.clock();
    }

    public Path directory() {
        return dir;
    }

    /** Why the ledger is FAILED; empty while it records. */
    public Optional<String> failure() {
        return Optional.ofNullable(writer.failure());
    }

    /** What opening the ledger cut off as a torn tail, for the operator's log; usually empty. */
    public List<String> recoveryNotes() {
        return recoveryNotes;
    }

    /** Writes what is queued (and a final checkpoint when records are uncovered), then closes the files. */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            log.close();
            lock.close();
        }
    }
}
