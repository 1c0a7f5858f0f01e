package dev.charter.bench.sidebyside;

import dev.charter.bench.sidebyside.contender.Contender;
import dev.charter.bench.sidebyside.contender.Contenders;
import dev.charter.bench.sidebyside.model.Verdict;
import dev.charter.bench.sidebyside.model.Workload;
import dev.charter.bench.sidebyside.workload.Workloads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One decision by one engine on one workload, every engine on every workload in one run
 * (issue 7). {@code bench/run} first checks that every engine makes the model's decision on every
 * request ({@link AgreementGate}); the trial set-up here loads the workload afresh and checks the
 * first {@value #RECHECKED} requests again, so that a benchmark run on its own cannot report a
 * figure for an engine doing something else either. Each invocation decides the next of the
 * workload's 1,024 requests, round-robin, with the calling thread's decider.
 *
 * <p>{@code bench/run} runs it three times: sample mode on one thread (median and p99 latency),
 * throughput on one thread and on two.
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SideBySideBenchmark {

    static final int RECHECKED = 128;

    @Param({
        "charter",
        "charter-json",
        "charter-ledger-batched",
        "charter-ledger-signed",
        "cedar",
        "jcasbin",
        "drools",
        "biscuit"
    })
    public String engine;

    @Param({
        "threshold-32",
        "threshold-1000",
        "threshold-10000",
        "delegation-200",
        "fintech",
        "overlap-32",
        "overlap-1000",
        "overlap-10000"
    })
    public String workload;

    Contender.Loaded loaded;

    /** Loads the workload and refuses to go on unless the engine agrees with the model. */
    @Setup(Level.Trial)
    public void load() throws Exception {
        Workload w = Workloads.named(workload);
        loaded = Contenders.named(engine).load(w);
        AgreementCheck.Outcome outcome = AgreementCheck.run(engine, w, loaded.decider(), RECHECKED);
        if (!outcome.agrees()) {
            throw new IllegalStateException(engine + " disagrees with the model on " + workload + ": "
                    + outcome.disagreements()
                            .subList(0, Math.min(3, outcome.disagreements().size())));
        }
    }

    /** A thread's own decider and its position in the request list. */
    @State(Scope.Thread)
    public static class Cursor {
        Contender.Decider decider;
        int next;

        @Setup(Level.Trial)
        public void open(SideBySideBenchmark benchmark) throws Exception {
            decider = benchmark.loaded.decider();
            next = (int) (Thread.currentThread().getId() * 331) & (Workloads.REQUESTS - 1);
        }
    }

    @Benchmark
    public Verdict decide(Cursor cursor) throws Exception {
        int i = cursor.next;
        cursor.next = (i + 1) & (Workloads.REQUESTS - 1);
        return cursor.decider.decide(i);
    }
}
