package dev.charter.bench.sidebyside;

import dev.charter.bench.sidebyside.contender.Contenders;
import dev.charter.bench.sidebyside.model.Workload;
import dev.charter.bench.sidebyside.workload.Workloads;
import dev.charter.runtime.Request;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.RecordedDecision;
import dev.charter.runtime.ledger.SigningMode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable decisions per second: the fintech workload's 1,024 requests decided by the ledger-backed
 * engine with all of them in flight ({@code submit}), each invocation returning once every record
 * is durable, in both signing modes. Issue 7's targets: at least 100,000 a second batched and
 * 15,000 with a signature on every record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LedgerThroughputBenchmark {

    static final int IN_FLIGHT = 1024;

    @Param({"BATCHED", "PER_RECORD"})
    public SigningMode mode;

    LedgerEngine ledger;
    Request[] requests;

    @Setup
    public void open() throws Exception {
        Workload workload = Workloads.named("fintech", IN_FLIGHT);
        ledger = Contenders.ledgerEngine(workload, mode);
        requests = Contenders.charterRequests(workload);
    }

    @Benchmark
    @OperationsPerInvocation(IN_FLIGHT)
    public int decideDurably() {
        @SuppressWarnings("unchecked")
        CompletableFuture<RecordedDecision>[] pending =
                (CompletableFuture<RecordedDecision>[]) new CompletableFuture<?>[requests.length];
        for (int i = 0; i < requests.length; i++) {
            pending[i] = ledger.submit(requests[i]);
        }
        int recorded = 0;
        for (CompletableFuture<RecordedDecision> p : pending) {
            if (p.join().recorded()) {
                recorded++;
            }
        }
        if (recorded != requests.length) {
            throw new IllegalStateException((requests.length - recorded) + " decisions could not be recorded");
        }
        return recorded;
    }
}
