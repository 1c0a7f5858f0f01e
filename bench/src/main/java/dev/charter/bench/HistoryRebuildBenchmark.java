package dev.charter.bench;

import dev.charter.runtime.Engine;
import dev.charter.runtime.Request;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.keys.SigningKey;
import dev.charter.runtime.ledger.Ledger;
import dev.charter.runtime.ledger.LedgerEngine;
import dev.charter.runtime.ledger.LedgerOptions;
import dev.charter.runtime.ledger.RecordedDecision;
import dev.charter.runtime.ledger.SigningMode;
import dev.charter.runtime.ledger.history.Attribute;
import dev.charter.runtime.ledger.history.HistoryBatch;
import dev.charter.runtime.ledger.history.HistoryIndex;
import dev.charter.runtime.ledger.history.HistoryPlan;
import dev.charter.runtime.ledger.history.HistoryQuerySpec;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How fast a ledger-backed engine builds its history state from a ledger of 1,000,000 decision
 * records, and how much memory the state takes per key and window. A plain main:
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/jmh.classpath) \
 *     dev.charter.bench.HistoryRebuildBenchmark [dir] [repetitions]
 * </pre>
 *
 * <p>Writes the ledger once into {@code dir} (kept and reused by later runs: refunds by 1,000
 * agents for 10,000 customers over about 14 hours, batched signing), then, per repetition, opens
 * it ({@code Ledger.open}: recovery, which hashes every record) and puts an engine whose program
 * reads three history terms over it ({@code LedgerEngine.over}: the rebuild, timed on its own),
 * and prints each time, wall and process CPU (all threads: the rebuild runs on the ledger's
 * writer thread), and the medians. Then it fills bare history indexes with a known number of
 * keys and minute buckets and prints the heap each takes, per key and per bucket.
 */
public final class HistoryRebuildBenchmark {

