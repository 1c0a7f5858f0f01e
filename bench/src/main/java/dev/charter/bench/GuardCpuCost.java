package dev.charter.bench;

import dev.charter.guard.ToolCallMapper;
import dev.charter.guard.ToolGuard;
import dev.charter.runtime.Engine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * What {@link GuardBenchmark}'s operations cost in CPU time of the calling thread, as a plain
 * main: on a machine shared with other work, wall-clock latency says what the machine gave, this
 * what the code costs (the time the thread was not running is not counted).
 *
 * <pre>java -cp bench/target/classes:$(cat bench/target/jmh.classpath) dev.charter.bench.GuardCpuCost [rounds]</pre>
 */
public final class GuardCpuCost {

    private static final int CALLS = 300_000;
    private static volatile Object sink;

    private GuardCpuCost() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Engine engine = GuardBenchmark.engine();
        ToolGuard guard = ToolGuard.unrecorded(engine, GuardBenchmark.OPTIONS);
        String json =
                ToolCallMapper.map(GuardBenchmark.CALL, GuardBenchmark.OPTIONS).requestJson();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            System.out.printf(
                    "round %d: map %.0f ns, decideJson %.0f ns, checkUnrecorded %.0f ns CPU per call%n",
                    round,
                    cpuPerCall(threads, () -> ToolCallMapper.map(GuardBenchmark.CALL, GuardBenchmark.OPTIONS)),
                    cpuPerCall(threads, () -> engine.decideJson(json)),
                    cpuPerCall(threads, () -> guard.check(GuardBenchmark.CALL)));
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
