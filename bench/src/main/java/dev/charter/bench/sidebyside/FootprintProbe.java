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
 * Memory after load, for one engine and one workload, in a fresh JVM of its own (run once per
 * pair by {@code bench/run}). The baseline is taken after the workload is generated and after
 * whatever the engine does ahead of deployment ({@link Contender#prepareAheadOfTime}: Charter's
 * compilation); then the workload is loaded, its first {@value #DECIDED} requests decided, garbage
 * collected, and the live heap and the resident set size taken again. The heap figure counts what
 * loading the engine put on the Java heap for good: the engine, its translated requests, and the
 * static state of its library (Drools keeps its knowledge modules in a static repository, for
 * instance). The resident-set growth also counts loaded classes, compiled code and native memory
 * (Cedar keeps its policy set on the Rust side). Prints one JSON object.
 *
 * <pre>java ... FootprintProbe ENGINE WORKLOAD</pre>
 */
public final class FootprintProbe {

    static final int DECIDED = 128;

    private FootprintProbe() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: FootprintProbe ENGINE WORKLOAD");
            System.exit(2);
        }
        Contender contender = Contenders.named(args[0]);
        Workload workload = Workloads.named(args[1]);
        contender.prepareAheadOfTime(workload);
        long heapBefore = liveHeap();
        long rssBefore = residentSetSize();
        Contender.Loaded loaded = loadAndDecide(contender, workload);
        long heapAfter = liveHeap();
        long rssAfter = residentSetSize();
        Reference.reachabilityFence(loaded);
        System.out.printf(
                "{\"engine\":\"%s\",\"workload\":\"%s\",\"heapBytes\":%d,\"rssBytes\":%d}%n",
                args[0], args[1], heapAfter - heapBefore, rssAfter - rssBefore);
    }

    /** The loaded workload, holding a decider that decided the first requests. */
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
