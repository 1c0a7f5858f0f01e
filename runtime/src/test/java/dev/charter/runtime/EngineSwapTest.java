package dev.charter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.runtime.ir.Effect;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Snapshots swap atomically: every decision is the one its recorded snapshot prescribes. */
class EngineSwapTest {

    @Test
    void everyDecisionMatchesTheSnapshotItRecords() throws InterruptedException {
        Engine engine = Engine.forProgram(FintechProgram.program());
        FactSnapshot teller =
                FactSnapshot.builder().add("role", "bot-7", "teller").build();
        FactSnapshot nobody =
                FactSnapshot.builder().add("role", "bot-8", "teller").build();
        Request request = FintechProgram.payment("bot-7", "500").build();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();

        Thread decider = new Thread(() -> {
            while (!done.get()) {
                Decision d = engine.decide(request);
                boolean shouldPermit = teller.digest().equals(d.trace().snapshotDigest());
                if ((d.effect() == Effect.PERMIT) != shouldPermit) {
                    wrong.incrementAndGet();
                }
                checked.incrementAndGet();
            }
        });
        decider.start();
        for (int i = 0; i < 50; i++) {
            engine.attach(i % 2 == 0 ? teller : nobody);
        }
        done.set(true);
        decider.join();

        assertEquals(0, wrong.get());
        assertTrue(checked.get() > 0);
    }
}
