package dev.charter.bench;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
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
 * {@code decide()} on synthetic constitutions of 32, 1,000 and 10,000 rules with numeric
 * conditions over 10 actions; the decision carries its full trace. {@code decideToJson} also
 * renders the trace as canonical JSON, as the ledger and the CLI do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecideBenchmark {

    @Param({"32", "1000", "10000"})
    public int rules;

    private Engine engine;
    private Request request;

    @Setup
    public void compile() {
        engine = Engine.forProgram(SyntheticConstitution.program(rules));
        request = SyntheticConstitution.request(rules);
        Decision d = engine.decide(request);
        if (d.reasonCode().isFailure() || d.trace().matched().isEmpty()) {
            throw new IllegalStateException("the benchmark request must be decided by rules: " + d.toJson());
        }
    }

    @Benchmark
    public Decision decide() {
        return engine.decide(request);
    }

    @Benchmark
    public String decideToJson() {
        return engine.decide(request).toJson();
    }
}
