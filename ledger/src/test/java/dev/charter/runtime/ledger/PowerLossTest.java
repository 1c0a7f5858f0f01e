package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Power cut at a random operation, over thousands of seeds: after restart no acknowledged record
 * is missing or changed, and the recovered ledger verifies.
 */
class PowerLossTest {

    /** Thousands by default; {@code -Dcharter.powerloss.seeds=N} for a longer hunt. */
    private static final int SEEDS = Integer.getInteger("charter.powerloss.seeds", 2000);

    private static final int FIRST_SEED = Integer.getInteger("charter.powerloss.first", 0);

    @TempDir
    Path root;

    @Test
    void noAcknowledgedRecordIsLostAndTheRecoveredLedgerVerifies() throws Exception {
        int recoveredWithTail = 0;
        for (int seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            Path dir = root.resolve("ledger-" + seed);
            Random random = new Random(seed);
            SigningMode mode = random.nextBoolean() ? SigningMode.BATCHED : SigningMode.PER_RECORD;
            LedgerOptions options = LedgerOptions.defaults()
                    .withMode(mode)
                    .withSegmentBytes(1024 + random.nextInt(2048))
                    .withMaxBatch(1 + random.nextInt(6))
                    .withCheckpoints(1 + random.nextInt(8), Duration.ofHours(1))
                    .withOrigin("test.example/power")
                    .withClock(Clock.fixed(Instant.parse("2026-04-14T11:42:09.120Z"), ZoneOffset.UTC));
            Map<Long, String> acknowledged = new TreeMap<>();
            if (random.nextInt(4) == 0) {
                writeUntilFailure(dir, options, new PowerCutDisk(random, Integer.MAX_VALUE), random, acknowledged, 5);
            }
            PowerCutDisk disk = new PowerCutDisk(random, 1 + random.nextInt(60));
            writeUntilFailure(dir, options, disk, random, acknowledged, 30);
            disk.cutPower();

            String context = "seed " + seed + " (" + mode + ")";
            try (Ledger reopened =
                    Ledger.open(dir, TestLedgers.KEY, options, new PowerCutDisk(random, Integer.MAX_VALUE))) {
                recoveredWithTail += reopened.recoveryNotes().isEmpty() ? 0 : 1;
                assertTrue(reopened.size() >= acknowledged.size(), context + ": " + reopened.size() + " records");
            }
            LedgerContents contents = LedgerReader.read(dir);
            for (Map.Entry<Long, String> ack : acknowledged.entrySet()) {
                assertEquals(
                        ack.getValue(),
                        contents.record(ack.getKey()).map(LedgerRecord::json).orElse("(missing)"),
                        context + ": acknowledged seq " + ack.getKey());
            }
            assertEquals(
                    Optional.empty(),
                    LedgerVerifier.verify(dir, TestLedgers.TRUST).problem(),
                    context);
            TestLedgers.deleteTree(dir);
        }
        assertTrue(recoveredWithTail > SEEDS / 10, "torn tails were exercised: " + recoveredWithTail);
    }

    private static void writeUntilFailure(
            Path dir,
            LedgerOptions options,
            PowerCutDisk disk,
            Random random,
            Map<Long, String> acknowledged,
            int groups)
            throws InterruptedException {
        Ledger ledger;
        try {
            ledger = Ledger.open(dir, TestLedgers.KEY, options, disk);
        } catch (IOException | LedgerException e) {
            assertTrue(disk.dead(), "only the power cut may stop the ledger from opening: " + e);
            return;
        }
        try {
            for (int g = 0; g < groups && ledger.failure().isEmpty(); g++) {
                List<CompletableFuture<LedgerRecord>> group = new ArrayList<>();
                int size = 1 + random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    long n = acknowledged.size() * 7L + g * 5L + i;
                    group.add(ledger.appendDecision(TestRecords.decisionBody(n), TestRecords.isEscalation(n)));
                }
                for (CompletableFuture<LedgerRecord> f : group) {
                    try {
                        LedgerRecord record = f.get();
                        acknowledged.put(record.seq(), record.json());
                    } catch (ExecutionException e) {
                        assertTrue(
                                e.getCause() instanceof LedgerFailedException,
                                e.getCause().toString());
                    }
                }
            }
        } finally {
            try {
                ledger.close();
            } catch (IOException e) {
                assertTrue(disk.dead(), e.toString());
            }
        }
    }
}
