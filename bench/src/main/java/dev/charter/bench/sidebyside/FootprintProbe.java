package dev.charter.bench.sidebyside;

import dev.charter.bench.sidebyside.contender.Contender;
import dev.charter.bench.sidebyside.contender.Contenders;
import dev.charter.bench.sidebyside.model.Workload;
import dev.charter.bench.sidebyside.workload.Workloads;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory after load, for one engine and one workload, in a JVM of its own (run once per pair by
 * {@code bench/run}): what one loaded engine keeps. The workload is loaded, decided and dropped,
 * so that one-off static state (class metadata, parser caches, the JIT's code, Charter's
 * compiler) is in place; then the live heap and the resident set size are taken, the workload is
 * loaded again, its first {@value #DECIDED} requests decided, garbage collected, and both taken
 * again. The heap figure counts what the engine keeps on the Java heap (its translated requests
 * included); the resident-set growth also counts native memory (Cedar keeps its policy set on the
 * Rust side). Prints one JSON object.
 *
 * <pre>java ... FootprintProbe ENGINE WORKLOAD</pre>
 */
public final class FootprintProbe {

    static final int DECIDED = 128;

    private FootprintProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: FootprintProbe ENGINE WORKLOAD");
            System.exit(2);
        }
        Contender contender = Contenders.named(args[0]);
        Workload workload = Workloads.named(args[1]);
        loadAndDecide(contender, workload);
        long heapBefore = liveHeap();
        long rssBefore = residentSetSize();
        Contender.Loaded loaded = loadAndDecide(contender, workload);
        long heapAfter = liveHeap();
        long rssAfter = residentSetSize();
        Reference.reachabilityFence(loaded);
        System.out.printf("{\"engine\":\"%s\",\"workload\":\"%s\",\"heapBytes\":%d,\"rssBytes\":%d}%n",
                args[0], args[1], heapAfter - heapBefore, rssAfter - rssBefore);
    }

    /** The loaded workload, holding the decider that decided the first requests. */
    private static Contender.Loaded loadAndDecide(Contender contender, Workload workload) throws Exception {
        Contender.Loaded loaded = contender.load(workload);
        Contender.Decider decider = loaded.decider();
        for (int i = 0; i < Math.min(DECIDED, workload.requests().size()); i++) {
            decider.decide(i);
        }
        return () -> decider;
    }

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** VmRSS of this process in bytes; 0 where /proc is not available. */
    private static long residentSetSize() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
