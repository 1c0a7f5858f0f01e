package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a writing process at random moments (decisions and execution records): every sequence number it printed as
 * acknowledged is in the ledger after restart, and the ledger verifies. Five ledgers are
 * killed ten times each, side by side (JVM start-up dominates); each run reopens its ledger, so
 * later runs also recover from the tails earlier kills left.
 */
class KillNineTest {

    private static final int LANES = 5;
    private static final int RUNS_PER_LANE = 10;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedRecordSurvivesSigkill() throws Exception {
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                Path ledger = dir.resolve("lane-" + lane);
                long seed = lane;
                results.add(lanes.submit(() -> killRepeatedly(ledger, new Random(seed))));
            }
            int acknowledged = 0;
            for (Future<Integer> result : results) {
                acknowledged += result.get();
            }
            assertTrue(acknowledged > LANES * RUNS_PER_LANE, "the children acknowledged records: " + acknowledged);
        } finally {
            lanes.shutdownNow();
        }
    }

    private static int killRepeatedly(Path ledger, Random random) throws Exception {
        TreeSet<Long> acknowledged = new TreeSet<>();
        for (int run = 0; run < RUNS_PER_LANE; run++) {
            SigningMode mode = run % 2 == 0 ? SigningMode.BATCHED : SigningMode.PER_RECORD;
            acknowledged.addAll(runAndKill(ledger, mode, 1 + random.nextInt(3), random.nextInt(300)));
            try (Ledger reopened = Ledger.open(ledger, TestLedgers.KEY, TestLedgers.small(mode))) {
                long size = reopened.size();
                assertTrue(
                        acknowledged.isEmpty() || acknowledged.last() < size,
                        ledger + " run " + run
                                + ": acknowledged seq " + (acknowledged.isEmpty() ? -1 : acknowledged.last()) + " but "
                                + size + " records");
            }
        }
        assertEquals(
                Optional.empty(),
                LedgerVerifier.verify(ledger, TestLedgers.TRUST).problem(),
                ledger.toString());
        LedgerContents contents = LedgerReader.read(ledger);
        for (long seq : acknowledged) {
            assertTrue(contents.record(seq).isPresent(), ledger + ": acknowledged seq " + seq);
        }
        return acknowledged.size();
    }

    /** Starts a writer, SIGKILLs it after {@code killAfterAcks} acknowledgements, returns what it acknowledged. */
    private static List<Long> runAndKill(Path ledger, SigningMode mode, int threads, int killAfterAcks)
            throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingWriter.class.getName(),
                        ledger.toString(),
                        mode.name(),
                        String.valueOf(threads))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Long> printed = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean killed = false;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    printed.add(Long.parseLong(line.substring(4)));
                }
                if (!killed && printed.size() >= killAfterAcks) {
                    child.toHandle().destroyForcibly(); // SIGKILL, leaving this end of the pipe open
                    killed = true;
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child exits once killed");
        return printed;
    }
}
