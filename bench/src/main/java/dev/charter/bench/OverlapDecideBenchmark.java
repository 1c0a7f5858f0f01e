package dev.charter.bench;

import dev.charter.bench.sidebyside.contender.Contenders;
import dev.charter.bench.sidebyside.model.Workload;
import dev.charter.bench.sidebyside.workload.Workloads;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code decide()} on workload (d), {@code overlap-N}: 32, 1,000 and 10,000 rules of which hundreds
 * match each request at the larger sizes (see {@code OverlapWorkload}), requests taken in turn
 * from the workload's 1,024. {@code decide} stops once the decision is settled and returns the
 * summary trace; {@code decideExplained} asks for the explanation, so every candidate rule is
 * evaluated and listed; {@code decideToJson} also renders the summary as canonical JSON.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OverlapDecideBenchmark {

    @Param({"32", "1000", "10000"})
    public int rules;

    private Engine engine;
    private Request[] requests;
    private Request[] explained;
    private int next;

    @Setup
    public void compile() {
        Workload workload = Workloads.named("overlap-" + rules);
        engine = Engine.forProgram(Contenders.charterProgram(workload));
        requests = Contenders.charterRequests(workload);
        explained = Arrays.stream(requests).map(Request::explained).toArray(Request[]::new);
    }

    private int turn() {
        next = (next + 1) & (Workloads.REQUESTS - 1);
        return next;
    }

    @Benchmark
    public Decision decide() {
        return engine.decide(requests[turn()]);
    }

    @Benchmark
    public Decision decideExplained() {
        return engine.decide(explained[turn()]);
    }

    @Benchmark
    public String decideToJson() {
        return engine.decide(requests[turn()]).toJson();
    }
}
