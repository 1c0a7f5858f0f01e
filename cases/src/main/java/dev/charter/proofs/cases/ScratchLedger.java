package dev.charter.proofs.cases;

import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerException;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.RecordedDecision;
import dev.charter.runtime.ledger.ResolutionOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real ledger in a temporary directory for one test: a {@link LedgerEngine} over the test's
 * engine whose clock the test sets, so that each record carries the time the test gives it (a
 * history window counts records by their recorded time). Deleted when closed.
 */
final class ScratchLedger implements AutoCloseable {

    private static final String REVIEWER = "charter test";

    private final Path dir;
    private final SettableClock clock;
    private final LedgerEngine engine;

    private ScratchLedger(Path dir, SettableClock clock, LedgerEngine engine) {
        this.dir = dir;
        this.clock = clock;
        this.engine = engine;
    }

    /** A fresh, empty ledger recording {@code engine}'s decisions, signed with {@code key}. */
    static ScratchLedger open(Engine engine, SigningKey key, Instant start) throws IOException, LedgerException {
        Path dir = Files.createTempDirectory("charter-test-ledger");
        SettableClock clock = new SettableClock(start);
        try {
            LedgerEngine ledgerEngine =
                    LedgerEngine.open(engine, dir, key, LedgerOptions.defaults().withClock(clock));
            return new ScratchLedger(dir, clock, ledgerEngine);
        } catch (IOException | LedgerException | RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    /** Decides {@code request} and records it at {@code time}; returns once it is durable. */
    RecordedDecision decide(Request request, Instant time) {
        clock.set(time);
        return engine.record(request);
    }

    /** Parses, decides and records {@code json} at {@code time}; a malformed request is recorded as a DENY. */
    RecordedDecision decideJson(String json, Instant time) {
        clock.set(time);
        return engine.recordJson(json);
    }

    /** Records a reviewer's answer to the escalation recorded at {@code seq}, at {@code time}. */
    void resolve(long seq, boolean approved, Instant time) throws LedgerException {
        clock.set(time);
        engine.ledger()
                .resolve(
                        seq,
                        approved ? ResolutionOutcome.APPROVE : ResolutionOutcome.DENY,
                        REVIEWER,
                        "resolved by the test file");
    }

    @Override
    public void close() throws IOException {
        try {
            engine.close();
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the scratch ledger " + dir + " could not be deleted", e);
        }
    }

    /** A clock that reads the time the test last set; the ledger's writer reads it for each record. */
    private static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant time) {
            now = time;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            if (zone.equals(ZoneOffset.UTC)) {
                return this;
            }
            throw new UnsupportedOperationException("the scratch ledger's clock is in UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
