package dev.charter.runtime.ledger;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The child process {@link KillNineTest} kills: appends decisions from several threads as fast
 * as it can, and the execution record of every permit once it is durable, and prints
 * {@code ack <seq>} for each record once the ledger acknowledged it as durable. Arguments: ledger directory, signing mode, thread count.
 */
public final class CrashingWriter {

    private static final String EXECUTED = "sha256:" + "0".repeat(64);

    private CrashingWriter() {}

    private static void acknowledge(PrintStream out, long seq) {
        synchronized (out) {
            out.println("ack " + seq);
            out.flush();
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        SigningMode mode = SigningMode.valueOf(args[1]);
        int threads = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, "UTF-8");
        Ledger ledger = Ledger.open(
                dir,
                TestLedgers.KEY,
                TestLedgers.small(mode).withSegmentBytes(8192).withMaxBatch(64));
        out.println("open " + ledger.size());
        out.flush();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread writer = new Thread(() -> {
                for (long n = 0; ; n++) {
                    List<CompletableFuture<LedgerRecord>> window = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        window.add(ledger.appendDecision(TestRecords.decisionBody(n * 100 + id), false));
                    }
                    for (CompletableFuture<LedgerRecord> f : window) {
                        LedgerRecord record = f.join();
                        acknowledge(out, record.seq());
                        if (record.body().contains("\"decision\":{\"decision\":\"permit\"")) {
                            try {
                                acknowledge(
                                        out,
                                        ledger.recordExecution(record.seq(), true, EXECUTED, "")
                                                .seq());
                            } catch (LedgerException e) {
                                throw new IllegalStateException(e);
                            }
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
}
