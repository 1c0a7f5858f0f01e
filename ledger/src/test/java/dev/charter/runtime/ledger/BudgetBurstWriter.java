package dev.charter.runtime.ledger;

import dev.charter.runtime.Engine;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The child process {@link BudgetBurstKillTest} kills: a burst of refunds against a few customers'
 * budgets from several threads, big ones escalated and approved at once, printing
 * {@code ack <seq> <effect>} for each decision and {@code ack <seq> resolution} for each
 * resolution once the ledger acknowledged it as durable. Arguments: ledger directory, signing
 * mode, thread count, seed.
 */
public final class BudgetBurstWriter {

    private BudgetBurstWriter() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        SigningMode mode = SigningMode.valueOf(args[1]);
        int threads = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        LedgerEngine engine = LedgerEngine.open(
                Engine.forBundle(BudgetProgram.bundle()),
                dir,
                TestLedgers.KEY,
                TestLedgers.small(mode).withSegmentBytes(16384).withMaxBatch(32));
        out.println("open " + engine.ledger().size());
        out.flush();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Random random = new Random(seed * 31 + t);
            String agent = "agent-" + t;
            Thread writer = new Thread(() -> {
                while (true) {
                    int amount = random.nextInt(12) == 0 ? 260 : 1 + random.nextInt(60);
                    RecordedDecision d = engine.record(
                            BudgetProgram.refund(agent, "c-" + random.nextInt(3), new BigDecimal(amount)));
                    if (d.seq() < 0) {
                        continue;
                    }
                    acknowledge(
                            out, d.seq() + " " + d.decision().effect().name().toLowerCase());
                    if (d.escalated()) {
                        try {
                            LedgerRecord resolution =
                                    engine.ledger().resolve(d.seq(), ResolutionOutcome.APPROVE, "carol", "ok");
                            acknowledge(out, resolution.seq() + " resolution");
                        } catch (LedgerException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join();
        }
    }

    private static void acknowledge(PrintStream out, String line) {
        synchronized (out) {
            out.println("ack " + line);
            out.flush();
        }
    }
}
