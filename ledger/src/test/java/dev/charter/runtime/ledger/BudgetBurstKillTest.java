package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ledger.history.Aggregate;
import dev.charter.runtime.ledger.history.HistoryBatch;
import dev.charter.runtime.ledger.history.HistoryPlan;
import dev.charter.runtime.ledger.history.HistoryTime;
import dev.charter.runtime.ledger.history.NaiveHistory;
import dev.charter.runtime.ledger.history.TestBatches;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a process in the middle of a budget burst (refunds from several threads, escalations
 * approved at once), again and again on one ledger: after each kill the ledger reopens, the
 * history state rebuilt from it equals the naive reference over the surviving records, every
 * acknowledged decision and resolution is there as acknowledged, every refund decision is the one
 * the program makes from the records before it, and no customer was permitted beyond the budget.
 */
class BudgetBurstKillTest {

    private static final int RUNS = 8;

    @TempDir
    Path dir;

    @Test
    void aBudgetBurstSurvivesSigkillWithinItsBudget() throws Exception {
        Path ledger = dir.resolve("ledger");
        Random random = new Random(9);
        Map<Long, String> acknowledged = new TreeMap<>();
        HistoryPlan plan = HistoryPlans.of(BudgetProgram.program());
        for (int run = 0; run < RUNS; run++) {
            SigningMode mode = run % 2 == 0 ? SigningMode.BATCHED : SigningMode.PER_RECORD;
            acknowledged.putAll(runAndKill(ledger, mode, 2 + random.nextInt(3), run, 20 + random.nextInt(150)));
            HistoryBinding rebuilt = new HistoryBinding(plan);
            try (Ledger reopened = Ledger.open(ledger, TestLedgers.KEY, TestLedgers.small(mode))) {
                reopened.attachHistory(rebuilt);
            }
            assertNull(rebuilt.failure());
            LedgerContents contents = LedgerReader.read(ledger);
            for (Map.Entry<Long, String> ack : acknowledged.entrySet()) {
                Optional<LedgerRecord> record = contents.record(ack.getKey());
                assertTrue(record.isPresent(), "run " + run + ": acknowledged seq " + ack.getKey() + " is lost");
                String body = record.get().body();
                assertTrue(
                        ack.getValue().equals("resolution")
                                ? record.get().kind() == RecordKind.RESOLUTION
                                : body.contains("\"decision\":{\"decision\":\"" + ack.getValue() + "\""),
                        "run " + run + ": seq " + ack.getKey() + " was acknowledged as " + ack.getValue());
            }
            BudgetAudit.check(contents);
            assertRebuiltEqualsNaive(plan, rebuilt, contents);
        }
        assertTrue(acknowledged.size() > RUNS * 10, "the children acknowledged records: " + acknowledged.size());
        assertEquals(
                Optional.empty(),
                LedgerVerifier.verify(ledger, TestLedgers.TRUST).problem());
    }

    private static void assertRebuiltEqualsNaive(HistoryPlan plan, HistoryBinding rebuilt, LedgerContents contents) {
        NaiveHistory naive = NaiveLedger.of(contents, BudgetAudit.PATHS);
        long size = contents.records().size();
        assertEquals(size, rebuilt.index().next());
        long now = HistoryTime.minute(Instant.now());
        for (int agent = 0; agent < 5; agent++) {
            for (int customer = 0; customer < 3; customer++) {
                Map<String, String> values = new HashMap<>();
                values.put("agent", "\"agent-" + agent + "\"");
                values.put("request.customer", "\"c-" + customer + "\"");
                HistoryBatch request = TestBatches.request(plan, values);
                for (int q = 0; q < plan.queries().size(); q++) {
                    Aggregate expected = naive.read(plan.queries().get(q), values, now, size);
                    Aggregate actual = rebuilt.index().read(q, request, 0, now);
                    assertTrue(
                            expected.sameAs(actual), "query " + q + " " + values + ": " + expected + " but " + actual);
                }
            }
        }
    }

    /** Starts a burst, SIGKILLs it after {@code killAfterAcks} acknowledgements, returns what it acknowledged. */
    private static Map<Long, String> runAndKill(
            Path ledger, SigningMode mode, int threads, long seed, int killAfterAcks) throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Xmx96m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        BudgetBurstWriter.class.getName(),
                        ledger.toString(),
                        mode.name(),
                        String.valueOf(threads),
                        String.valueOf(seed))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Map<Long, String> printed = new HashMap<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean killed = false;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    String[] parts = line.split(" ");
                    printed.put(Long.parseLong(parts[1]), parts[2]);
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
