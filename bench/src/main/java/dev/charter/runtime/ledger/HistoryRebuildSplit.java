package dev.charter.runtime.ledger;

import dev.charter.runtime.ledger.history.Attribute;
import dev.charter.runtime.ledger.history.HistoryBatch;
import dev.charter.runtime.ledger.history.HistoryIndex;
import dev.charter.runtime.ledger.history.HistoryPlan;
import dev.charter.runtime.ledger.history.HistoryQuerySpec;
import dev.charter.runtime.ledger.history.HistoryQuerySpec.EffectFilter;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Where the CPU time of a history rebuild goes, on a ledger {@code HistoryRebuildBenchmark}
 * wrote, without a ledger around it. A plain main:
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/jmh.classpath) \
 *     dev.charter.runtime.ledger.HistoryRebuildSplit DIR [repetitions]
 * </pre>
 *
 * <p>First the rebuild as {@code LedgerEngine} runs it ({@code HistoryRebuild.read} of the first
 * 1,000,000 records, the benchmark's three history terms), with wall time, process CPU time and
 * the CPU time of the calling thread, which applies the parsed records (the reader and parser
 * threads take the rest); then the stages on one thread, thread CPU time: reading the segments in
 * blocks, reading and parsing them, reading, parsing and applying them. This class lives in the
 * ledger's package because the rebuild is the ledger's own, not public API.
 */
public final class HistoryRebuildSplit {

    private static final long RECORDS = 1_000_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean SYSTEM =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private HistoryRebuildSplit() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        HistoryPlan plan = plan();
        double[] walls = new double[repetitions];
        double[] cpus = new double[repetitions];
        double[] applying = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            HistoryIndex index = new HistoryIndex(plan);
            long gcBefore = gcMillis();
            long start = System.nanoTime();
            long cpu = SYSTEM.getProcessCpuTime();
            long own = THREADS.getCurrentThreadCpuTime();
            HistoryRebuild.read(dir, RECORDS, index);
            walls[r] = (System.nanoTime() - start) / 1e9;
            cpus[r] = (SYSTEM.getProcessCpuTime() - cpu) / 1e9;
            applying[r] = (THREADS.getCurrentThreadCpuTime() - own) / 1e9;
            System.out.printf(
                    "rebuild %d: wall %.3f s (%,.0f records/s), process CPU %.3f s (%.2f µs per record):"
                            + " applying thread %.3f s, reader and parsers and the rest %.3f s; GC %d ms%n",
                    r,
                    walls[r],
                    RECORDS / walls[r],
                    cpus[r],
                    cpus[r] * 1e6 / RECORDS,
                    applying[r],
                    cpus[r] - applying[r],
                    gcMillis() - gcBefore);
        }
        Arrays.sort(walls);
        Arrays.sort(cpus);
        Arrays.sort(applying);
        int median = repetitions / 2;
        System.out.printf(
                "median of %d: wall %.3f s (%,.0f records/s), process CPU %.3f s (%.2f µs per record),"
                        + " applying thread %.3f s%n",
                repetitions,
                walls[median],
                RECORDS / walls[median],
                cpus[median],
                cpus[median] * 1e6 / RECORDS,
                applying[median]);
        for (int r = 0; r < repetitions; r++) {
            System.out.printf(
                    "one thread %d: read %.3f s, read and parse %.3f s, read, parse and apply %.3f s (thread CPU)%n",
                    r, stages(dir, plan, false, false), stages(dir, plan, true, false), stages(dir, plan, true, true));
        }
    }

    /** The CPU time of this thread to read the segments in blocks, and parse and apply them if asked. */
    private static double stages(Path dir, HistoryPlan plan, boolean parse, boolean apply) throws IOException {
        HistoryIndex index = new HistoryIndex(plan);
        long start = THREADS.getCurrentThreadCpuTime();
        RebuildBlock[] blocks = {
            new RebuildBlock(plan, HistoryRebuild.BLOCK), new RebuildBlock(plan, HistoryRebuild.BLOCK)
        };
        List<Path> segments = SegmentFiles.list(dir);
        for (int s = 0; s < segments.size() && index.next() < RECORDS; s++) {
            try (FileChannel in = FileChannel.open(segments.get(s))) {
                RebuildBlock block = blocks[0];
                block.begin(segments.get(s), s, HistoryRebuild.headerSize(segments.get(s), in));
                while (block.read(in)) {
                    if (parse) {
                        block.parse();
                    }
                    HistoryBatch batch = block.batch();
                    for (int i = 0; apply && i < batch.size() && index.next() < RECORDS; i++) {
                        index.apply(batch, i);
                    }
                    if (block.endsSegment()) {
                        break;
                    }
                    RebuildBlock next = block == blocks[0] ? blocks[1] : blocks[0];
                    next.carryFrom(block);
                    block = next;
                }
            }
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
    }

    /** The three history terms of {@code HistoryRebuildBenchmark}'s program. */
    private static HistoryPlan plan() {
        return new HistoryPlan(List.of(
                new HistoryQuerySpec("refund", EffectFilter.PERMITTED, List.of(Attribute.value("agent")), 60, null),
                new HistoryQuerySpec(
                        "refund",
                        EffectFilter.PERMITTED,
                        List.of(Attribute.value("request.customer")),
                        24 * 60,
                        new Attribute("request.amount", Attribute.Type.DECIMAL)),
                new HistoryQuerySpec("refund", EffectFilter.ANY, List.of(Attribute.value("session")), 0, null)));
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += gc.getCollectionTime();
        }
        return total;
    }
}
