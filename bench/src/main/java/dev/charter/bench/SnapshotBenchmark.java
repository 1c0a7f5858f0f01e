package dev.charter.bench;

import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.datalog.Database;
import dev.charter.runtime.datalog.DatalogEvaluator;
import dev.charter.runtime.ir.Program;
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
 * Materialising the fintech constitution's Datalog over a 100,000-edge delegation graph (the
 * whole {@code may} closure, with proofs), as {@code Engine.attach} does once per snapshot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx2g"})
public class SnapshotBenchmark {

    @Param({"100000"})
    public int edges;

    private Program program;
    private FactSnapshot snapshot;

    @Setup
    public void build() {
        program = FintechConstitution.program();
        snapshot = DelegationGraph.snapshot(edges, 42);
    }

    @Benchmark
    public Database materialize() {
        return DatalogEvaluator.materialize(program, snapshot);
    }

    /** Parsing the snapshot's JSON and computing its digest, the other half of loading it. */
    @Benchmark
    public FactSnapshot parseSnapshot() {
        return FactSnapshot.parse(snapshot.canonicalBytes());
    }
}
