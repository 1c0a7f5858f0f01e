package dev.charter.bench;

import dev.charter.guard.ToolGuard;
import dev.charter.guard.Verdict;
import dev.charter.guard.springai.CharterToolContext;
import dev.charter.guard.springai.CharterTools;
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
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;

/**
 * The Spring AI guard's cost per tool call without a ledger (issue 15: ≤ 5 µs): Spring AI calls
 * {@code ToolCallback.call(input, toolContext)} on the guarded callback, which reads the agent and
 * session from the tool context, maps and checks the call ({@link GuardBenchmark}'s permitted
 * {@code read_file}), runs the tool and returns its result. {@code unguardedTool} is the same tool
 * called directly, {@code guardCheck} the guard core alone on the same call; guarded minus check is
 * what the Spring AI layer adds.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SpringAiGuardBenchmark {

    private static final String INPUT = GuardBenchmark.CALL.argumentsJson();

    /** A tool that answers at once, so that the measurement is the guard's. */
    static final class ReadFile implements ToolCallback {
        private final ToolDefinition definition = ToolDefinition.builder()
                .name("read_file")
                .description("Reads a file")
                .inputSchema("{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"}}}")
                .build();

        @Override
        public ToolDefinition getToolDefinition() {
            return definition;
        }

        @Override
        public String call(String toolInput) {
            return "the notes";
        }

        @Override
        public String call(String toolInput, ToolContext toolContext) {
            return "the notes";
        }
    }

    @State(Scope.Benchmark)
    public static class Tools {
        ToolGuard guard;
        ToolCallback tool;
        ToolCallback guarded;
        ToolContext context;

        @Setup
        public void setUp() {
            guard = ToolGuard.unrecorded(GuardBenchmark.engine(), GuardBenchmark.OPTIONS);
            tool = new ReadFile();
            guarded = CharterTools.guardedBy(guard).guard(tool);
            context =
                    new ToolContext(CharterToolContext.of(GuardBenchmark.CALL.agent(), GuardBenchmark.CALL.session()));
            if (!guarded.call(INPUT, context).equals("the notes")) {
                throw new IllegalStateException("the benchmark call must be permitted");
            }
        }
    }

    @Benchmark
    public String guardedTool(Tools tools) {
        return tools.guarded.call(INPUT, tools.context);
    }

    @Benchmark
    public String unguardedTool(Tools tools) {
        return tools.tool.call(INPUT, tools.context);
    }

    @Benchmark
    public Verdict guardCheck(Tools tools) {
        return tools.guard.check(GuardBenchmark.CALL);
    }
}
