package dev.charter.runtime.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.Engine;
import dev.charter.runtime.bundle.Bundle;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen threads spend one customer's budget at once, each with several decisions in flight:
 * the permitted amounts in the ledger never exceed it, every decision is the one the naive
 * reference makes from the records before it (the decisions are serialised in ledger order), and
 * the whole ledger replays with no divergence.
 */
class BudgetStressTest {

    private static final int THREADS = 16;
    private static final int REFUNDS_PER_THREAD = 60;

    @TempDir
    Path dir;

    @Test
    void concurrentRefundsNeverOverspendTheBudget() throws Exception {
        Bundle bundle = BudgetProgram.bundle();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (LedgerEngine engine = LedgerEngine.open(
                Engine.forBundle(bundle),
                dir,
                TestLedgers.KEY,
                LedgerOptions.defaults().withOrigin("stress"))) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(pool.submit(() -> {
                    Random random = new Random(thread);
                    start.await();
                    List<CompletableFuture<RecordedDecision>> inFlight = new ArrayList<>();
                    for (int i = 0; i < REFUNDS_PER_THREAD; i++) {
                        var request =
                                BudgetProgram.refund("agent-" + thread, "c-1", new BigDecimal(1 + random.nextInt(40)));
                        if (i % 3 == 0) {
                            engine.record(request);
                        } else {
                            inFlight.add(engine.submit(request));
                        }
                        if (i % 2 == 0) {
                            engine.record(BudgetProgram.lookup("agent-" + thread));
                        }
                    }
                    inFlight.forEach(CompletableFuture::join);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> thread : threads) {
                thread.get();
            }
        } finally {
            pool.shutdownNow();
        }

        LedgerContents contents = LedgerReader.read(dir);
        long refunds = contents.records().stream()
                .filter(r -> r.body().contains("\"action\":\"refund\""))
                .count();
        assertEquals(THREADS * REFUNDS_PER_THREAD, refunds);
        BigDecimal permitted = BudgetAudit.check(contents).get("c-1");
        assertTrue(permitted.compareTo(new BigDecimal(460)) >= 0, "the budget was spent: " + permitted);

        ReplayReport replay = new Replayer(List.of(bundle), List.of()).replay(dir);
        assertEquals(THREADS * REFUNDS_PER_THREAD * 3 / 2, replay.decisions());
        assertEquals(List.of(), replay.divergences());
    }
}