    private static final int RECORDS = 1_000_000;
    private static final SourceSpan SPAN = SourceSpan.builtin();
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final com.sun.management.OperatingSystemMXBean SYSTEM =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private HistoryRebuildBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("history-rebuild");
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SigningKey key = SigningKey.generate(deterministic());
        LedgerOptions options = LedgerOptions.defaults()
                .withMode(SigningMode.BATCHED)
                .withMaxBatch(4096)
                .withOrigin("bench.example/history");
        if (!Files.exists(dir.resolve("00000000000000000000.seg"))) {
            write(dir, key, options);
        }
        Engine reader = Engine.forProgram(program(true));
        double[] opens = new double[repetitions];
        double[] rebuilds = new double[repetitions];
        double[] openCpus = new double[repetitions];
        double[] rebuildCpus = new double[repetitions];
        long size = 0;
        for (int r = 0; r < repetitions; r++) {
            long start = System.nanoTime();
            long startCpu = SYSTEM.getProcessCpuTime();
            try (Ledger ledger = Ledger.open(dir, key, options)) {
                long opened = System.nanoTime();
                long openedCpu = SYSTEM.getProcessCpuTime();
                try (LedgerEngine engine = LedgerEngine.over(reader, ledger)) {
                    long built = System.nanoTime();
                    long builtCpu = SYSTEM.getProcessCpuTime();
                    size = ledger.size();
                    opens[r] = (opened - start) / 1e9;
                    rebuilds[r] = (built - opened) / 1e9;
                    openCpus[r] = (openedCpu - startCpu) / 1e9;
                    rebuildCpus[r] = (builtCpu - openedCpu) / 1e9;
                    System.out.printf(
                            "run %d: %,d records; open %.3f s (CPU %.3f s); history rebuild %.3f s (CPU %.3f s)"
                                    + " = %,.0f records/s (%,.0f per CPU-second); a refund: %s%n",
                            r,
                            size,
                            opens[r],
                            openCpus[r],
                            rebuilds[r],
                            rebuildCpus[r],
                            size / rebuilds[r],
                            size / rebuildCpus[r],
                            engine.decide(refund(7, 42, 10)).effect());
                }
            }
        }
        Arrays.sort(opens);
        Arrays.sort(rebuilds);
        Arrays.sort(openCpus);
        Arrays.sort(rebuildCpus);
        int median = repetitions / 2;
        System.out.printf(
                "median of %d: open %.3f s (%,.0f records/s), CPU %.3f s (%,.0f records per CPU-second);"
                        + " rebuild %.3f s (%,.0f records/s), CPU %.3f s (%,.0f records per CPU-second)%n",
                repetitions,
                opens[median],
                size / opens[median],
                openCpus[median],
                size / openCpus[median],
                rebuilds[median],
                size / rebuilds[median],
                rebuildCpus[median],
                size / rebuildCpus[median]);
        memory();
    }

    /** The ledger: refunds decided by a program that reads no history, recorded as fast as the writer takes them. */
    private static void write(Path dir, SigningKey key, LedgerOptions options) throws Exception {
        AtomicLong millis = new AtomicLong(Instant.parse("2026-12-01T00:00:00Z").toEpochMilli());
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(millis.addAndGet(50));
            }
        };
        long start = System.nanoTime();
        try (LedgerEngine engine =
                LedgerEngine.open(Engine.forProgram(program(false)), dir, key, options.withClock(clock))) {
            java.util.Random random = new java.util.Random(1);
            ArrayDeque<CompletableFuture<RecordedDecision>> window = new ArrayDeque<>();
            for (int i = 0; i < RECORDS; i++) {
                Request request = refund(random.nextInt(1000), random.nextInt(10_000), 1 + random.nextInt(200));
                window.add(engine.submit(request));
                if (window.size() >= 8192) {
                    window.poll().join();
                }
            }
            window.forEach(CompletableFuture::join);
        }
        System.out.printf("wrote %,d records in %.1f s%n", RECORDS, (System.nanoTime() - start) / 1e9);
    }

    private static Request refund(int agent, int customer, int amount) {
        return Request.builder()
                .agent("agent-" + agent)
                .action("refund")
                .param("amount", new BigDecimal(amount))
                .param("customer", "customer-" + customer)
                .session("session-" + agent)
                .time(Instant.parse("2026-12-01T12:00:00Z"))
                .build();
    }

    /**
     * {@code permit refund when count(permitted refund, same agent, within 1 hour) < 5 and
     * sum(request.amount of permitted refund, same request.customer, within 1 day) + request.amount <= 500
     * and count(any refund, same session) < 1000000}; without history, {@code permit refund} always.
     */
    private static Program program(boolean readsHistory) {
        Expr condition = new Expr.Const(new Value.BoolValue(true), SPAN);
        if (readsHistory) {
            Expr amount = new Expr.Attribute(Expr.Scope.REQUEST, "amount", PrimitiveType.DECIMAL, SPAN);
            HistoryQuery perAgent = new HistoryQuery(
                    "refund",
                    HistoryQuery.EffectFilter.PERMITTED,
                    List.of(new HistoryQuery.Match.SameAgent()),
                    new HistoryQuery.Window.Within(60),
                    Optional.empty());
            HistoryQuery perCustomer = new HistoryQuery(
                    "refund",
                    HistoryQuery.EffectFilter.PERMITTED,
                    List.of(new HistoryQuery.Match.SameParameter("customer", PrimitiveType.STRING)),
                    new HistoryQuery.Window.Within(24 * 60),
                    Optional.of(new HistoryQuery.Summand("amount", PrimitiveType.DECIMAL)));
            HistoryQuery perSession = new HistoryQuery(
                    "refund",
                    HistoryQuery.EffectFilter.ANY,
                    List.of(new HistoryQuery.Match.SameSession()),
                    new HistoryQuery.Window.Always(),
                    Optional.empty());
            condition = new Expr.And(
                    List.of(
                            new Expr.Compare(
                                    CompareOp.LT,
                                    new Expr.History(Expr.HistoryAggregate.COUNT, perAgent, SPAN),
                                    new Expr.Const(new Value.IntValue(5), SPAN),
                                    SPAN),
                            new Expr.Compare(
                                    CompareOp.LE,
                                    new Expr.Arithmetic(
                                            Expr.ArithmeticOp.ADD,
                                            new Expr.History(Expr.HistoryAggregate.SUM, perCustomer, SPAN),
                                            amount,
                                            PrimitiveType.DECIMAL,
                                            SPAN),
                                    new Expr.Const(new Value.IntValue(500), SPAN),
                                    SPAN),
                            new Expr.Compare(
                                    CompareOp.LT,
                                    new Expr.History(Expr.HistoryAggregate.COUNT, perSession, SPAN),
                                    new Expr.Const(new Value.IntValue(1_000_000), SPAN),
                                    SPAN)),
                    SPAN);
        }
        Schema schema = new Schema(
                List.of(),
                List.of(),
                List.of(new ActionDecl(
                        "refund",
                        List.of(
                                new Field("amount", PrimitiveType.DECIMAL, SPAN),
                                new Field("customer", PrimitiveType.STRING, SPAN)),
                        SPAN)));
        return Program.of(
                new Metadata("refunds", 1, null, null, "UTC"),
                schema,
                List.of(),
                List.of(),
                List.of(new DecisionRule("refunds", Effect.PERMIT, List.of("refund"), null, condition, 0, null, SPAN)),
                Outcome.deny(SPAN),
                Outcome.deny(SPAN),
                List.of(),
                List.of());
    }

    /** Heap per key and per minute bucket of bare indexes filled with a known shape. */
    private static void memory() {
        Attribute agent = Attribute.value("agent");
        Attribute amount = new Attribute("request.amount", Attribute.Type.DECIMAL);
        int keys = 100_000;
        shape(
                "count within 1 hour, 1 minute per key",
                keys,
                1,
                new HistoryQuerySpec("refund", HistoryQuerySpec.EffectFilter.ANY, List.of(agent), 60, null));
        shape(
                "sum within 1 day, 1 minute per key",
                keys,
                1,
                new HistoryQuerySpec("refund", HistoryQuerySpec.EffectFilter.ANY, List.of(agent), 1440, amount));
        shape(
                "count within 1 hour, 60 minutes per key",
                keys / 10,
                60,
                new HistoryQuerySpec("refund", HistoryQuerySpec.EffectFilter.ANY, List.of(agent), 60, null));
        shape(
                "sum within 1 day, 60 minutes per key",
                keys / 10,
                60,
                new HistoryQuerySpec("refund", HistoryQuerySpec.EffectFilter.ANY, List.of(agent), 1440, amount));
        shape(
                "count over the whole history",
                keys,
                1,
                new HistoryQuerySpec("refund", HistoryQuerySpec.EffectFilter.ANY, List.of(agent), 0, null));
        shape(
                "sum over the whole history",
                keys,
                1,
                new HistoryQuerySpec("refund", HistoryQuerySpec.EffectFilter.ANY, List.of(agent), 0, amount));
    }

    /** Fills one query's index with {@code keys} keys of {@code minutes} minutes each and prints the heap it holds. */
    private static void shape(String what, int keys, int minutes, HistoryQuerySpec spec) {
        HistoryPlan plan = new HistoryPlan(List.of(spec));
        long before = usedHeap();
        HistoryIndex index = new HistoryIndex(plan);
        HistoryBatch batch = new HistoryBatch(plan);
        long seq = 0;
        long base = Instant.parse("2026-12-01T00:00:00Z").getEpochSecond() / 60;
        for (int m = 0; m < minutes; m++) {
            for (int k = 0; k < keys; k++) {
                batch.clear();
                batch.decision(seq++, base + m, dev.charter.runtime.ledger.history.Outcome.PERMIT);
                batch.action("refund");
                for (int s = 0; s < plan.attributes().size(); s++) {
                    batch.value(
                            s,
                            plan.attributes().get(s).path().equals("agent")
                                    ? "\"agent-" + k + "\""
                                    : String.valueOf(1 + k % 200));
                }
                batch.complete();
                index.apply(batch);
            }
        }
        long after = usedHeap();
        HistoryIndex.Footprint footprint = index.footprint();
        String perBucket = footprint.buckets() == 0
                ? "no buckets"
                : String.format("%,5.0f per bucket", (after - before) / (double) footprint.buckets());
        System.out.printf(
                "%-42s %,9d keys %,10d buckets: %,6.0f bytes per key, %s%n",
                what, footprint.keys(), footprint.buckets(), (after - before) / (double) footprint.keys(), perBucket);
        if (index.next() != seq) {
            throw new IllegalStateException("the index did not take every record");
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static SecureRandom deterministic() throws Exception {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(16);
        return random;
    }
}
