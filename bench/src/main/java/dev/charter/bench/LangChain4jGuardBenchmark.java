package dev.charter.bench;

import dev.charter.compiler.Compilation;
import dev.charter.compiler.Compiler;
import dev.charter.compiler.SourceFile;
import dev.charter.guard.GuardOptions;
import dev.charter.guard.ToolCall;
import dev.charter.guard.ToolGuard;
import dev.charter.guard.Verdict;
import dev.charter.guard.langchain4j.CharterTools;
import dev.charter.runtime.Engine;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The LangChain4j guard's overhead per tool call without a ledger: {@code bare} runs a tool
 * executor as LangChain4j's {@code ToolService} does ({@code executeWithContext}); {@code permitted}
 * runs the same executor decorated by {@code CharterToolExecutor} on a call the constitution
 * permits (map the call to a request, decide, run the tool, take the result's text for the
 * outcome); {@code denied} on a call it denies (decide, build the refusal text). The overhead is
 * {@code permitted − bare}; {@code check} is the guard core's share of it
 * ({@code ToolGuard.check} on the same call).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LangChain4jGuardBenchmark {

    private static final String SOURCE = """
            constitution "assistant-tools" version 1 {
              timezone "UTC"
            }
            action read_file { path: string }
            action delete_file { path: string }
            rule public_reads:
              permit read_file
              when request.path starts_with "/data/public/"
              because "files under /data/public may be read";
            rule no_deletes:
              deny delete_file
              because "the assistant never deletes files";
            default deny;
            """;

    ToolGuard guard;
    ToolCall readCall;
    ToolExecutor tool;
    ToolExecutor guarded;
    ToolExecutionRequest read;
    ToolExecutionRequest delete;
    InvocationContext context;

    @Setup
    public void setUp() {
        Compilation compilation = Compiler.compile(List.of(new SourceFile("assistant-tools.charter", SOURCE)));
        Engine engine = Engine.forProgram(compilation
                .program()
                .orElseThrow(() ->
                        new IllegalStateException(compilation.diagnostics().toString())));
        guard = ToolGuard.unrecorded(engine, GuardOptions.defaults());
        readCall = new ToolCall("read_file", "{\"path\":\"/data/public/a.txt\"}", "support-bot", "conversation-1");
        tool = (request, memoryId) -> "contents of /data/public/a.txt";
        guarded = CharterTools.builder(guard).agent("support-bot").build().executor(tool);
        read = ToolExecutionRequest.builder()
                .id("c1")
                .name("read_file")
                .arguments("{\"path\":\"/data/public/a.txt\"}")
                .build();
        delete = ToolExecutionRequest.builder()
                .id("c2")
                .name("delete_file")
                .arguments("{\"path\":\"/data/public/a.txt\"}")
                .build();
        context = InvocationContext.builder().chatMemoryId("conversation-1").build();
        if (permitted().isError() || !denied().isError()) {
            throw new IllegalStateException("the benchmark's read must be permitted and its delete denied");
        }
    }

    @Benchmark
    public ToolExecutionResult bare() {
        return tool.executeWithContext(read, context);
    }

    /** The guard core alone on the permitted call: map, decide, verdict. */
    @Benchmark
    public Verdict check() {
        return guard.check(readCall);
    }

    @Benchmark
    public ToolExecutionResult permitted() {
        return guarded.executeWithContext(read, context);
    }

    @Benchmark
    public ToolExecutionResult denied() {
        return guarded.executeWithContext(delete, context);
    }
}
