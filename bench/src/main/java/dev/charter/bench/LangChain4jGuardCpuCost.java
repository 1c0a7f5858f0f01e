package dev.charter.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * What {@link LangChain4jGuardBenchmark}'s operations cost in CPU time of the calling thread, as
 * a plain main (like {@link GuardCpuCost} for the guard core): on a machine shared with other
 * work, the wall-clock medians say what the machine gave, this what the code costs.
 *
 * <pre>java -cp bench/target/classes:$(cat bench/target/jmh.classpath) dev.charter.bench.LangChain4jGuardCpuCost [rounds]</pre>
 */
public final class LangChain4jGuardCpuCost {

    private static final int CALLS = 300_000;
    private static volatile Object sink;

    private LangChain4jGuardCpuCost() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        LangChain4jGuardBenchmark bench = new LangChain4jGuardBenchmark();
        bench.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            System.out.printf(
                    "round %d: bare %.0f ns, check %.0f ns, permitted %.0f ns, denied %.0f ns CPU per call%n",
                    round,
                    cpuPerCall(threads, bench::bare),
                    cpuPerCall(threads, bench::check),
                    cpuPerCall(threads, bench::permitted),
                    cpuPerCall(threads, bench::denied));
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
