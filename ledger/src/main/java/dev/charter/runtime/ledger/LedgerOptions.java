package dev.charter.runtime.ledger;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a ledger writer behaves. Start from {@link #defaults()} and change what you need:
 * {@code LedgerOptions.defaults().withMode(SigningMode.PER_RECORD)}.
 *
 * @param mode               per-record signatures or one signed checkpoint per group commit
 * @param checkpointEvery    per-record mode: a checkpoint after at most this many records
 * @param checkpointInterval per-record mode: a checkpoint at least this often while records arrive
 * @param segmentBytes       a new segment is started once the current one reaches this size
 * @param maxBatch           most records in one group commit
 * @param queueCapacity      most appends waiting for a group commit; callers beyond it wait
 * @param pollInterval       how often an idle writer looks for records other processes appended
 * @param origin             checkpoint origin of a new ledger; null for a random one (an existing
 *                           ledger keeps its own)
 * @param clock              source of the {@code recorded_at} times
 */
public record LedgerOptions(
        SigningMode mode,
        int checkpointEvery,
        Duration checkpointInterval,
        long segmentBytes,
        int maxBatch,
        int queueCapacity,
        Duration pollInterval,
        String origin,
        Clock clock) {

    public LedgerOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(checkpointInterval, "checkpointInterval");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(clock, "clock");
        if (checkpointEvery < 1 || segmentBytes < 1024 || maxBatch < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException(
                    "checkpointEvery, maxBatch and queueCapacity must be positive, segmentBytes >= 1024");
        }
        if (origin != null && Checkpoint.originProblem(origin) != null) {
            throw new IllegalArgumentException(Checkpoint.originProblem(origin));
        }
    }

    /** Batched signing, 64 MiB segments, group commits of up to 4096 records. */
    public static LedgerOptions defaults() {
        return new LedgerOptions(
                SigningMode.BATCHED,
                1000,
                Duration.ofSeconds(1),
                64L << 20,
                4096,
                65536,
                Duration.ofMillis(50),
                null,
                Clock.systemUTC());
    }

    public LedgerOptions withMode(SigningMode value) {
        return new LedgerOptions(
                value,
                checkpointEvery,
                checkpointInterval,
                segmentBytes,
                maxBatch,
                queueCapacity,
                pollInterval,
                origin,
                clock);
    }

    public LedgerOptions withCheckpoints(int everyRecords, Duration interval) {
        return new LedgerOptions(
                mode, everyRecords, interval, segmentBytes, maxBatch, queueCapacity, pollInterval, origin, clock);
    }

    public LedgerOptions withSegmentBytes(long value) {
        return new LedgerOptions(
                mode, checkpointEvery, checkpointInterval, value, maxBatch, queueCapacity, pollInterval, origin, clock);
    }

    public LedgerOptions withMaxBatch(int value) {
        return new LedgerOptions(
                mode,
                checkpointEvery,
                checkpointInterval,
                segmentBytes,
                value,
                queueCapacity,
                pollInterval,
                origin,
                clock);
    }

    public LedgerOptions withPollInterval(Duration value) {
        return new LedgerOptions(
                mode, checkpointEvery, checkpointInterval, segmentBytes, maxBatch, queueCapacity, value, origin, clock);
    }

    public LedgerOptions withOrigin(String value) {
        return new LedgerOptions(
                mode,
                checkpointEvery,
                checkpointInterval,
                segmentBytes,
                maxBatch,
                queueCapacity,
                pollInterval,
                value,
                clock);
    }

    public LedgerOptions withClock(Clock value) {
        return new LedgerOptions(
                mode,
                checkpointEvery,
                checkpointInterval,
                segmentBytes,
                maxBatch,
                queueCapacity,
                pollInterval,
                origin,
                value);
    }
}
