package dev.charter.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import dev.charter.runtime.bundle.Bundle;
import dev.charter.runtime.bundle.BundleContent;
import dev.charter.runtime.bundle.BundleReader;
import dev.charter.runtime.bundle.BundleWriter;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.keys.TrustStore;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.LedgerVerifier;
import dev.charter.runtime.ledger.RecordedDecision;
import dev.charter.runtime.ledger.Replayer;
import dev.charter.runtime.ledger.SigningMode;
import dev.charter.runtime.ledger.VerificationReport;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The ledger's throughput as a plain main, reporting both records per wall-clock second and
 * records per CPU-second of the whole process: on a shared machine the second figure says what
 * the code costs, the first what the machine gave it. Writes ledgers of the fintech workload
 * (full decision and proof trace per record) and of a minimal one (a fail-closed engine: the
 * ledger's own cost), with one and two writer threads in both signing modes, then verifies and
 * replays the fintech ledgers. Each writer keeps a sliding window of {@value #WINDOW} decisions in flight.
 *
 * <pre>java -cp bench/target/classes:$(cat bench/target/jmh.classpath) dev.charter.bench.LedgerThroughput [seconds]</pre>
 *
 * <p>{@code verify [seconds] [dir]} instead writes three ledgers of fixed size once (batched
 * fintech, batched minimal, per-record fintech) and times verification alone, repeated for
 * {@code seconds} per ledger after a warm-up: the loop for working on the verifier. With
 * {@code dir}, the ledgers are kept there (signed with a fixed key) and reused by later runs, so
 * that two builds of the verifier are timed on the very same bytes: how many records a group
 * commit holds, and so how many checkpoint signatures there are, depends on the writer's timing.
 */
public final class LedgerThroughput {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int WINDOW = 2048;

    private LedgerThroughput() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("verify")) {
            verifyOnly(args.length > 1 ? Double.parseDouble(args[1]) : 10, args.length > 2 ? Path.of(args[2]) : null);
            return;
        }
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        SigningKey key = SigningKey.generate();
        TrustStore trust = TrustStore.of(List.of(key.publicKey()));
        Bundle bundle = BundleReader.read(
                BundleWriter.write(
                        BundleContent.builder(FintechConstitution.program())
                                .compilerVersion("bench")
                                .build(),
                        key),
                trust);
        System.out.println("| workload | mode | writers | decisions/s (wall) | decisions per CPU-second |");
        System.out.println("|---|---|---|---|---|");
        List<Path> fintechLedgers = new ArrayList<>();
        for (SigningMode mode : SigningMode.values()) {
            for (int writers = 1; writers <= 2; writers++) {
                for (boolean fintech : new boolean[] {true, false}) {
                    Engine engine =
                            fintech ? Engine.forBundle(bundle) : Engine.failClosed("no bundle: the ledger's own cost");
                    engine.attach(LedgerWorkload.snapshot());
                    Path dir = Files.createTempDirectory("charter-ledger-throughput");
                    Measured m = write(engine, dir, key, mode, writers, seconds);
                    System.out.printf(
                            "| %s | %s | %d | %,.0f | %,.0f |%n",
                            fintech ? "fintech" : "minimal",
                            mode.name().toLowerCase().replace('_', '-'),
                            writers,
                            m.perWallSecond(),
                            m.perCpuSecond());
                    if (fintech && writers == 1) {
                        fintechLedgers.add(dir);
                    } else {
                        LedgerWorkload.delete(dir);
                    }
                }
            }
        }
        System.out.println();
        System.out.println(
                "| ledger | records | verify records/s (wall) | verify per CPU-second | replay records/s (wall) | replay per CPU-second |");
        System.out.println("|---|---|---|---|---|---|");
        for (int i = 0; i < fintechLedgers.size(); i++) {
            Path dir = fintechLedgers.get(i);
            Measured verify = null;
            for (int round = 0; round < 3; round++) {
                verify = timed(() -> LedgerVerifier.verify(dir, trust).records());
            }
            Measured replay = null;
            for (int round = 0; round < 2; round++) {
                replay = timed(() -> new Replayer(List.of(bundle), List.of(LedgerWorkload.snapshot()))
                        .replay(dir)
                        .identical());
            }
            System.out.printf(
                    "| %s | %,d | %,.0f | %,.0f | %,.0f | %,.0f |%n",
                    SigningMode.values()[i].name().toLowerCase().replace('_', '-'),
                    verify.count(),
                    verify.perWallSecond(),
                    verify.perCpuSecond(),
                    replay.perWallSecond(),
                    replay.perCpuSecond());
            LedgerWorkload.delete(dir);
        }
    }

    private static void verifyOnly(double seconds, Path keep) throws Exception {
        SigningKey key = keep == null ? SigningKey.generate() : SigningKey.fromSeed(new byte[SigningKey.SEED_SIZE]);
        TrustStore trust = TrustStore.of(List.of(key.publicKey()));
        Bundle bundle = BundleReader.read(
                BundleWriter.write(
                        BundleContent.builder(FintechConstitution.program())
                                .compilerVersion("bench")
                                .build(),
                        key),
                trust);
        System.out.println(
                "| ledger | records | checkpoints | bytes | verify records/s (wall) | verify per CPU-second | load average |");
        System.out.println("|---|---|---|---|---|---|---|");
        verifyOnce(
                "batched fintech", Engine.forBundle(bundle), SigningMode.BATCHED, 300_000, key, trust, seconds, keep);
        verifyOnce(
                "batched minimal",
                Engine.failClosed("no bundle: the ledger's own cost"),
                SigningMode.BATCHED,
                300_000,
                key,
                trust,
                seconds,
                keep);
        verifyOnce(
                "per-record fintech",
                Engine.forBundle(bundle),
                SigningMode.PER_RECORD,
                30_000,
                key,
                trust,
                seconds,
                keep);
    }

    /** Writes {@code records} decisions, then verifies the ledger over and over for {@code seconds}. */
    private static void verifyOnce(
            String label,
            Engine engine,
            SigningMode mode,
            int records,
            SigningKey key,
            TrustStore trust,
            double seconds,
            Path keep)
            throws Exception {
        Path dir = keep == null
                ? Files.createTempDirectory("charter-ledger-verify")
                : keep.resolve(label.replace(' ', '-'));
        try {
            if (!Files.isDirectory(dir) || keep == null) {
                Files.createDirectories(dir);
                writeLedger(engine, dir, mode, records, key);
            }
            long bytes;
            try (Stream<Path> files = Files.list(dir)) {
                bytes = files.mapToLong(f -> f.toFile().length()).sum();
            }
            int checkpoints = LedgerVerifier.verify(dir, trust).checkpoints();
            long until = System.nanoTime() + (long) (seconds * 1e9);
            String loadBefore = loadAverage();
            Measured total = timed(() -> {
                long verified = 0;
                do {
                    verified += check(LedgerVerifier.verify(dir, trust), records);
                } while (System.nanoTime() < until);
                return verified;
            });
            System.out.printf(
                    "| %s | %,d | %,d | %,d | %,.0f | %,.0f | %s → %s |%n",
                    label,
                    records,
                    checkpoints,
                    bytes,
                    total.perWallSecond(),
                    total.perCpuSecond(),
                    loadBefore,
                    loadAverage());
        } finally {
            if (keep == null) {
                LedgerWorkload.delete(dir);
            }
        }
    }

    private static void writeLedger(Engine engine, Path dir, SigningMode mode, int records, SigningKey key)
            throws Exception {
        engine.attach(LedgerWorkload.snapshot());
        Request[] requests = LedgerWorkload.requests(64);
        try (LedgerEngine ledger =
                LedgerEngine.open(engine, dir, key, LedgerOptions.defaults().withMode(mode))) {
            ArrayDeque<CompletableFuture<RecordedDecision>> window = new ArrayDeque<>(WINDOW);
            for (int n = 0; n < records || !window.isEmpty(); ) {
                if (window.size() < WINDOW && n < records) {
                    window.add(ledger.submit(requests[n++ % requests.length]));
                } else if (!window.poll().join().recorded()) {
                    throw new IllegalStateException("the ledger failed");
                }
            }
        }
    }

    private static long check(VerificationReport report, int records) {
        if (report.problem().isPresent() || report.records() != records) {
            throw new IllegalStateException("the ledger does not verify: " + report);
        }
        return report.records();
    }

    private static String loadAverage() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    /** Writers submit windows of decisions until {@code seconds} pass; each decision is durable when counted. */
    private static Measured write(
            Engine engine, Path dir, SigningKey key, SigningMode mode, int writers, double seconds) throws Exception {
        Request[] requests = LedgerWorkload.requests(64);
        try (LedgerEngine ledger =
                LedgerEngine.open(engine, dir, key, LedgerOptions.defaults().withMode(mode))) {
            runWriters(ledger, requests, writers, seconds / 4, new AtomicLong());
            AtomicLong done = new AtomicLong();
            return timed(() -> {
                runWriters(ledger, requests, writers, seconds, done);
                return done.get();
            });
        }
    }

    private static void runWriters(
            LedgerEngine ledger, Request[] requests, int writers, double seconds, AtomicLong done)
            throws InterruptedException {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Thread thread = new Thread(() -> {
                // A sliding window: the writer keeps deciding while earlier decisions are committed.
                ArrayDeque<CompletableFuture<RecordedDecision>> window = new ArrayDeque<>(WINDOW);
                int n = 0;
                while (System.nanoTime() < until || !window.isEmpty()) {
                    if (window.size() < WINDOW && System.nanoTime() < until) {
                        window.add(ledger.submit(requests[n++ % requests.length]));
                        continue;
                    }
                    if (!window.poll().join().recorded()) {
                        throw new IllegalStateException("the ledger failed");
                    }
                    done.incrementAndGet();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private interface Work {
        long run() throws Exception;
    }

    private record Measured(long count, long wallNanos, long cpuNanos) {
        double perWallSecond() {
            return count * 1e9 / wallNanos;
        }

        double perCpuSecond() {
            return count * 1e9 / cpuNanos;
        }
    }

    private static Measured timed(Work work) throws Exception {
        long wall = System.nanoTime();
        long cpu = OS.getProcessCpuTime();
        long count = work.run();
        return new Measured(count, System.nanoTime() - wall, OS.getProcessCpuTime() - cpu);
    }
}
