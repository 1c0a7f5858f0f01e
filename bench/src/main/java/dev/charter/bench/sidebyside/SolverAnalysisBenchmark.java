package dev.charter.bench.sidebyside;

import dev.charter.bench.sidebyside.contender.Contenders;
import dev.charter.bench.sidebyside.workload.Workloads;
import dev.charter.runtime.ir.Program;
import dev.charter.solver.AnalysisOptions;
import dev.charter.solver.Analyzer;
import dev.charter.solver.Report;
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
 * The solver's full analysis (every property of LANGUAGE.md section 5, witnesses confirmed by the
 * runtime) of the constitutions of workload (a) with 10, 100 and 1,000 rules, one analysis per
 * measurement, as {@code charter check} runs it. Issue 7's targets: 100 rules within 2 s, 1,000
 * within 20 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SolverAnalysisBenchmark {

    @Param({"10", "100", "1000"})
    public int rules;

    Program program;

    @Setup
    public void compile() {
        program = Contenders.charterProgram(Workloads.named("threshold-" + rules));
    }

    @Benchmark
    public Report analyze() {
        return new Analyzer(AnalysisOptions.defaults()).analyze(program);
    }
}
