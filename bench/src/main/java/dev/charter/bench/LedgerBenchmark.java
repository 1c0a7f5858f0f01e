package dev.charter.bench;

import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.RecordedDecision;
import dev.charter.runtime.ledger.SigningMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Durable decisions per second through a ledger-backed engine on the fintech constitution: each
 * writer thread submits bursts of {@value #BURST} decisions and waits until all are fsynced
 * (audit or deny: none is returned before its record is durable). One and two writer threads,
 * both signing modes. The ledger lives in a temporary directory on the build's file system.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class LedgerBenchmark {

    static final int BURST = 512;

    @Param({"BATCHED", "PER_RECORD"})
    public SigningMode mode;

    private Path dir;
    private LedgerEngine engine;
    private Request[] requests;

    @Setup(Level.Trial)
    public void open() throws Exception {
        dir = Files.createTempDirectory("charter-ledger-bench");
        Engine decider = Engine.forProgram(FintechConstitution.program());
        decider.attach(LedgerWorkload.snapshot());
        engine = LedgerEngine.open(decider, dir, SigningKey.generate(), LedgerOptions.defaults().withMode(mode));
        requests = LedgerWorkload.requests(64);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        engine.close();
        LedgerWorkload.delete(dir);
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(BURST)
    public void durableDecisionsOneWriter(Blackhole sink) {
        burst(sink);
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(BURST)
    public void durableDecisionsTwoWriters(Blackhole sink) {
        burst(sink);
    }

    private void burst(Blackhole sink) {
        List<CompletableFuture<RecordedDecision>> pending = new ArrayList<>(BURST);
        for (int i = 0; i < BURST; i++) {
            pending.add(engine.submit(requests[i % requests.length]));
        }
        for (CompletableFuture<RecordedDecision> decision : pending) {
            RecordedDecision recorded = decision.join();
            if (!recorded.recorded()) {
                throw new IllegalStateException("the ledger failed: " + recorded.decision().reason());
            }
            sink.consume(recorded);
        }
    }
}
