package dev.charter.bench;

import dev.charter.guard.ToolGuard;
import dev.charter.guard.springai.CharterToolContext;
import dev.charter.guard.springai.CharterTools;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.ToolCallback;

/**
 * The CPU time per call of {@link SpringAiGuardBenchmark}'s operations, counted on the calling
 * thread over many calls, as {@link GuardCpuCost} does for the guard core: on a shared machine
 * the wall-clock samples of JMH are mostly time spent waiting for a CPU, the thread's CPU time is
 * not. {@code java -cp ... dev.charter.bench.SpringAiGuardCpuCost [rounds]}.
 */
public final class SpringAiGuardCpuCost {

    private static final int CALLS = 300_000;
    private static volatile Object sink;

    private SpringAiGuardCpuCost() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ToolGuard guard = ToolGuard.unrecorded(GuardBenchmark.engine(), GuardBenchmark.OPTIONS);
        ToolCallback tool = new SpringAiGuardBenchmark.ReadFile();
        ToolCallback guarded = CharterTools.guardedBy(guard).guard(tool);
        ToolContext context =
                new ToolContext(CharterToolContext.of(GuardBenchmark.CALL.agent(), GuardBenchmark.CALL.session()));
        String input = GuardBenchmark.CALL.argumentsJson();
        if (!guarded.call(input, context).equals("the notes")) {
            throw new IllegalStateException("the call must be permitted");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            System.out.printf(
                    "round %d: unguardedTool %.0f ns, guardCheck %.0f ns, guardedTool %.0f ns CPU per call%n",
                    round,
                    cpuPerCall(threads, () -> tool.call(input, context)),
                    cpuPerCall(threads, () -> guard.check(GuardBenchmark.CALL)),
                    cpuPerCall(threads, () -> guarded.call(input, context)));
        }
    }

    private static double cpuPerCall(ThreadMXBean threads, Supplier<Object> call) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < CALLS; i++) {
            sink = call.get();
        }
        return (threads.getCurrentThreadCpuTime() - start) / (double) CALLS;
    }
}
