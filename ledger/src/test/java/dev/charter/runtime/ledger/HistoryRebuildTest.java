package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.json.CanonicalJson;
import dev.charter.runtime.ledger.history.Aggregate;
import dev.charter.runtime.ledger.history.Attribute;
import dev.charter.runtime.ledger.history.HistoryBatch;
import dev.charter.runtime.ledger.history.HistoryIndex;
import dev.charter.runtime.ledger.history.HistoryPlan;
import dev.charter.runtime.ledger.history.HistoryQuerySpec;
import dev.charter.runtime.ledger.history.HistoryQuerySpec.EffectFilter;
import dev.charter.runtime.ledger.history.NaiveHistory;
import dev.charter.runtime.ledger.history.TestBatches;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history state a ledger keeps as it appends, the state rebuilt from its files, and the state
 * rebuilt when it is opened again all equal the naive reference computed from the records read
 * back with a JSON tree: over decisions, escalations approved and denied, executions, several
 * segments and batches.
 */
class HistoryRebuildTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Attribute AGENT = Attribute.value("agent");
    private static final Attribute SESSION = Attribute.value("session");
    private static final Attribute CUSTOMER = Attribute.value("request.customer");
    private static final Attribute AMOUNT = new Attribute("request.amount", Attribute.Type.DECIMAL);
    static final HistoryPlan PLAN = new HistoryPlan(List.of(
            new HistoryQuerySpec("refund", EffectFilter.PERMITTED, List.of(AGENT), 60, null),
            new HistoryQuerySpec("refund", EffectFilter.PERMITTED, List.of(CUSTOMER), 1440, AMOUNT),
            new HistoryQuerySpec("support.*", EffectFilter.ANY, List.of(SESSION), 0, null),
            new HistoryQuerySpec("refund", EffectFilter.ANY, List.of(AGENT, SESSION), 5, AMOUNT)));
    private static final List<String> PATHS = List.of("agent", "session", "request.customer", "request.amount");
    private static final List<String> ACTIONS = List.of("refund", "support.read", "support.email", "pay");
    private static final long START = Instant.parse("2026-12-04T09:00:00Z").getEpochSecond();

    @TempDir
    Path dir;

    @Test
    void theKeptRebuiltAndReopenedStatesEqualTheNaiveReference() throws Exception {
        HistoryBinding kept = new HistoryBinding(PLAN);
        Random random = new Random(16);
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, TestLedgers.small(SigningMode.BATCHED))) {
            ledger.attachHistory(kept);
            write(ledger, random, 700);
        }
        assertNull(kept.failure());
        NaiveHistory naive = NaiveLedger.of(LedgerReader.read(dir), PATHS);
        List<Probe> probes = probes(random, naive.entries().size());
        assertAnswers(naive, kept.index(), probes);

        HistoryIndex rebuilt = new HistoryIndex(PLAN);
        HistoryRebuild.read(dir, naive.entries().size(), rebuilt);
        assertAnswers(naive, rebuilt, probes);

        for (int blockSize : new int[] {64, 700, 5000}) {
            HistoryIndex inBlocks = new HistoryIndex(PLAN);
            HistoryRebuild.read(dir, naive.entries().size(), inBlocks, blockSize, 3);
            assertAnswers(naive, inBlocks, probes);
        }

        HistoryBinding reopened = new HistoryBinding(PLAN);
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, TestLedgers.small(SigningMode.PER_RECORD))) {
            ledger.attachHistory(reopened);
        }
        assertNull(reopened.failure());
        assertAnswers(naive, reopened.index(), probes);
    }

    @Test
    void aLedgerThatDoesNotHoldTheRecordsFailsTheRebuild() throws Exception {
        long size;
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, TestLedgers.small(SigningMode.BATCHED))) {
            write(ledger, new Random(1), 20);
            size = ledger.size();
        }
        HistoryIndex index = new HistoryIndex(PLAN);
        IOException refused = assertThrows(IOException.class, () -> HistoryRebuild.read(dir, size + 2, index));
        assertEquals("the ledger's files hold " + size + " records, not " + (size + 2), refused.getMessage());
    }

    @Test
    void aFrameDamagedAfterTheLedgerWasOpenedFailsTheRebuild() throws Exception {
        long size;
        try (Ledger ledger = Ledger.open(dir, TestLedgers.KEY, TestLedgers.small(SigningMode.BATCHED))) {
            write(ledger, new Random(3), 200);
            size = ledger.size();
        }
        Path first = SegmentFiles.list(dir).get(0);
        byte[] bytes = java.nio.file.Files.readAllBytes(first);
        bytes[bytes.length / 2] ^= 0x01;
        java.nio.file.Files.write(first, bytes);
        for (int blockSize : new int[] {64, 4096, HistoryRebuild.BLOCK}) {
            HistoryIndex index = new HistoryIndex(PLAN);
            assertThrows(IOException.class, () -> HistoryRebuild.read(dir, size, index, blockSize, 2));
            assertTrue(index.next() < size, "the records after the damage were not read: " + index.next());
        }
    }

    /** Decisions in batches of one to six, resolutions of some escalations, executions of some permits. */
    static void write(Ledger ledger, Random random, int decisions) throws Exception {
        long second = START;
        List<Long> open = new ArrayList<>();
        for (int written = 0; written < decisions; ) {
            List<CompletableFuture<LedgerRecord>> batch = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(6) && written < decisions; i++, written++) {
                second += random.nextInt(10) == 0 ? random.nextInt(4000) : random.nextInt(40);
                String effect = List.of("permit", "permit", "deny", "escalate").get(random.nextInt(4));
                batch.add(ledger.appendDecision(body(random, effect, second), effect.equals("escalate")));
            }
            for (CompletableFuture<LedgerRecord> f : batch) {
                LedgerRecord record = f.join();
                if (record.body().contains("\"decision\":{\"decision\":\"escalate\"")) {
                    open.add(record.seq());
                } else if (record.body().contains("\"decision\":{\"decision\":\"permit\"") && random.nextInt(5) == 0) {
                    ledger.recordExecution(record.seq(), true, "sha256:" + "0".repeat(64), "");
                }
            }
            if (!open.isEmpty() && random.nextInt(3) == 0) {
                ledger.resolve(
                        open.remove(random.nextInt(open.size())),
                        random.nextInt(3) == 0 ? ResolutionOutcome.DENY : ResolutionOutcome.APPROVE,
                        "reviewer",
                        "checked");
            }
        }
    }

    static byte[] body(Random random, String effect, long second) {
        ObjectNode body = JSON.createObjectNode();
        body.put("bundle", "unsigned");
        ObjectNode decision = body.putObject("decision");
        decision.put("decision", effect);
        decision.put("reason", "test");
        body.put("facts", "none");
        body.put(
                "recorded_at",
                Instant.ofEpochSecond(second, random.nextInt(1000) * 1_000_000L).toString());
        ObjectNode request = body.putObject("request");
        request.put("action", ACTIONS.get(random.nextInt(ACTIONS.size())));
        request.put("agent", "agent-" + random.nextInt(4));
        if (random.nextInt(6) > 0) {
            request.put("session", "s" + random.nextInt(5));
        }
        ObjectNode parameters = request.putObject("request");
        if (random.nextInt(8) > 0) {
            parameters.put("customer", "c" + random.nextInt(6));
        }
        switch (random.nextInt(5)) {
            case 0 -> parameters.put("amount", "12.50");
            case 1 -> {}
            default -> parameters.put("amount", new BigDecimal(random.nextInt(30000)).movePointLeft(2));
        }
        return CanonicalJson.bytes(body);
    }

    /** A current request's attribute values and the minute it is decided at. */
    record Probe(Map<String, String> values, long minute, long before) {}

    private static List<Probe> probes(Random random, int size) {
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Map<String, String> values = new HashMap<>();
            values.put("agent", "\"agent-" + random.nextInt(4) + "\"");
            values.put("session", "\"s" + random.nextInt(5) + "\"");
            values.put("request.customer", "\"c" + random.nextInt(6) + "\"");
            probes.add(new Probe(values, START / 60 + 2000 + random.nextInt(4000), size));
        }
        return probes;
    }

    private static void assertAnswers(NaiveHistory naive, HistoryIndex index, List<Probe> probes) {
        assertEquals(naive.entries().size(), index.next());
        int nonZero = 0;
        for (Probe probe : probes) {
            HistoryBatch request = TestBatches.request(PLAN, probe.values());
            for (int q = 0; q < PLAN.queries().size(); q++) {
                Aggregate expected = naive.read(PLAN.queries().get(q), probe.values(), probe.minute(), probe.before());
                Aggregate actual = index.read(q, request, 0, probe.minute());
                assertTrue(expected.sameAs(actual), "query " + q + " " + probe + ": " + expected + " but " + actual);
                nonZero += expected.count() > 0 ? 1 : 0;
            }
        }
        assertTrue(nonZero > 50, "the probes read non-empty histories: " + nonZero);
    }
}
