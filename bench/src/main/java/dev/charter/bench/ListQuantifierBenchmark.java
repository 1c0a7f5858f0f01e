package dev.charter.bench;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import java.util.ArrayList;
import java.util.List;
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
 * {@code decide()} on a tool call with a list argument of 10 paths read by quantifiers: a deny
 * rule {@code any(p in request.paths: p contains ".." or p matches /\.key$/)} that reads every element and
 * finds none, then a permit rule {@code all(p in request.paths: p starts_with "/data/public/")}
 * that reads every element and holds. {@code builder} gives the list in code, {@code json} as
 * request JSON (parsed per decision, the list read once into the frame).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ListQuantifierBenchmark {

    private static final String SOURCE = """
            constitution "files" version 1 {
              timezone "UTC"
            }
            action read_multiple_files { paths: list<string> }
            rule secrets:
              deny read_multiple_files
              when any(p in request.paths: p contains ".." or p matches /\\.key$/)
              priority 10;
            rule public_reads:
              permit read_multiple_files
              when all(p in request.paths: p starts_with "/data/public/");
            default deny;
            """;

    @Param({"builder", "json"})
    public String input;

    private Engine engine;
    private Request request;
    private String json;

    @Setup
    public void compile() {
        engine = SourceEngine.compile("files.charter", SOURCE);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            paths.add("/data/public/reports/2026/q" + i + ".csv");
        }
        request = Request.builder()
                .agent("a")
                .action("read_multiple_files")
                .param("paths", paths)
                .build();
        json = "{\"agent\":\"a\",\"action\":\"read_multiple_files\",\"request\":{\"paths\":["
                + String.join(",", paths.stream().map(p -> "\"" + p + "\"").toList()) + "]}}";
        if (!engine.decide(request).permitted() || !engine.decideJson(json).permitted()) {
            throw new IllegalStateException("the benchmark request must be permitted");
        }
    }

    @Benchmark
    public Decision decide() {
        return input.equals("json") ? engine.decideJson(json) : engine.decide(request);
    }
}
