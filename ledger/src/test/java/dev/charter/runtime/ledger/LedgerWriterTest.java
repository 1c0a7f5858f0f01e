package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.keys.SigningKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Appending, reopening and sharing a ledger directory. */
class LedgerWriterTest {

    @TempDir
    Path dir;

    private static final SigningKey KEY = TestRecords.key(1);

    @Test
    void recordsAreNumberedFromZeroAndSurviveReopening() throws Exception {
        for (SigningMode mode : SigningMode.values()) {
            Path ledgerDir = dir.resolve(mode.name());
            try (Ledger ledger =
                    Ledger.open(ledgerDir, KEY, LedgerOptions.defaults().withMode(mode))) {
                List<CompletableFuture<LedgerRecord>> futures = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    futures.add(ledger.appendDecision(TestRecords.decisionBody(i), TestRecords.isEscalation(i)));
                }
                for (int i = 0; i < 50; i++) {
                    assertEquals(i, futures.get(i).get().seq());
                }
            }
            try (Ledger ledger =
                    Ledger.open(ledgerDir, KEY, LedgerOptions.defaults().withMode(mode))) {
                assertEquals(50, ledger.size());
                assertEquals(List.of(9L, 19L, 29L, 39L, 49L), ledger.openEscalations());
                assertEquals(
                        50,
                        ledger.appendDecision(TestRecords.decisionBody(50), false)
                                .get()
                                .seq());
            }
        }
    }

    @Test
    void anotherKeyCannotAppendToAnExistingLedger() throws Exception {
        try (Ledger ledger = Ledger.open(dir, KEY, LedgerOptions.defaults())) {
            ledger.appendDecision(TestRecords.decisionBody(0), false).get();
        }
        LedgerException refused = assertThrows(
                LedgerException.class, () -> Ledger.open(dir, TestRecords.key(2), LedgerOptions.defaults()));
        assertTrue(refused.getMessage().contains("key in force"), refused.getMessage());
    }

    @Test
    void twoWritersOnOneDirectoryInterleaveWithoutBreakingTheChain() throws Exception {
        LedgerOptions options =
                LedgerOptions.defaults().withPollInterval(Duration.ofMillis(5)).withSegmentBytes(4096);
        try (Ledger first = Ledger.open(dir, KEY, options);
                Ledger second = Ledger.open(dir, KEY, options)) {
            List<CompletableFuture<LedgerRecord>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add((i % 3 == 0 ? second : first).appendDecision(TestRecords.decisionBody(i), false));
            }
            for (CompletableFuture<LedgerRecord> f : futures) {
                f.get();
            }
        }
        try (Ledger reopened = Ledger.open(dir, KEY, options)) {
            assertEquals(200, reopened.size());
        }
    }

    @Test
    void aResolutionWrittenByOneWriterReachesAnAgentWaitingOnAnother() throws Exception {
        LedgerOptions options = LedgerOptions.defaults().withPollInterval(Duration.ofMillis(5));
        try (Ledger agent = Ledger.open(dir, KEY, options)) {
            long seq = agent.appendDecision(TestRecords.decisionBody(9), true)
                    .get()
                    .seq();
            CompletableFuture<Resolution> waiting = agent.resolution(seq);
            assertTrue(agent.pollResolution(seq).isEmpty());
            try (Ledger reviewer = Ledger.open(dir, KEY, options)) {
                reviewer.resolve(seq, ResolutionOutcome.APPROVE, "alice", "checked the payee");
                LedgerException twice = assertThrows(
                        LedgerException.class, () -> reviewer.resolve(seq, ResolutionOutcome.DENY, "bob", "no"));
                assertTrue(twice.getMessage().contains("already resolved"), twice.getMessage());
            }
            Resolution resolution = waiting.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals("alice", resolution.reviewer());
            assertTrue(resolution.approved());
            assertEquals(seq, resolution.escalationSeq());
        }
    }
}
