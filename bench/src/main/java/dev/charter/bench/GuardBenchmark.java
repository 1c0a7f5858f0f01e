package dev.charter.bench;

import dev.charter.guard.GuardOptions;
import dev.charter.guard.ToolCall;
import dev.charter.guard.ToolCallMapper;
import dev.charter.guard.ToolGuard;
import dev.charter.guard.Verdict;
import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The guard core's cost per tool call ({@code ToolGuard.check}, issue 15: ≤ 5 µs without a
 * ledger): a permitted {@code read_file} call with a one-argument JSON object, mapped to a request
 * (arguments checked to be one JSON object, request JSON written), decided and turned into a
 * verdict. {@code decideJson} is the engine alone on the very request JSON the guard builds, so
 * the difference is the guard's own cost, of which {@code map} is the mapping; {@code checkRecorded} adds the durable decision record
 * (a group commit with its fsync, batched signing), one call at a time.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GuardBenchmark {

    private static final String SOURCE = """
            constitution "files" version 1 {
              timezone "UTC"
            }
            action read_file { path: string }
            action write_file { path: string, content: string }
            rule reads:
              permit read_file
              when not (request.path starts_with "/etc/");
            rule writes:
              escalate write_file to "owner";
            default deny;
            """;

    static final GuardOptions OPTIONS = GuardOptions.defaults();
    static final ToolCall CALL = new ToolCall("read_file", "{\"path\":\"/home/agent/notes.txt\"}", "agent-7", "s-1");

    static Engine engine() {
        return SourceEngine.compile("files.charter", SOURCE);
    }

    /** A guard without a ledger. */
    @State(Scope.Benchmark)
    public static class Unrecorded {
        ToolGuard guard;
        Engine engine;
        String requestJson;

        @Setup
        public void setUp() {
            engine = engine();
            guard = ToolGuard.unrecorded(engine, OPTIONS);
            requestJson = ToolCallMapper.map(CALL, OPTIONS).requestJson();
            if (!(guard.check(CALL) instanceof Verdict.Proceed)
                    || !engine.decideJson(requestJson).permitted()) {
                throw new IllegalStateException("the benchmark call must be permitted");
            }
        }
    }

    /** A guard recording in a fresh ledger (batched signing) in a temporary directory. */
    @State(Scope.Benchmark)
    public static class Recorded {
        ToolGuard guard;
        LedgerEngine ledger;
        Path dir;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            dir = Files.createTempDirectory("guard-bench");
            ledger = LedgerEngine.open(engine(), dir, SigningKey.generate(), LedgerOptions.defaults());
            guard = ToolGuard.recording(ledger, GuardOptions.defaults());
            if (!(guard.check(CALL) instanceof Verdict.Proceed)) {
                throw new IllegalStateException("the benchmark call must be permitted");
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            ledger.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Benchmark
    public Verdict checkUnrecorded(Unrecorded state) {
        return state.guard.check(CALL);
    }

    @Benchmark
    public ToolCallMapper.Mapped map() {
        return ToolCallMapper.map(CALL, OPTIONS);
    }

    @Benchmark
    public Decision decideJson(Unrecorded state) {
        return state.engine.decideJson(state.requestJson);
    }

    @Benchmark
    public Verdict checkRecorded(Recorded state) {
        return state.guard.check(CALL);
    }
}
